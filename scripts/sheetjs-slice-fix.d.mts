import type { Plugin } from 'esbuild';
export function fixSheetjsSlice(source: string): string;
export const sheetjsSliceFix: Plugin;
