/** Issue 16 in the browser: a branch exports its 上报包; the 街道 page of another data file imports it and shows N of M. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { startHarness } from '../harness/server';
import { demoMembers } from '../core/members/demo';
import { seedBranch } from '../core/reporting/testing';
import { expect, skipWizard, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

test('生成上报包 → 街道汇总导入：已报 1 / 应报 2，汇总表可打印', async ({ app, browser }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const today = new Date().toISOString().slice(0, 10);
  const branchDb = await openDatabase(app.harness.dbPath);
  try {
    await seedBranch({ db: branchDb.db, dbPath: branchDb.path, now: () => new Date() }, '幸福里社区妇联', '', '', demoMembers(300, 9, today));
  } finally {
    await branchDb.close();
  }
  // 基本信息 → 上报设置: the code and the key the 街道 handed out.
  await app.open('/settings/basic');
  await page.getByLabel('社区编码（由街道妇联分配）').fill('C01');
  await page.getByLabel(/街道密钥/).fill('jiedao-shared-key-2026-abcdef');
  await page.getByRole('button', { name: '保存上报设置' }).click();
  await expect(page.getByText('上报设置已保存')).toBeVisible();
  await expect(page.getByLabel(/街道密钥（用于跨社区查重；已设置/)).toHaveValue('');
  await app.open('/members/stats');
  await expect(page.getByTestId('stats-total')).toContainText('人');
  await page.getByRole('button', { name: '生成上报包' }).click();
  await page.getByLabel('填表人').fill('王秀英');
  await page.getByLabel('审核人').fill('李桂兰');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并保存' }).click();
  const file = await download;
  const packagePath = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(packagePath);
  expect(file.suggestedFilename()).toMatch(/^幸福里社区妇联-\d{4}-\d{2}-\d{2}\.fulian-report$/);
  const asOf = /(\d{4}-\d{2}-\d{2})\.fulian-report$/.exec(file.suggestedFilename())![1]!;
  const fingerprint = (await page.getByTestId('package-fingerprint').innerText()).trim();
  expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  const saved = JSON.parse(readFileSync(packagePath, 'utf8')) as { body: { branch: { code: string }; idHashes: string[] } };
  expect([saved.body.branch.code, saved.body.idHashes.length]).toEqual(['C01', 300]);
  await page.screenshot({ path: test.info().outputPath('package-done.png') });

  // The 街道: another data file, with no roster at all.
  const dir = mkdtempSync(join(tmpdir(), 'fulian-district-'));
  await skipWizard(join(dir, 'district.sqlite'));
  const district = await startHarness({ dbPath: join(dir, 'district.sqlite'), rendererDir: process.env.FULIAN_RENDERER_DIR });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const street = await context.newPage();
    await street.goto(`${district.url}#/district`);
    const [y, m, d] = asOf.split('-').map(Number);
    const picker = street.getByLabel('本轮统计截止日期：');
    await picker.click();
    await picker.fill(`${y}年${m}月${d}日`);
    await picker.press('Enter');
    for (const [code, name, fp] of [
      ['C01', '幸福里社区', fingerprint.toLowerCase()],
      ['C02', '和平社区', '0000-1111-2222-3333'],
    ]) {
      await street.getByLabel('社区编码').fill(code!);
      await street.getByLabel('社区名称').fill(name!);
      await street.getByLabel('密钥指纹').fill(fp!);
      await street.getByRole('button', { name: '登记社区' }).click();
      await expect(street.getByRole('row', { name: new RegExp(`${code} ${name}`) })).toBeVisible();
    }
    await expect(street.getByTestId('district-progress')).toHaveText('已报 0 / 应报 2 个社区');
    await street.locator('.ant-upload-drag input[type=file]').setInputFiles(packagePath);
    await expect(street.getByTestId('district-import-results')).toContainText('幸福里社区：已导入');
    await expect(street.getByTestId('district-progress')).toHaveText('已报 1 / 应报 2 个社区');
    await expect(street.getByRole('row', { name: /C02 和平社区 .* 未报/ })).toBeVisible();
    // The same file again is refused, naming it.
    await street.locator('.ant-upload-drag input[type=file]').setInputFiles(packagePath);
    await expect(street.getByTestId('district-import-results')).toContainText(`“${file.suggestedFilename()}”未导入：同一个上报包已于`);
    await expect(street.getByTestId('district-summary').getByRole('row', { name: /^合计 300/ })).toBeVisible();
    await street.screenshot({ path: test.info().outputPath('district-page.png'), fullPage: true });

    const merged = await printToPdf(street, '/print/district-merged', test.info().outputPath('district-merged.pdf'));
    const text = merged.text.replace(/[ \t]+/g, ' ');
    expect(text).toContain('妇女基本情况统计表（街道汇总）');
    expect(text).toContain('已报 1 / 应报 2 个社区');
    expect(text).toContain('未报社区：和平社区（C02）');
    expect(text).toMatch(/合计 300 300 100\.0/);
    pdfToPng(merged.path, test.info().outputPath('district-merged'));
    const summary = await printToPdf(street, '/print/district-summary', test.info().outputPath('district-summary.pdf'));
    expect(summary.text.replace(/[ \t]+/g, ' ')).toMatch(/C01 幸福里社区 300/);
    pdfToPng(summary.path, test.info().outputPath('district-summary'));
  } finally {
    await context.close();
    await district.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
