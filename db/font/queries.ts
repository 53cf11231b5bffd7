/**
 * Where each operator's 字号 is kept: app_setting rows, one per operator
 * (`font_size.operator.<id>`), and one app-wide row for when no operator is set up
 * (and for the lock screen, where nobody has signed in yet).
 */
import type { Kysely } from 'kysely';
import { DEFAULT_FONT_SIZE, isFontSize, type FontSize } from '../../core/font/sizes';
import { readAppSetting, writeAppSetting } from '../operators/queries';
import type { Database } from '../schema';

const APP_WIDE_KEY = 'font_size';
const keyFor = (operatorId: number | null) => (operatorId === null ? APP_WIDE_KEY : `${APP_WIDE_KEY}.operator.${operatorId}`);

/** Her size; one who never chose gets the app-wide one. A value this version does not know reads as 标准. */
export async function selectFontSize(db: Kysely<Database>, operatorId: number | null): Promise<FontSize> {
  const appWide = await readAppSetting<unknown>(db, APP_WIDE_KEY, DEFAULT_FONT_SIZE);
  const fallback = isFontSize(appWide) ? appWide : DEFAULT_FONT_SIZE;
  if (operatorId === null) return fallback;
  const own = await readAppSetting<unknown>(db, keyFor(operatorId), fallback);
  return isFontSize(own) ? own : fallback;
}

export function saveFontSize(db: Kysely<Database>, operatorId: number | null, size: FontSize) {
  return writeAppSetting(db, keyFor(operatorId), size);
}

/** A deleted operator's size goes with her: ids are reused, and a new operator must not inherit it. */
export async function deleteFontSize(db: Kysely<Database>, operatorId: number) {
  await db.deleteFrom('app_setting').where('key', '=', keyFor(operatorId)).execute();
}
