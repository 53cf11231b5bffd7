/**
 * font.set and session.fontSize: the 字号 (标准 / 大 / 特大) of the header's toggle, remembered per operator
 * and restored when she signs in. A personal display preference, not 台账 data: any
 * signed-in operator (只读 included) sets her own, and it is not audited.
 */
import { z } from 'zod';
import { saveFontSize, selectFontSize } from '../../db/font/queries';
import { defineMethod, noInput } from '../api/define';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { resolveSession, Session } from '../operators/session';
import { DEFAULT_FONT_SIZE, FONT_SIZES } from './sizes';

const fontSizeSchema = z.object({ size: z.enum(FONT_SIZES, { error: '字号只能是标准、大或特大' }) });

/** The signed-in operator's id; null while locked, with no operators, or with no data file open. */
async function signedInId(ctx: AppContext): Promise<number | null | 'no-file'> {
  try {
    const state = await resolveSession(ctx.db, ctx.session ?? new Session());
    return state.locked ? null : (state.operator?.id ?? null);
  } catch (err) {
    if (err instanceof AppError && (err.code as string) === 'DB_NOT_OPEN') return 'no-file';
    throw err;
  }
}

/**
 * session.fontSize (listed with session.*, the methods that answer while locked): asked on
 * the lock screen and after every sign-in. Nothing but the size of the signed-in operator's
 * text, the app-wide one while locked.
 */
export const fontSizeQuery = defineMethod(
  noInput,
  async (ctx) => {
    const id = await signedInId(ctx);
    return { size: id === 'no-file' ? DEFAULT_FONT_SIZE : await selectFontSize(ctx.db, id) };
  },
  { access: 'always' },
);

export const fontApi = {
  /** Hers when operators are set up, else the app-wide one. */
  set: defineMethod(
    fontSizeSchema,
    async (ctx, { size }) => {
      await saveFontSize(ctx.db, ctx.operator?.id ?? null, size);
      return { size };
    },
    { access: 'read' },
  ),
};

