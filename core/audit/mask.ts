/**
 * What the audit log and exports may keep of a value: 身份证号 and phone numbers
 * masked wherever they appear, by key (身份证号, 联系电话, id_number, phone …)
 * and, as a second net, by shape inside any free text — also when typed with
 * spaces or dashes (110105 19491231 002X, 138-1234-5678) or full-width digits.
 * The masks themselves are the one pair in core/members/idcard.ts.
 */
import { maskIdNumber, maskPhone } from '../members/idcard';

const ID_KEY = /身份证|id_?number/i;
const PHONE_KEY = /电话|手机|phone/i;

/** A digit, half- or full-width. */
const D = '[0-9\\uff10-\\uff19]';
/** What people put between groups of digits: a space or two, a dash, a dot. */
const SEP = '[ \\t\\u00a0\\u3000\\-\\u2010-\\u2015\\uff0d.]{0,2}';
const NOT_BEFORE = '(?<![0-9\\uff10-\\uff19])';
const NOT_AFTER = '(?![0-9\\uff10-\\uff19Xx\\uff38\\uff58])';
const digits = (n: number) => `${D}(?:${SEP}${D}){${n - 1}}`;

/** 18 characters (the last may be X) or the legacy 15 digits. */
const ID_IN_TEXT = new RegExp(`${NOT_BEFORE}(?:${digits(17)}${SEP}[0-9\\uff10-\\uff19Xx\\uff38\\uff58]|${digits(15)})${NOT_AFTER}`, 'g');
/** 11-digit mobiles, with an optional +86 / 86 in front. */
const MOBILE_IN_TEXT = new RegExp(`${NOT_BEFORE}(?:\\+?86${SEP})?[1\\uff11]${SEP}[3-9\\uff13-\\uff19](?:${SEP}${D}){9}${NOT_AFTER}`, 'g');
/** Landlines written with their area code: 0571-87654321, (0571) 8765 4321. */
const LANDLINE_IN_TEXT = new RegExp(`${NOT_BEFORE}[(（]?[0\\uff10]${D}{2,3}[)）]?${SEP}[2-9\\uff12-\\uff19](?:${SEP}${D}){6,7}${NOT_AFTER}`, 'g');
/** The mask of earlier versions (110105********1234), still in old audit rows: shown in today's form. */
const OLD_ID_MASK = /(?<![0-9*])(\d)\d{5}\*{8}\d{3}([\dXx])(?![0-9Xx*])/g;

const plain = (run: string) => run.normalize('NFKC').replace(/[^0-9Xx]/g, '').toUpperCase();

/** ID- and phone-shaped runs inside free text, masked like the fields themselves. */
export function maskFreeText(text: string): string {
  return text
    .replace(OLD_ID_MASK, (_m, first: string, last: string) => maskIdNumber(`${first}${'0'.repeat(16)}${last.toUpperCase()}`))
    .replace(ID_IN_TEXT, (run) => maskIdNumber(plain(run)))
    .replace(MOBILE_IN_TEXT, (run) => maskPhone(plain(run).replace(/^86(?=1\d{10}$)/, '')))
    .replace(LANDLINE_IN_TEXT, (run) => maskPhone(plain(run)));
}

export function maskSensitive(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (ID_KEY.test(key)) return value ? maskIdNumber(value) : value;
    if (PHONE_KEY.test(key)) return value ? maskPhone(value) : value;
    return maskFreeText(value);
  }
  if (Array.isArray(value)) return value.map((v) => maskSensitive(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSensitive(v, k)]));
  }
  return value;
}

/** The first `max` characters, never cutting a character in two (half a surrogate pair breaks our files). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
