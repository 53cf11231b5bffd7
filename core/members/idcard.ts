/**
 * 身份证号 (GB 11643-1999), DESIGN §4.1: normalize what people type, convert
 * 15 → 18 digits, check length, characters, date and check character, each
 * with its own Chinese reason; derive birth date and sex; warn, without
 * refusing, on what is merely suspicious for a women's roster.
 */
import dayjs from 'dayjs';
import { isRealIsoDate } from '../dates';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** First two digits of every province-level division (GB/T 2260). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export type IdFailure = 'EMPTY' | 'LENGTH' | 'CHARS' | 'DATE_INVALID' | 'DATE_FUTURE' | 'CHECK_CHAR';

export type IdCheck =
  | {
      ok: true;
      /** Normalized 18-character number, upper-case X. */
      id: string;
      birthDate: string;
      sex: '女' | '男';
      /** True when a legacy 15-digit number was converted. */
      converted: boolean;
      warnings: string[];
    }
  | { ok: false; kind: IdFailure; message: string };

/** Full-width digits, spaces anywhere (also inside), lower-case x. */
export function normalizeIdText(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').toUpperCase();
}

export function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** 110105491231002 → 11010519491231002X. */
export function upgrade15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + checkChar(first17);
}

const fail = (kind: IdFailure, message: string): IdCheck => ({ ok: false, kind, message });

function realDate(yyyymmdd: string): string | null {
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return isRealIsoDate(iso) && Number(yyyymmdd.slice(0, 4)) >= 1800 ? iso : null;
}

/** 周岁 on a date: the difference in years, less one while the birthday (MM-DD) is still ahead. Both dates YYYY-MM-DD. */
export function ageOn(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const sexOf = (id18: string): '女' | '男' => (Number(id18[16]) % 2 === 1 ? '男' : '女');

/**
 * Birth date and sex of a valid 18-digit number, without checkIdNumber's messages,
 * warnings and date limits (it runs for every imported row again when written):
 * null for anything else.
 */
export function idFacts(id: string): { birthDate: string; sex: '女' | '男' } | null {
  if (!/^\d{17}[\dX]$/.test(id) || checkChar(id.slice(0, 17)) !== id[17]) return null;
  const birthDate = realDate(id.slice(6, 14));
  return birthDate ? { birthDate, sex: sexOf(id) } : null;
}

/**
 * @param asOf the date "today" means (YYYY-MM-DD), for the future-date check and the age warning.
 */
export function checkIdNumber(raw: string, asOf: string = dayjs().format('YYYY-MM-DD')): IdCheck {
  const text = normalizeIdText(raw ?? '');
  if (!text) return fail('EMPTY', '请填写身份证号');
  if (text.length !== 18 && text.length !== 15) {
    return fail('LENGTH', `身份证号应为18位（旧证15位），现在是${text.length}位`);
  }
  const pattern = text.length === 18 ? /^\d{17}[\dX]$/ : /^\d{15}$/;
  if (!pattern.test(text)) {
    return fail(
      'CHARS',
      text.length === 18 ? '身份证号只能是数字，最后一位可以是X' : '15位旧身份证号只能是数字',
    );
  }
  const converted = text.length === 15;
  const id = converted ? upgrade15(text) : text;
  const birthDate = realDate(id.slice(6, 14));
  if (!birthDate) return fail('DATE_INVALID', `身份证号中的出生日期${id.slice(6, 14)}不存在，请核对第7至14位`);
  if (birthDate > asOf) return fail('DATE_FUTURE', `身份证号中的出生日期${birthDate}晚于今天，请核对第7至14位`);
  const expected = checkChar(id.slice(0, 17));
  if (!converted && id[17] !== expected) {
    return fail('CHECK_CHAR', `身份证号校验位不符（末位应为${expected}），可能有数字录错，请逐位核对`);
  }

  const warnings: string[] = [];
  const sex = sexOf(id);
  if (sex === '男') warnings.push('身份证号第17位为奇数，表示男性，请核对');
  if (!PROVINCES.has(id.slice(0, 2))) warnings.push(`身份证号前两位“${id.slice(0, 2)}”不是有效的省级地区代码，请核对`);
  const age = ageOn(birthDate, asOf);
  if (age > 110) warnings.push(`按身份证号计算年龄为${age}岁，超过110岁，请核对`);
  return { ok: true, id, birthDate, sex, converted, warnings };
}

/**
 * 1****************2: the one form every list, export, print, the audit log and
 * the import preview use unless revealed (DESIGN §4.3). Only the first and the
 * last character show: beside the birth date (8 digits, shown everywhere), the
 * 性别 (the 17th digit's parity) and the 片区 (from which the 地址码 is guessed),
 * a 6+4 mask gave away the whole number.
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 2) return '*'.repeat(id.length);
  return `${id[0]}${'*'.repeat(id.length - 2)}${id[id.length - 1]}`;
}

/** 138****5678; landlines keep their area code and last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  // A landline shows its area code and the last four digits of the number; an extension is hidden too.
  const landline = /^(0\d{2,3})?-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(phone);
  if (landline) {
    const [, area, number, extension] = landline;
    return `${area ? `${area}-` : ''}****${number!.slice(-4)}${extension ? `-${'*'.repeat(extension.length)}` : ''}`;
  }
  if (phone.length > 4) return `${phone.slice(0, Math.max(0, phone.length - 8))}****${phone.slice(-4)}`;
  return phone;
}
