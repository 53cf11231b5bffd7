/**
 * What goes into the offline archive package's data/ folder: the catalog .xlsx
 * (目录), one PDF per item named by its 档号 (a record's snapshot, or a paper
 * document's first PDF scan), the other attachments under 附件/<档号>/, and an
 * index.html an inspector opens in any browser (no scripts, Chinese, a link to
 * each file). Every file is read through readVerified: a missing or changed
 * attachment stops the package with its name, rather than packing a wrong file.
 */
import ExcelJS from 'exceljs';
import { itemsInOrder } from '../../db/archive/queries';
import { selectLinks } from '../../db/attachments/queries';
import { selectBranchInfo } from '../../db/settings/queries';
import { KIND_EXTENSIONS } from '../attachments/kinds';
import { readVerified } from '../attachments/service';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { a4Setup, addTitleRows, borderBlock, freezeAbove, safeCell, workbookBase64 } from '../reports/xlsx';
import { catalogRows, type CatalogRow } from './catalog';
import { MISSING_FONDS } from './code';
import { ARCHIVE_ITEM, itemViews, type ArchiveItemView } from './items';

export interface PayloadFile {
  /** Under data/, with / separators. */
  path: string;
  bytes: Buffer;
}

export const CATALOG_FILE = '归档文件目录.xlsx';
export const INDEX_FILE = 'index.html';
export const CATALOG_COLUMNS: Array<[keyof CatalogRow, number]> = [
  ['序号', 6],
  ['档号', 26],
  ['文号', 14],
  ['责任者', 18],
  ['题名', 44],
  ['日期', 11],
  ['密级', 6],
  ['页数', 6],
  ['备注', 16],
];

const plainName = (name: string) => [...name].map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? '_' : c)).join('').trim() || '附件';

export async function catalogWorkbook(rows: readonly CatalogRow[], title: string, lines: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const sheet = workbook.addWorksheet('归档文件目录');
  sheet.columns = CATALOG_COLUMNS.map(([, width]) => ({ width }));
  const headerRow = addTitleRows(sheet, { title, lines, columnCount: CATALOG_COLUMNS.length });
  CATALOG_COLUMNS.forEach(([label], i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  rows.forEach((row, r) => {
    CATALOG_COLUMNS.forEach(([key], c) => {
      const cell = sheet.getCell(headerRow + 1 + r, c + 1);
      const value = row[key];
      cell.value = safeCell(typeof value === 'boolean' ? (value ? '作废' : '') : value);
      cell.alignment = { vertical: 'top', wrapText: true };
      if (row.作废) cell.font = { strike: c === 4 };
    });
  });
  borderBlock(sheet, headerRow, headerRow + rows.length, CATALOG_COLUMNS.length);
  freezeAbove(sheet, headerRow + 1);
  a4Setup(sheet, { landscape: true, printTitlesRow: `${headerRow}:${headerRow}` });
  return Buffer.from(await workbookBase64(workbook), 'base64');
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Relative link to a payload file: each path segment percent-encoded (档号 hold `·`). */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function indexHtml(input: { title: string; lines: string[]; rows: ReadonlyArray<CatalogRow & { files: string[] }> }): string {
  const head = CATALOG_COLUMNS.map(([k]) => `<th>${esc(k)}</th>`).join('') + '<th>文件</th>';
  const body = input.rows
    .map((r) => {
      const cells = CATALOG_COLUMNS.map(([k]) => `<td>${esc(String(r[k] ?? ''))}</td>`).join('');
      const files = r.files.map((f) => `<a href="${href(f)}">${esc(f.split('/').pop()!)}</a>`).join('<br>');
      return `<tr${r.作废 ? ' class="void"' : ''}>${cells}<td>${files || '—'}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(input.title)}</title>
<style>
body { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; margin: 2em; }
h1 { font-size: 1.5em; text-align: center; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: 4px 6px; font-size: 14px; vertical-align: top; }
th { background: #eee; }
tr.void td { color: #888; }
tr.void td:nth-child(5) { text-decoration: line-through; }
</style>
</head>
<body>
<h1>${esc(input.title)}</h1>
${input.lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p>本页列出档案包中的全部文件，点击文件名即可打开。目录表格见 <a href="${href(CATALOG_FILE)}">${esc(CATALOG_FILE)}</a>。</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

/** The item's files in the package: the 档号.pdf first, then its other attachments. */
async function filesOf(ctx: AppContext, item: ArchiveItemView): Promise<PayloadFile[]> {
  if (item.voided) return [];
  const links = await selectLinks(ctx.db, { type: ARCHIVE_ITEM, id: item.id });
  const main = links.find((l) => l.id === item.snapshotLinkId) ?? links.find((l) => l.kind === 'pdf');
  const out: PayloadFile[] = [];
  for (const link of links) {
    const { bytes } = await readVerified(ctx, link.id).catch((err: unknown) => {
      if (err instanceof AppError) throw new AppError(err.code, `档案 ${item.archivalCode}：${err.message}档案包未生成。`, err.details);
      throw err;
    });
    const path = link === main ? `${item.archivalCode}.pdf` : `附件/${item.archivalCode}/${plainName(link.file_name).replace(/\.[^.]*$/, '')}${KIND_EXTENSIONS[link.kind]}`;
    if (out.some((f) => f.path === path)) out.push({ path: path.replace(/(\.[^.]+)$/, `-${link.id}$1`), bytes });
    else out.push({ path, bytes });
  }
  return out;
}

/** The payload of a year's (or a selection's) package, and the bag-info fields that describe it. */
export async function packageContents(ctx: AppContext, input: { year: number; itemIds?: number[] }) {
  let q = itemsInOrder(ctx.db).where('archive_item.year', '=', input.year);
  if (input.itemIds?.length) q = q.where('archive_item.id', 'in', input.itemIds);
  const items = await itemViews(ctx.db, await q.execute());
  if (!items.length) throw new AppError('VALIDATION', `${input.year}年度${input.itemIds?.length ? '所选' : ''}没有档案，档案包未生成。`);
  const info = await selectBranchInfo(ctx.db);
  const fonds = info.fondsCode || MISSING_FONDS;
  const title = `${info.name || '社区妇联'} ${input.year}年度归档文件目录`;
  const lines = [`全宗号：${fonds}`, `全宗名称：${info.name}`, `年度：${input.year}`, `共 ${items.length} 件${items.some((i) => i.voided) ? `（其中作废 ${items.filter((i) => i.voided).length} 件）` : ''}`];
  const files: PayloadFile[] = [];
  const rows = catalogRows(items);
  const withFiles: Array<CatalogRow & { files: string[] }> = [];
  for (const [n, item] of items.entries()) {
    const mine = await filesOf(ctx, item);
    files.push(...mine);
    withFiles.push({ ...rows[n]!, files: mine.map((f) => f.path) });
  }
  files.unshift({ path: CATALOG_FILE, bytes: await catalogWorkbook(rows, title, lines) });
  files.unshift({ path: INDEX_FILE, bytes: Buffer.from(indexHtml({ title, lines, rows: withFiles }), 'utf8') });
  return {
    files,
    items,
    bagInfo: { sourceOrganization: info.name || '社区妇联', fields: { 全宗号: fonds, 年度: String(input.year), 'External-Description': title } },
    packageName: `${plainName(info.name || '社区妇联')}-${input.year}年度档案包`,
  };
}
