/** The archive prints' route parameters: a year, or a list of ids (`items=3,4,9`). */
export function yearParam(params: URLSearchParams, what: string): number {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new Error(`缺少年度，无法打印${what}。`);
  return year;
}

export function idsParam(params: URLSearchParams, name: string): number[] | undefined {
  const raw = params.get(name);
  if (!raw) return undefined;
  const ids = raw.split(',').map(Number);
  return ids.every((n) => Number.isInteger(n) && n > 0) ? ids : undefined;
}

/** Either the ids (`name=`) or the year: what the label and 备考表 prints accept. */
export function idsOrYear(params: URLSearchParams, name: string, what: string): { ids?: number[]; year?: number } {
  const ids = idsParam(params, name);
  return ids ? { ids } : { year: yearParam(params, what) };
}
