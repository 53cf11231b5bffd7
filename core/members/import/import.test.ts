import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTempDatabase } from '../../../db/test-helpers';
import { apiTable } from '../../api';
import { dispatch } from '../../api/dispatch';
import type { AppContext } from '../../context';
import { ID_ROUNDED_MESSAGE } from './cells';
import { importMembersFromFile } from './run';
import { convertWithLibreOffice, fullWidth, gbkEncode, makeId, utf8BomCsv, csvText, xlsxFile } from './test-files';

const LI_HONG = makeId('19750308', '002');
const ZHENG_JIE = makeId('19680815', '024', '320102');
const FENG_XIA = makeId('19800101', '046');

const HEADER = ['序号', '姓名', '身份证号码', '出生日期', '文化程度', '手机号码', '所属网格', '入册日期', '职务', '困难类型'];

/** A roster as officers keep it: two title rows (merged), then the header on row 3, problems in the rows. */
const rosterWithProblems = () =>
  xlsxFile({
    rows: [
      ['幸福里社区妇女花名册'],
      ['填报单位：幸福里社区妇联　　填报日期：2026年11月'],
      HEADER,
      [1, '张 海丽', '11010519491231002x', '1949.12.31', '本科', '138 1234 5678', '一网格', '2020/05/01', '执委、妇女代表', '困难妇女'],
      [2, '李红', fullWidth(LI_HONG), new Date(Date.UTC(1975, 2, 8)), '大专', fullWidth('13912345678'), '二网格', 43000, '', ''],
      [3, '王芳', 320102750308002, null, '初中', 13812345678, '', '1975年3月8日', '', ''],
      [4, '赵敏', 110105194912310000, null, '', '', '', '', '', ''],
      [5, '钱娟', '110105194912310021', null, '', '', '', '', '', ''],
      [6, '孙丽', '110105197502300026', null, '', '', '', '', '', ''],
      [7, '周梅', makeId('20300101'), null, '', '', '', '', '', ''],
      [8, '吴静', '11010519491231002X', null, '', '', '', '', '', ''],
      [9, '郑洁', ZHENG_JIE, null, '高中', '', '', '', '', ''],
      [10, '冯霞', FENG_XIA, '1980-01-02', '大学', '12345', '', '2020.2.30', '组长、会计', ''],
      [11],
    ],
    merges: ['A1:J1', 'A2:J2'],
  });

const countMembers = async (ctx: AppContext) =>
  Number((await ctx.db.selectFrom('member').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function withZhengJie(ctx: AppContext) {
  const made = await dispatch(apiTable, ctx, 'members.create', { name: '郑洁', idNumber: ZHENG_JIE });
  expect(made.ok).toBe(true);
}

const preview = async (ctx: AppContext, buffer: Buffer, fileName: string, extra: object = {}) => {
  const answer = await dispatch(apiTable, ctx, 'members.importPreview', { fileName, base64: buffer.toString('base64'), ...extra });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Awaited<ReturnType<typeof import('./api').importPreview>>;
};

describe('importing a roster with title rows and problems', () => {
  it('finds the header under the titles and reports every problem by Excel row and header text', async () => {
    const { ctx } = await openTempDatabase();
    await withZhengJie(ctx);
    const result = await preview(ctx, await rosterWithProblems(), '花名册.xlsx');

    // Row 11 repeats row 4's ID: both wait for the user (需确认) instead of row 4 going in silently.
    expect(result).toMatchObject({ headerRow: 3, rows: 10, errorRows: 4, toCreate: 3, toUpdate: 0, toSkip: 3, unmappedHeaders: [], missingFields: [] });
    expect(result.pending.map((p) => [p.key, p.kind])).toEqual([['Sheet1!4', 'duplicate'], ['Sheet1!11', 'duplicate']]);
    expect(result.skippedRows).toEqual([{ sheet: 'Sheet1', row: 14, column: '', message: '没有姓名和身份证号（空行），已跳过' }]);
    expect(result.mapping.map((c) => c.field)).toEqual(['skip', 'name', 'idNumber', 'birthDate', 'education', 'phone', 'zone', 'joinedOn', 'roles', 'tags']);
    const sheet = 'Sheet1';
    const leftEmpty = '该项留空，其余信息照常导入（更新已登记的人时保留原有内容）';
    expect(result.errors).toEqual([
      { sheet, row: 7, column: '身份证号码', message: ID_ROUNDED_MESSAGE },
      { sheet, row: 8, column: '身份证号码', message: '身份证号校验位不符（末位应为X），可能有数字录错，请逐位核对' },
      { sheet, row: 9, column: '身份证号码', message: '身份证号中的出生日期19750230不存在，请核对第7至14位' },
      { sheet, row: 10, column: '身份证号码', message: '身份证号中的出生日期2030-01-01晚于今天，请核对第7至14位' },
    ]);
    // A bad phone or 入册日期 no longer rejects the person: a warning, and the field left empty.
    expect(result.warnings).toEqual([
      { sheet, row: 13, column: '出生日期', message: '出生日期1980-01-02与身份证号中的1980-01-01不一致，以身份证号为准' },
      { sheet, row: 13, column: '文化程度', message: '未识别的文化程度“大学”，该项留空，可导入后补填' },
      { sheet, row: 13, column: '手机号码', message: `联系电话格式不正确：请填写11位手机号或带区号的座机号；${leftEmpty}` },
      { sheet, row: 13, column: '入册日期', message: `入册日期“2020.2.30”不存在，请核对月份和日期；${leftEmpty}` },
      { sheet, row: 13, column: '职务', message: '身份“会计”不在可选范围（妇联主席、副主席、执委、妇女小组长、妇女代表、巾帼志愿者）内，未导入该身份' },
    ]);
    expect(result.notes).toEqual([{ sheet, row: 12, column: '身份证号码', message: '身份证号已登记为“郑洁”（编号 1），按选择跳过本行' }]);
    expect(result.newZones).toEqual(['二网格']);
    expect(result.sample.map((s) => [s.row, s.name, s.idNumber])).toEqual([
      [5, '李红', `1****************${LI_HONG.slice(-1)}`],
      [6, '王芳', '3****************8'],
      [13, '冯霞', `1****************${FENG_XIA.slice(-1)}`],
    ]);
    expect(await countMembers(ctx)).toBe(1);
    expect(await ctx.db.selectFrom('zone').selectAll().execute()).toEqual([]);
  });

  it('writes the good rows, normalized, only when committed', async () => {
    const { ctx, db } = await openTempDatabase();
    await withZhengJie(ctx);
    const { token } = await preview(ctx, await rosterWithProblems(), '花名册.xlsx');
    expect(await countMembers(ctx)).toBe(1);

    // 张海丽's row is the one ticked of the two that share her ID.
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token, onExisting: 'skip', confirm: ['Sheet1!4'] });
    expect(commit).toMatchObject({ ok: true, value: { rows: 10, imported: 4, updated: 0, skipped: 2, errorRows: 4 } });
    const members = await db
      .selectFrom('member')
      .leftJoin('zone', 'zone.id', 'member.zone_id')
      .select(['member.name', 'id_number', 'birth_date', 'education', 'phone', 'joined_on', 'zone.name as zone'])
      .orderBy('member.id')
      .execute();
    expect(members).toEqual([
      { name: '郑洁', id_number: ZHENG_JIE, birth_date: '1968-08-15', education: null, phone: '', joined_on: null, zone: null },
      { name: '张海丽', id_number: '11010519491231002X', birth_date: '1949-12-31', education: '20', phone: '13812345678', joined_on: '2020-05-01', zone: '一网格' },
      { name: '李红', id_number: LI_HONG, birth_date: '1975-03-08', education: '30', phone: '13912345678', joined_on: '2017-09-22', zone: '二网格' },
      { name: '王芳', id_number: '320102197503080028', birth_date: '1975-03-08', education: '70', phone: '13812345678', joined_on: '1975-03-08', zone: null },
      { name: '冯霞', id_number: FENG_XIA, birth_date: '1980-01-01', education: null, phone: '', joined_on: null, zone: null },
    ]);
    expect(await db.selectFrom('member_role').select('role').where('member_id', '=', 2).orderBy('role').execute()).toEqual([{ role: '妇女代表' }, { role: '执委' }]);
    expect(await db.selectFrom('member_tag').select('tag').where('member_id', '=', 2).execute()).toEqual([{ tag: '困难妇女' }]);
  });

  it('updates members whose ID is already on file when asked to', async () => {
    const { ctx, db } = await openTempDatabase();
    await withZhengJie(ctx);
    const result = await preview(ctx, await rosterWithProblems(), '花名册.xlsx', { onExisting: 'update' });
    expect(result).toMatchObject({ toCreate: 3, toUpdate: 1, toSkip: 2 });
    expect(result.notes).toEqual([{ sheet: 'Sheet1', row: 12, column: '身份证号码', message: '身份证号已登记为“郑洁”（编号 1），将用本行内容更新' }]);
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token: result.token, onExisting: 'update' });
    expect(commit).toMatchObject({ ok: true, value: { imported: 3, updated: 1, skipped: 2 } });
    expect(await db.selectFrom('member').select('education').where('id', '=', 1).executeTakeFirst()).toEqual({ education: '60' });
  });

  it('leaves the database exactly as it was when the commit fails midway', async () => {
    const { ctx, db } = await openTempDatabase();
    await withZhengJie(ctx);
    const { token } = await preview(ctx, await rosterWithProblems(), '花名册.xlsx');
    // A real SQLite failure on the last new member, after zones and other rows went in.
    await sql`create trigger refuse_wang before insert on member when new.name = '王芳' begin select raise(abort, 'refused'); end`.execute(db);
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token }, () => undefined);
    expect(commit).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await db.selectFrom('member').select('name').execute()).toEqual([{ name: '郑洁' }]);
    expect(await db.selectFrom('zone').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('member_status_event').select('member_id').execute()).toEqual([{ member_id: 1 }]);
  });
});

describe('the import in the 操作日志', () => {
  it('names the file that was committed by its preview token', async () => {
    const { ctx, db } = await openTempDatabase();
    await withZhengJie(ctx);
    const { token } = await preview(ctx, await rosterWithProblems(), '幸福里花名册2026.xlsx');
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token, onExisting: 'skip' });
    expect(commit.ok).toBe(true);
    const rows = await db.selectFrom('audit_log').select(['label', 'detail', 'after_json']).where('action', '=', 'import').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ label: '幸福里花名册2026.xlsx', detail: '导入花名册“幸福里花名册2026.xlsx”，新建片区二网格' });
    expect(JSON.parse(rows[0]!.after_json!)).toEqual({ 新增: 3, 更新: 0, 跳过: 3, 有错未导入: 4 });
  });
});

describe('CSV files', () => {
  const rows = [
    ['姓名', '身份证号', '学历', '联系电话', '民族', '政治面貌'],
    ['刘秀英', LI_HONG, '中专', '0571-87654321', '汉', '党员'],
    ['陈 静', ` ${fullWidth(FENG_XIA.slice(0, 9))} ${FENG_XIA.slice(9)} `, '小学', '', '回族', '群众'],
  ];

  it('reads GBK', async () => {
    const { ctx } = await openTempDatabase();
    const summary = await importMembersFromFile(ctx, gbkEncode(csvText(rows)), '花名册.csv');
    expect(summary).toMatchObject({ rows: 2, imported: 2, errors: [], warnings: [] });
    const saved = await ctx.db.selectFrom('member').select(['name', 'id_number', 'education', 'ethnicity', 'political', 'phone']).orderBy('id').execute();
    expect(saved).toEqual([
      { name: '刘秀英', id_number: LI_HONG, education: '40', ethnicity: '01', political: '01', phone: '0571-87654321' },
      { name: '陈静', id_number: FENG_XIA, education: '80', ethnicity: '03', political: '13', phone: '' },
    ]);
  });

  it('reads UTF-8 with a BOM, and 15-digit IDs typed as text', async () => {
    const { ctx } = await openTempDatabase();
    const file = utf8BomCsv([...rows, ['王兰', '110105491231002', '', '', '', '']]);
    const summary = await importMembersFromFile(ctx, file, 'roster.csv', { dryRun: true });
    expect(summary).toMatchObject({ rows: 3, imported: 3, errors: [], dryRun: true });
    expect(await countMembers(ctx)).toBe(0);
    await importMembersFromFile(ctx, file, 'roster.csv');
    expect(await ctx.db.selectFrom('member').select('id_number').where('name', '=', '王兰').executeTakeFirst()).toEqual({ id_number: '11010519491231002X' });
  });

  it('reports a CSV where Excel wrote the ID as 1.10105E+17', async () => {
    const { ctx } = await openTempDatabase();
    const summary = await importMembersFromFile(ctx, utf8BomCsv([['姓名', '身份证号'], ['张三', '1.10105E+17']]), 'x.csv');
    expect(summary).toMatchObject({ imported: 0, errors: [{ row: 2, column: '身份证号', message: ID_ROUNDED_MESSAGE }] });
  });
});

describe('columns the app does not know', () => {
  it('asks for a mapping, then imports with it', async () => {
    const { ctx } = await openTempDatabase();
    const file = await xlsxFile({ rows: [['姓名', '证件号', '联系电话', '爱好'], ['李红', LI_HONG, '13912345678', '跳舞']] });
    const first = await preview(ctx, file, 'a.xlsx');
    expect(first).toMatchObject({
      headerRow: 1,
      missingFields: ['身份证号'],
      unmappedHeaders: ['证件号', '爱好'],
      errors: [{ row: 1, column: '', message: '表头中没有找到“身份证号”列，请在“核对列”一步指定哪一列是“身份证号”' }],
      toCreate: 0,
    });
    const mapped = await preview(ctx, file, 'a.xlsx', { token: first.token, base64: undefined, fileName: undefined, mapping: { 证件号: 'idNumber' } });
    expect(mapped).toMatchObject({ missingFields: [], unmappedHeaders: ['爱好'], errors: [], toCreate: 1 });
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token: first.token, mapping: { 证件号: 'idNumber' } });
    expect(commit).toMatchObject({ ok: true, value: { imported: 1 } });
  });
});

describe('files that cannot be imported', () => {
  const refused = async (buffer: Buffer, fileName: string) => {
    const { ctx } = await openTempDatabase();
    const answer = await dispatch(apiTable, ctx, 'members.importPreview', { fileName, base64: buffer.toString('base64') });
    expect(await countMembers(ctx)).toBe(0);
    return answer;
  };

  it('an empty sheet', async () => {
    expect(await refused(await xlsxFile({ rows: [] }), '空表.xlsx')).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '表格是空的，没有可导入的内容' },
    });
  });

  it('a program renamed to .xlsx', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    expect(await refused(exe, 'roster.xlsx')).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '“roster.xlsx”不是可导入的表格文件。请选择 Excel/WPS 保存的 .xlsx、.xls 文件，或 .csv 文件。' },
    });
  });

  it('a letter saved as .csv', async () => {
    expect(await refused(Buffer.from('各位执委：\n下周三开会。\n'), '通知.csv')).toMatchObject({
      ok: false, error: { message: '在表格前10行中没有找到表头：表头应有“姓名”“身份证号”等列名。请确认选择的是花名册，且表头在前10行内。' },
    });
  });

  it('a broken .xls file (only the OLE signature)', async () => {
    expect(await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧表.xls')).toMatchObject({
      ok: false, error: { message: '“旧表.xls”不是可导入的表格文件。请选择 Excel/WPS 保存的 .xlsx、.xls 文件，或 .csv 文件。' },
    });
  });

  it('a file over 20 MB', async () => {
    expect(await refused(Buffer.alloc(21 * 1024 * 1024, 0x41), 'big.csv')).toMatchObject({
      ok: false, error: { message: '文件太大（21.0 MB），一次最多导入 20 MB 的表格。请删去无关的工作表，或分成几个文件导入。' },
    });
  });
});

describe('a column mapping chosen once', () => {
  it('is offered for the next file with the same header, and not for another header', async () => {
    const { ctx } = await openTempDatabase();
    const file = await xlsxFile({ rows: [['姓名', '证件号', '联系电话', '爱好'], ['李红', LI_HONG, '', '跳舞']] });
    const first = await preview(ctx, file, 'a.xlsx');
    expect(first).toMatchObject({ savedMapping: null, missingFields: ['身份证号'] });
    const mapping = { 证件号: 'idNumber', 爱好: '' };
    expect(await dispatch(apiTable, ctx, 'members.importCommit', { token: first.token, mapping })).toMatchObject({ ok: true, value: { imported: 1 } });

    const next = await xlsxFile({ rows: [['姓名', '证件号', '联系电话', '爱好'], ['冯霞', FENG_XIA, '', '唱歌']] });
    const offered = await preview(ctx, next, 'b.xlsx');
    expect(offered).toMatchObject({ savedMapping: mapping, missingFields: [], toCreate: 1 });
    expect(offered.mapping.map((c) => c.field)).toEqual(['name', 'idNumber', 'phone', null]);

    const other = await xlsxFile({ rows: [['姓名', '证件号', '电话'], ['冯霞', FENG_XIA, '13912345678']] });
    expect(await preview(ctx, other, 'c.xlsx')).toMatchObject({ savedMapping: null, missingFields: ['身份证号'] });
  });
});

describe('WPS .et files', () => {
  it('an .et the reader cannot read is refused with what to do', async () => {
    const { ctx } = await openTempDatabase();
    const broken = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const answer = await dispatch(apiTable, ctx, 'members.importPreview', { fileName: '花名册.et', base64: broken.toString('base64') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '“花名册.et”是 WPS 表格（.et）格式，这个文件无法直接读取。请在 WPS 中“另存为” .xlsx 后再导入。' } });
  });

  it('an .et saved in the .xls layout goes through the same pipeline', async () => {
    const { ctx } = await openTempDatabase();
    const xls = await convertWithLibreOffice(await xlsxFile({ rows: [['姓名', '身份证号码', '民族'], ['李红', LI_HONG, '回族']], textColumns: [2] }), 'a.xlsx', 'xls');
    const summary = await importMembersFromFile(ctx, xls, '花名册.et');
    expect(summary).toMatchObject({ imported: 1, errors: [] });
    expect(await ctx.db.selectFrom('member').select(['name', 'id_number', 'ethnicity']).execute()).toEqual([{ name: '李红', id_number: LI_HONG, ethnicity: '03' }]);
  }, 120_000);
});
