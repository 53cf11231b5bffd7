/**
 * A roster kept the WPS way (test-files.ts wpsRoster): every roster sheet read,
 * the two-row merged header understood, 合计/填表人 rows skipped, apostrophe
 * and spaced IDs cleaned, optional cells only warned about, both rows of a
 * duplicate ID and a man's row held for the user — as .xlsx, and the same
 * workbook saved as .xls by LibreOffice.
 */
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../../db/test-helpers';
import { apiTable } from '../../api';
import { dispatch } from '../../api/dispatch';
import type { AppContext } from '../../context';
import { findHeader } from './header';
import { readSheets } from './read-sheet';
import { importMembersFromFile } from './run';
import { convertWithLibreOffice, makeId, WPS_IDS, wpsRoster, xlsxFile } from './test-files';

type Preview = Awaited<ReturnType<typeof import('./api').importPreview>>;

async function preview(ctx: AppContext, input: object): Promise<Preview> {
  const answer = await dispatch(apiTable, ctx, 'members.importPreview', input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Preview;
}

const PER_SHEET = [
  { name: '一网格', rows: 6, imported: 3, updated: 0, skipped: 0, notMembers: 4, errorRows: 1, pending: 2 },
  { name: '二网格', rows: 3, imported: 2, updated: 0, skipped: 0, notMembers: 1, errorRows: 0, pending: 1 },
];

const LEFT_EMPTY = '该项留空，其余信息照常导入（更新已登记的人时保留原有内容）';
const PHONE = `联系电话格式不正确：请填写11位手机号或带区号的座机号；${LEFT_EMPTY}`;

function expectWpsResult(result: Preview) {
  expect(result.sheets.map(({ name, rows, created, updated, skipped, notMembers, errorRows, pending }) => ({
    name, rows, imported: created, updated, skipped, notMembers, errorRows, pending,
  }))).toEqual(PER_SHEET);
  expect(result.ignoredSheets).toEqual(['填表说明']);
  expect(result).toMatchObject({ headerRow: 2, rows: 9, toCreate: 5, errorRows: 1, toSkip: 3, missingFields: [] });
  const first = result.sheets[0]!;
  expect(first).toMatchObject({ headerRow: 2, headerLastRow: 3, zoneOffered: true, zoneFromSheet: true });
  expect(first.columns.map((c) => [c.header, c.field])).toEqual([
    ['序号', 'skip'], ['姓名', 'name'], ['性别', 'sex'], ['身份证号码', 'idNumber'], ['出生年月', 'birthDate'],
    ['民族', 'ethnicity'], ['文化程度', 'education'], ['政治面貌', 'political'], ['联系电话', 'phone'], ['家庭住址', 'currentAddress'], ['备注', 'note'],
  ]);
  expect(first.columns[1]).toMatchObject({ path: '基本信息/姓名' });
  expect(result.errors).toEqual([
    { sheet: '一网格', row: 9, column: '身份证号码', message: expect.stringMatching(/^身份证号校验位不符/) },
  ]);
  expect(result.warnings).toEqual([
    { sheet: '一网格', row: 5, column: '联系电话', message: PHONE },
    { sheet: '二网格', row: 6, column: '民族', message: '未识别的民族“火星族”，该项留空，可导入后补填' },
    { sheet: '二网格', row: 6, column: '联系电话', message: PHONE },
  ]);
  expect(result.skippedRows).toEqual([
    { sheet: '一网格', row: 10, column: '', message: '空行，已跳过' },
    { sheet: '一网格', row: 11, column: '', message: '“合计”行，不是成员，已跳过' },
    { sheet: '一网格', row: 12, column: '', message: '签名栏（“填表人”），不是成员，已跳过' },
    { sheet: '一网格', row: 13, column: '', message: '签名栏（“填表日期”），不是成员，已跳过' },
    { sheet: '二网格', row: 7, column: '', message: '“合计”行，不是成员，已跳过' },
  ]);
  expect(result.pending.map((p) => [p.key, p.kind, p.name, p.message, p.confirmed])).toEqual([
    ['一网格!6', 'male', '张建国', '身份证号第17位为奇数，表示男性；妇女花名册一般只登记女性，确需登记请勾选', false],
    ['一网格!8', 'duplicate', '刘芳', '身份证号与“二网格”第5行（刘芳）相同，同一人只能导入一次：请勾选要导入的一行', false],
    ['二网格!5', 'duplicate', '刘芳', '身份证号与“一网格”第8行（刘芳）相同，同一人只能导入一次：请勾选要导入的一行', false],
  ]);
  // The ID in the preview is masked by the app's one masking helper.
  expect(result.pending[0]!.idNumber).not.toContain(WPS_IDS.张建国.slice(6, 14));
  expect(result.newZones).toEqual(['一网格', '二网格']);
}

async function membersOf(ctx: AppContext) {
  return ctx.db
    .selectFrom('member')
    .leftJoin('zone', 'zone.id', 'member.zone_id')
    .select(['member.name', 'id_number', 'ethnicity', 'education', 'political', 'phone', 'current_address', 'zone.name as zone'])
    .orderBy('member.id')
    .execute();
}

describe('a roster kept the WPS way', () => {
  it('reads both 网格 sheets with their two-row header, and lists what it skipped and what waits', async () => {
    const { ctx } = await openTempDatabase();
    const file = await wpsRoster();
    expectWpsResult(await preview(ctx, { fileName: '幸福里花名册.xlsx', base64: file.toString('base64') }));
  });

  it('the same workbook saved as .xls by LibreOffice gives the same result', async () => {
    const { ctx } = await openTempDatabase();
    const xls = await convertWithLibreOffice(await wpsRoster(), '幸福里花名册.xlsx', 'xls');
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    expectWpsResult(await preview(ctx, { fileName: '幸福里花名册.xls', base64: xls.toString('base64') }));
  }, 120_000);

  it('imports the ticked rows with every column, the sheet name as 片区, and the IDs cleaned', async () => {
    const { ctx } = await openTempDatabase();
    const file = await wpsRoster();
    const first = await preview(ctx, { fileName: '幸福里花名册.xlsx', base64: file.toString('base64') });
    const confirm = ['二网格!5', '一网格!6'];
    const checked = await preview(ctx, { token: first.token, confirm });
    expect(checked).toMatchObject({ toCreate: 7, toSkip: 1 });
    expect(checked.pending.map((p) => [p.key, p.confirmed])).toEqual([['一网格!6', true], ['一网格!8', false], ['二网格!5', true]]);
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token: first.token, confirm });
    expect(commit).toMatchObject({ ok: true, value: { imported: 7, errorRows: 1 } });
    expect(await membersOf(ctx)).toEqual([
      { name: '王秀英', id_number: WPS_IDS.王秀英, ethnicity: '01', education: '60', political: '13', phone: '13812345678', current_address: '幸福里3栋201', zone: '一网格' },
      { name: '李春梅', id_number: WPS_IDS.李春梅, ethnicity: '03', education: '30', political: '01', phone: '', current_address: '幸福里5栋102', zone: '一网格' },
      { name: '张建国', id_number: WPS_IDS.张建国, ethnicity: '01', education: '70', political: '13', phone: '', current_address: '幸福里1栋', zone: '一网格' },
      { name: '赵丽', id_number: WPS_IDS.赵丽, ethnicity: '11', education: '20', political: '03', phone: '13912345678', current_address: '幸福里2栋', zone: '一网格' },
      { name: '陈静', id_number: WPS_IDS.陈静, ethnicity: '02', education: '10', political: '13', phone: '0571-87654321', current_address: '幸福里8栋', zone: '二网格' },
      { name: '刘芳', id_number: WPS_IDS.刘芳, ethnicity: '01', education: '40', political: '13', phone: '', current_address: '幸福里4栋', zone: '二网格' },
      { name: '周敏', id_number: WPS_IDS.周敏, ethnicity: null, education: '70', political: '13', phone: '', current_address: '幸福里9栋', zone: '二网格' },
    ]);
  });

  it('without the sheet names as 片区 when the user turns it off', async () => {
    const { ctx } = await openTempDatabase();
    const file = await wpsRoster();
    const result = await preview(ctx, { fileName: 'a.xlsx', base64: file.toString('base64'), zoneFromSheet: false });
    expect(result.newZones).toEqual([]);
    expect(result.sheets.map((s) => [s.zoneOffered, s.zoneFromSheet])).toEqual([[true, false], [true, false]]);
  });

  it('from the command line imports neither duplicate, skips the man, and says so with the sheet', async () => {
    const { ctx } = await openTempDatabase();
    const summary = await importMembersFromFile(ctx, await wpsRoster(), '幸福里花名册.xlsx');
    expect(summary).toMatchObject({ imported: 5, skipped: 3, errorRows: 1 });
    expect((await membersOf(ctx)).map((m) => m.name)).toEqual(['王秀英', '李春梅', '赵丽', '陈静', '周敏']);
  });
});

describe('optional cells never reject a person', () => {
  const ID = makeId('19750308', '002');
  const roster = (phone: string, education: string, joined: string) =>
    xlsxFile({ rows: [['姓名', '身份证号', '联系电话', '文化程度', '入册日期'], ['李红', ID, phone, education, joined]] });

  it('a masked phone, an unknown 文化程度 and a bad 入册日期: imported with those fields empty, each warned about', async () => {
    const { ctx } = await openTempDatabase();
    const summary = await importMembersFromFile(ctx, await roster('135****1745', '博士后', '2020.2.30'), 'a.xlsx');
    expect(summary).toMatchObject({ imported: 1, errorRows: 0, errors: [] });
    expect(summary.warnings).toEqual([
      { sheet: 'Sheet1', row: 2, column: '联系电话', message: PHONE },
      { sheet: 'Sheet1', row: 2, column: '文化程度', message: '未识别的文化程度“博士后”，该项留空，可导入后补填' },
      { sheet: 'Sheet1', row: 2, column: '入册日期', message: `入册日期“2020.2.30”不存在，请核对月份和日期；${LEFT_EMPTY}` },
    ]);
    expect(await ctx.db.selectFrom('member').select(['phone', 'education', 'joined_on']).execute()).toEqual([{ phone: '', education: null, joined_on: null }]);
  });

  it('on update the unreadable cells keep the values on file', async () => {
    const { ctx } = await openTempDatabase();
    await importMembersFromFile(ctx, await roster('13812345678', '本科', '2020-05-01'), 'first.xlsx');
    const summary = await importMembersFromFile(ctx, await roster('138****5678', '博士后', '2020.13.01'), 'again.xlsx', { onExisting: 'update' });
    expect(summary).toMatchObject({ updated: 1, errorRows: 0 });
    expect(await ctx.db.selectFrom('member').select(['phone', 'education', 'joined_on']).execute()).toEqual([
      { phone: '13812345678', education: '20', joined_on: '2020-05-01' },
    ]);
  });
});

describe('a three-row merged header', () => {
  it('names each column by its lowest known text and starts the data below the block', async () => {
    const file = await xlsxFile({
      name: '一网格',
      rows: [
        ['序号', '基本信息', null, null, '联系方式', null],
        [null, '姓名', '证件', null, '联系电话', '住址'],
        [null, null, '身份证号码', '出生年月', null, null],
        [1, '王秀英', WPS_IDS.王秀英, '1975.03', '13812345678', '幸福里3栋'],
      ],
      merges: ['A1:A3', 'B1:D1', 'E1:F1', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3'],
    });
    const [sheet] = await readSheets(file, 'a.xlsx');
    const header = findHeader(sheet!)!;
    expect([header.first, header.last]).toEqual([1, 3]);
    expect(header.columns.map((c) => [c.header, c.path ?? c.header])).toEqual([
      ['序号', '序号'], ['姓名', '基本信息/姓名'], ['身份证号码', '基本信息/证件/身份证号码'], ['出生年月', '基本信息/证件/出生年月'],
      ['联系电话', '联系方式/联系电话'], ['住址', '联系方式/住址'],
    ]);
    const { ctx } = await openTempDatabase();
    expect(await importMembersFromFile(ctx, file, 'a.xlsx')).toMatchObject({ rows: 1, imported: 1, errors: [] });
  });
});
