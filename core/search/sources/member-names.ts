/**
 * 1–2-character member searches without reading the roster: a roster of 100,000
 * has a few thousand distinct names, so the names that contain the query are
 * found in memory and their members by index (db/search/queries.ts). A word
 * that is nobody's name (妇女, 学习 — the common 2-character search) then costs
 * nothing instead of a scan of every member, and a common surname a few index
 * seeks instead of reading the index up to where its names sort. The list of names is read again
 * after any write to the file (dataVersion), so it is never stale.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { dataVersion, distinctNameKeys, membersByNameKeys } from '../../../db/search/queries';


const cache = new WeakMap<Kysely<Database>, { version: string; keys: string[] }>();

async function nameKeys(db: Kysely<Database>): Promise<string[]> {
  const version = await dataVersion(db);
  const cached = cache.get(db);
  if (cached?.version === version) return cached.keys;
  const keys = await distinctNameKeys(db);
  cache.set(db, { version, keys });
  return keys;
}

/** The same members as the roster's short search (name_key contains the query), the first `limit`, 在册 first. */
export async function shortNameMatches(db: Kysely<Database>, query: string, limit: number): Promise<number[]> {
  const keys = (await nameKeys(db)).filter((k) => k.includes(query));
  // Every name has a member: a few names give the first `limit` (a common surname has hundreds).
  return membersByNameKeys(db, keys.slice(0, limit * 4), limit);
}
