/**
 * Remembering a manual column mapping (issue 9): when the user maps columns
 * and imports, the choices are kept per sheet header; the next file with the
 * same header gets them offered (applied in the preview, still changeable).
 */
import { saveMappings, savedMappings } from '../../../db/members/import-mappings';
import type { AppContext } from '../../context';
import { IMPORT_FIELD_KEYS, type MappingOverride } from './fields';
import { findHeader } from './header';
import type { Sheet } from './read-sheet';

/** A sheet's header, as the key its mapping is kept under. */
function headerKeys(sheets: readonly Sheet[]): string[] {
  const keys: string[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (header) keys.push(header.columns.map((c) => c.header).join('\u001f'));
  }
  return [...new Set(keys)];
}

const FIELDS = new Set<string>(IMPORT_FIELD_KEYS);

/** The mapping saved for these sheets' headers, merged; undefined when none is. */
export async function mappingOffered(ctx: AppContext, sheets: readonly Sheet[]): Promise<MappingOverride | undefined> {
  const saved = await savedMappings(ctx.db, headerKeys(sheets));
  if (!saved.size) return undefined;
  const mapping: MappingOverride = {};
  for (const json of saved.values()) {
    try {
      for (const [header, field] of Object.entries(JSON.parse(json) as Record<string, unknown>)) {
        if (field === '' || field === null) mapping[header] = '';
        else if (typeof field === 'string' && FIELDS.has(field)) mapping[header] = field as MappingOverride[string];
      }
    } catch {
      /* a damaged row offers nothing */
    }
  }
  return Object.keys(mapping).length ? mapping : undefined;
}

/** Keeps the user's choices for each sheet header they apply to. */
export async function rememberMapping(ctx: AppContext, sheets: readonly Sheet[], mapping: MappingOverride | undefined) {
  if (!mapping || !Object.keys(mapping).length) return;
  const entries: { key: string; json: string }[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    const own = Object.fromEntries(Object.entries(mapping).filter(([h]) => header.columns.some((c) => c.header === h)));
    if (Object.keys(own).length) entries.push({ key: header.columns.map((c) => c.header).join('\u001f'), json: JSON.stringify(own) });
  }
  await saveMappings(ctx.db, entries, ctx.now().toISOString());
}
