/**
 * An esbuild plugin that corrects one line of SheetJS CE (@e965/xlsx 0.20.3)
 * where it is bundled into the import's read worker (scripts/build-main.mjs for
 * the app; core/members/import/read-parallel.ts from source). node_modules is
 * left as installed: the fix is applied to the text esbuild bundles, and only
 * while the buggy line is there (a SheetJS release that fixes it is bundled as is).
 *
 * The bug: parse_ws_xml cuts a worksheet's XML into the part before
 * <sheetData> and the part after it at `mtch.index`, but `mtch` comes from
 * str_match_xml_ns, which returns a plain array without `index`. Both parts
 * are then the whole sheet, and the seven regular expressions that look for
 * sheetPr, sheetViews, autoFilter, mergeCell, hyperlink, pageMargins and
 * legacyDrawing scan every row of it: about 0.5 s of CPU for a 100,000-row
 * roster. Cell values are not touched either way (sheetData is parsed from
 * mtch[1]); only where those elements are looked for changes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const BUGGY = 'data1 = data.slice(0, mtch.index);\n\t\tdata2 = data.slice(mtch.index + mtch[0].length);';
// Where str_match_xml_ns found the start tag: its first match of the same pattern.
const FIXED =
  'var sheetDataAt = data.search(/<(?:\\w+:)?sheetData\\b[^<>]*>/);\n' +
  '\t\tdata1 = data.slice(0, sheetDataAt);\n\t\tdata2 = data.slice(sheetDataAt + mtch[0].length);';

/** Patches the text of SheetJS's main file; unchanged when the buggy line is absent. */
export function fixSheetjsSlice(source) {
  return source.includes(BUGGY) ? source.replace(BUGGY, FIXED) : source;
}

const require = createRequire(import.meta.url);

export const sheetjsSliceFix = {
  name: 'sheetjs-slice-fix',
  setup(build) {
    // Bundled even where other packages stay external (the worker built from source).
    build.onResolve({ filter: /^@e965\/xlsx$/ }, () => ({ path: require.resolve('@e965/xlsx') }));
    build.onLoad({ filter: /[\\/]@e965[\\/]xlsx[\\/]xlsx\.m?js$/ }, async (args) => ({
      contents: fixSheetjsSlice(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
