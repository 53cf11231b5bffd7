import { currentVersion } from '../../db/migrate';
import { LATEST_VERSION } from '../../db/migrations';
import { defineQuery, noInput } from '../api/define';
import { APP_VERSION } from '../version';

export const systemApi = {
  /** For 关于 and support: which program, which data file, which schema. */
  info: defineQuery(noInput, async (ctx) => ({
    appVersion: APP_VERSION,
    dbPath: ctx.dbPath,
    schemaVersion: await currentVersion(ctx.db),
    supportedSchemaVersion: LATEST_VERSION,
  })),
};
