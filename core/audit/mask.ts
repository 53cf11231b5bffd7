/**
 * What the audit log may keep of a value: 身份证号 and phone numbers masked
 * wherever they appear, by key (身份证号, 联系电话, id_number, phone …) and, as
 * a second net, by shape inside any text (an ID number typed into 备注).
 */
import { maskIdNumber, maskPhone } from '../members/idcard';

const ID_KEY = /身份证|id_?number/i;
const PHONE_KEY = /电话|手机|phone/i;
const ID_IN_TEXT = /(?<![0-9])[1-9]\d{16}[\dXx](?![0-9Xx])/g;
const MOBILE_IN_TEXT = /(?<![0-9])1[3-9]\d{9}(?![0-9])/g;

function maskText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskIdNumber(id)).replace(MOBILE_IN_TEXT, (phone) => maskPhone(phone));
}

export function maskSensitive(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (ID_KEY.test(key)) return value ? maskIdNumber(value) : value;
    if (PHONE_KEY.test(key)) return value ? maskPhone(value) : value;
    return maskText(value);
  }
  if (Array.isArray(value)) return value.map((v) => maskSensitive(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSensitive(v, k)]));
  }
  return value;
}
