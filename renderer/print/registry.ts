/**
 * Every printable document, by the name used in its route `#/print/<name>?…`.
 * Adding a document = one import and one line here (see types.ts for the contract).
 */
import type { PrintDocument } from './types';

export const printDocuments: Record<string, PrintDocument<unknown>> = {
};

export function printRoute(name: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `/print/${name}${query ? `?${query}` : ''}`;
}
