/** Reading one cell as what the roster needs: text, a 身份证号, a date. */
import type { RawCell } from './read-sheet';

export const ID_ROUNDED_MESSAGE = '身份证号被Excel存成了数字，末几位已丢失，请把该列设为文本后重新录入';

const pad = (n: number) => String(n).padStart(2, '0');

function isoFromParts(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** exceljs gives dates at UTC midnight. */
const isoFromDate = (d: Date) => isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** Text as typed: full-width letters and digits made half-width, ends trimmed. */
export function cellText(raw: RawCell): string {
  if (raw === null) return '';
  if (raw instanceof Date) return isoFromDate(raw) ?? '';
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw.toFixed(0) : String(raw);
  return unquote(raw.normalize('NFKC').trim());
}

const QUOTED = /^(["“”'‘’])([\s\S]*)(["“”'‘’])$/;

/**
 * '420303… (how WPS users force text) → 420303…; "王芳" or “王芳” → 王芳.
 * Only a leading apostrophe, or quotes around the whole cell, are removed.
 */
function unquote(text: string): string {
  if (!text) return text;
  const first = text[0]!;
  if (first !== "'" && first !== '‘' && first !== '"' && first !== '“' && first !== '’') return text;
  const quoted = QUOTED.exec(text);
  if (quoted && text.length >= 2) return quoted[2]!.trim();
  return first === "'" || first === '‘' || first === '’' ? text.slice(1).trim() : text;
}

const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/i;

/**
 * A 身份证号 cell. A number below 10^15 (an old 15-digit ID) is exact; anything
 * longer went through Excel's 15 significant digits and has lost its last digits.
 */
export function idCellText(raw: RawCell): { text: string } | { error: string } {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw >= 1e15) return { error: ID_ROUNDED_MESSAGE };
    return { text: raw.toFixed(0) };
  }
  const text = cellText(raw);
  if (SCIENTIFIC.test(text.replace(/\s+/g, ''))) return { error: ID_ROUNDED_MESSAGE };
  return { text };
}

/** Excel's day 0 is 1899-12-30 (its fictitious 1900-02-29 makes serials from 61 on line up). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const SEPARATED = /^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date cell → 'YYYY-MM-DD'. Accepts real Excel dates, serial numbers and
 * 1975.3.8, 1975/03/08, 1975-3-8, 1975年3月8日, 19750308 (a time part is ignored).
 * null for an empty cell; { error } with the reason otherwise.
 */
export function parseDateCell(raw: RawCell, label: string): { iso: string | null } | { error: string } {
  if (raw === null || raw === '') return { iso: null };
  if (raw instanceof Date) {
    const iso = isoFromDate(raw);
    return iso ? { iso } : { error: `${label}无法识别` };
  }
  if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw < 100_000) {
    return { iso: isoFromDate(new Date(EXCEL_EPOCH + raw * DAY_MS)) };
  }
  const text = cellText(raw).replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  if (!text) return { iso: null };
  const parts = SEPARATED.exec(text) ?? COMPACT.exec(text);
  const iso = parts ? isoFromParts(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
  if (iso) return { iso };
  return {
    error: parts
      ? `${label}“${text}”不存在，请核对月份和日期`
      : `${label}“${text}”无法识别，请写成 1975-03-08、1975.3.8 或 1975年3月8日 的形式`,
  };
}

/** 妇女代表、执委 / 巾帼志愿者 → ['妇女代表', '执委', '巾帼志愿者']. */
export function splitList(text: string): string[] {
  if (!text) return []; // most rows: no roles, no tags
  return text
    .split(/[、,，/／;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
