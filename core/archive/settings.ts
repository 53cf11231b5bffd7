/**
 * Classification settings (整理方法): the scheme (年度–保管期限, with or without
 * 机构(问题)), the user-managed 机构(问题) list, and the default 保管期限 per
 * record kind (built in per DESIGN §4.5, each one editable).
 */
import type { Kysely } from 'kysely';
import { readSetting, selectOrgs, selectRetentionDefaults, writeSetting } from '../../db/archive/queries';
import type { Database } from '../../db/schema';
import { selectBranchInfo } from '../../db/settings/queries';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { archivalCode, checkCodeParts, MISSING_FONDS, searchTextOf, type Retention } from './code';
import { MANUAL_KINDS } from './schema';
import { ARCHIVE_SOURCES, type RetentionKind } from './sources';

const SCHEME_KEY = 'archive.scheme';

export interface ArchiveScheme {
  /** true: 年度–保管期限–机构(问题); false: 年度–保管期限. */
  withOrg: boolean;
}

export async function readScheme(db: Kysely<Database>): Promise<ArchiveScheme> {
  const value = (await readSetting(db, SCHEME_KEY)) as Partial<ArchiveScheme> | undefined;
  return { withOrg: value?.withOrg === true };
}

export async function saveScheme(ctx: AppContext, scheme: ArchiveScheme): Promise<ArchiveScheme> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await readScheme(trx);
    await writeSetting(trx, SCHEME_KEY, scheme);
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'archive_settings',
      label: '档案整理方法',
      before: { 分类方案: schemeText(before) },
      after: { 分类方案: schemeText(scheme) },
    });
  });
  return scheme;
}

const schemeText = (s: ArchiveScheme) => (s.withOrg ? '年度–保管期限–机构（问题）' : '年度–保管期限');

export const listOrgs = async (ctx: AppContext) => (await selectOrgs(ctx.db)).map((o) => ({ code: o.code, name: o.name }));

export async function saveOrg(ctx: AppContext, org: { code: string; name: string }) {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('archive_org').selectAll().where('code', '=', org.code).executeTakeFirst();
    if (existing) await trx.updateTable('archive_org').set({ name: org.name }).where('code', '=', org.code).execute();
    else await trx.insertInto('archive_org').values({ code: org.code, name: org.name, created_at: ctx.now().toISOString() }).execute();
    await recordAudit(trx, ctx, {
      action: existing ? 'update' : 'create',
      entity: 'archive_settings',
      label: `机构（问题）${org.code}`,
      before: existing ? { 代码: existing.code, 名称: existing.name } : null,
      after: { 代码: org.code, 名称: org.name },
    });
  });
  return org;
}

/** A code already used by an item or a box stays: its 档号 are frozen. */
export async function removeOrg(ctx: AppContext, code: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('archive_org').selectAll().where('code', '=', code).executeTakeFirst();
    if (!existing) throw new AppError('NOT_FOUND', `没有机构（问题）代码“${code}”。`);
    const used = await trx.selectFrom('archive_item').select('archival_code').where('org_code', '=', code).executeTakeFirst();
    if (used) throw new AppError('CONFLICT', `机构（问题）“${code} ${existing.name}”已用于档号 ${used.archival_code}，不能删除。`);
    await trx.deleteFrom('archive_org').where('code', '=', code).execute();
    await recordAudit(trx, ctx, { action: 'delete', entity: 'archive_settings', label: `机构（问题）${code}`, before: { 代码: code, 名称: existing.name } });
  });
  return { code };
}

const MANUAL_RETENTION_KINDS: RetentionKind[] = MANUAL_KINDS.map((k) => ({ kind: `manual:${k}`, label: `纸质文件：${k}`, builtIn: 'D10' }));

/** Every record kind with its built-in and its current default 保管期限. */
export async function retentionDefaults(db: Kysely<Database>) {
  const kinds = [...(await Promise.all(ARCHIVE_SOURCES.map((s) => s.retentionKinds(db)))).flat(), ...MANUAL_RETENTION_KINDS];
  const saved = new Map((await selectRetentionDefaults(db)).map((r) => [r.kind, r.retention]));
  return kinds.map((k) => ({ ...k, retention: saved.get(k.kind) ?? k.builtIn }));
}

export async function defaultRetention(db: Kysely<Database>, kind: string): Promise<Retention> {
  const found = (await retentionDefaults(db)).find((k) => k.kind === kind);
  return found?.retention ?? 'D10';
}

export async function saveRetentionDefault(ctx: AppContext, input: { kind: string; retention: Retention }) {
  await ctx.db.transaction().execute(async (trx) => {
    const kinds = await retentionDefaults(trx);
    const kind = kinds.find((k) => k.kind === input.kind);
    if (!kind) throw new AppError('VALIDATION', `没有“${input.kind}”这类记录，不能设置保管期限。`);
    await trx
      .insertInto('archive_retention_default')
      .values({ kind: input.kind, retention: input.retention, updated_at: ctx.now().toISOString() })
      .onConflict((oc) => oc.column('kind').doUpdateSet({ retention: input.retention, updated_at: ctx.now().toISOString() }))
      .execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'archive_settings',
      label: `默认保管期限：${kind.label}`,
      before: { 保管期限: kind.retention },
      after: { 保管期限: input.retention },
    });
  });
  return retentionDefaults(ctx.db);
}

/** 全宗号 and the branch name (责任者) from 基本信息; a 全宗号 that cannot be part of a 档号 is refused naming the field. */
export async function fondsAndBranch(db: Kysely<Database>) {
  const info = await selectBranchInfo(db);
  const fondsCode = info.fondsCode;
  checkCodeParts({ fondsCode, year: 2000, retention: 'Y', orgCode: null, pieceNo: 1 });
  return { fondsCode, branchName: info.name };
}

/** The 机构(问题) code an item of this scheme takes: required with the org scheme, refused without it. */
export async function orgForScheme(db: Kysely<Database>, orgCode: string | null | undefined): Promise<string | null> {
  const scheme = await readScheme(db);
  if (!scheme.withOrg) {
    if (orgCode) throw new AppError('VALIDATION', `当前分类方案为“年度–保管期限”，不用机构（问题）代码（收到“${orgCode}”）。如需按机构（问题）分类，请先在档案设置中更改分类方案。`, { field: '机构（问题）' });
    return null;
  }
  if (!orgCode) throw new AppError('VALIDATION', '当前分类方案为“年度–保管期限–机构（问题）”，请选择机构（问题）。', { field: '机构（问题）' });
  const known = await db.selectFrom('archive_org').select('code').where('code', '=', orgCode).executeTakeFirst();
  if (!known) throw new AppError('VALIDATION', `机构（问题）代码“${orgCode}”不在机构（问题）列表中，请先在档案设置中添加。`, { field: '机构（问题）' });
  return orgCode;
}

export async function archiveSettings(ctx: AppContext) {
  const info = await selectBranchInfo(ctx.db);
  return { scheme: await readScheme(ctx.db), orgs: await listOrgs(ctx), retentionDefaults: await retentionDefaults(ctx.db), fondsCode: info.fondsCode, branchName: info.name };
}

/**
 * The archive has assigned the 全宗号 (now in 基本信息): items and boxes filed
 * while it was blank get it, their 档号's □□□□ replaced — every other part stays.
 * Refused, with nothing changed, when a 档号 would then exist twice (items were
 * numbered both with and without it in the same category).
 */
export async function fillMissingFonds(ctx: AppContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const { fondsCode } = await fondsAndBranch(trx);
    if (!fondsCode) throw new AppError('VALIDATION', '基本信息中还没有全宗号，请先在 设置 → 基本信息 中填写档案馆给的全宗号。', { field: '全宗号' });
    const items = await trx.selectFrom('archive_item').select(['id', 'archival_code', 'year', 'retention', 'org_code', 'piece_no', 'title', 'doc_number']).where('fonds_code', '=', '').execute();
    for (const i of items) {
      const code = archivalCode({ fondsCode, year: i.year, retention: i.retention, orgCode: i.org_code, pieceNo: i.piece_no });
      const twin = await trx.selectFrom('archive_item').select('id').where('archival_code', '=', code).executeTakeFirst();
      if (twin) throw new AppError('CONFLICT', `档号 ${code} 已经存在，不能把 ${i.archival_code} 改为它：同一年度、保管期限的档案有的带全宗号编号、有的不带。请联系档案室处理后再补填。`);
      await trx.updateTable('archive_item').set({ fonds_code: fondsCode, archival_code: code, search_text: searchTextOf(code, i.title, i.doc_number), updated_at: ctx.now().toISOString() }).where('id', '=', i.id).execute();
    }
    const boxes = await trx.updateTable('archive_box').set({ fonds_code: fondsCode }).where('fonds_code', '=', '').executeTakeFirst();
    if (items.length) {
      await recordAudit(trx, ctx, {
        action: 'update',
        entity: 'archive_settings',
        label: '补填全宗号',
        after: { 全宗号: fondsCode, 件数: items.length },
        detail: `补填全宗号 ${fondsCode}：${items.length} 件档案的档号由 ${MISSING_FONDS} 改为 ${fondsCode}（其余部分不变）`,
      });
    }
    return { fondsCode, items: items.length, boxes: Number(boxes.numUpdatedRows) };
  });
}
