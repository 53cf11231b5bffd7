/** search.* — the global search (Ctrl+K and the header box, issue 15 item 3). */
import { defineQuery } from '../api/define';
import { globalSearch } from './global';
import { globalSearchSchema } from './schema';

export const searchApi = {
  global: defineQuery(globalSearchSchema, (ctx, input) => globalSearch(ctx, input)),
};
