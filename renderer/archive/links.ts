/**
 * Where a record of the app opens, by the type name the archive stores for it
 * (archive_item.source_type, a finding's target): the item's 来源 link and the
 * annual check's links. A new record type that can be filed = one line here.
 */
const ROUTES: Record<string, (id: number) => string> = {
  meeting: (id) => `/meetings/${id}`,
  study: (id) => `/study/${id}`,
  deliberation: (id) => `/deliberation/items/${id}`,
  archive_item: (id) => `/archive/items/${id}`,
  archive_box: (id) => `/archive/boxes?box=${id}`,
};

export function recordRoute(target: { type: string; id: number }): string | null {
  return ROUTES[target.type]?.(target.id) ?? null;
}

export const itemRoute = (id: number) => `/archive/items/${id}`;
