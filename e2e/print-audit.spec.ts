import { expect, test } from './fixtures';

const ZHANG = { name: '张海丽', idNumber: '11010519491231002X', phone: '13812345678', roles: [], tags: [] };

/** window.print is stubbed: Chromium's dialog would block the test; the count shows it was called. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
});

const printedCount = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

test('打印与导出PDF都记入操作日志：分开记为“打印”和“导出”，内容是中文说明而不是参数', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  await page.evaluate((m) => window.api!.members.create(m), ZHANG);
  const selection = JSON.stringify({ query: '', filters: { status: '在册' }, sort: { field: 'name', order: 'asc' } });
  await page.goto(`${app.harness.url}#/print/members-roster?selection=${encodeURIComponent(selection)}`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect.poll(() => printedCount(page)).toBe(1);
  await page.getByRole('button', { name: '导出PDF' }).click();
  await expect.poll(() => printedCount(page)).toBe(2);

  await app.open('/settings/audit');
  const prints = page.locator('.ant-table').getByRole('row').filter({ hasText: '花名册：妇女花名册' });
  await expect(prints).toHaveCount(2);
  const printed = prints.filter({ hasText: '打印花名册：在册，按姓名排序，1 人' });
  const saved = prints.filter({ hasText: '导出花名册为PDF：在册，按姓名排序，1 人' });
  await expect(printed).toHaveCount(1);
  await expect(saved).toHaveCount(1);
  await expect(printed.getByRole('cell', { name: '打印', exact: true })).toHaveCount(1);
  await expect(saved.getByRole('cell', { name: '导出', exact: true })).toHaveCount(1);
  await expect(printed).toContainText('管理员');
  await expect(prints.filter({ hasText: /selection|query|=|\{/ })).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: test.info().outputPath('audit-print-rows.png') });
});

test('记录打印失败时仍然打印，并提示未记入操作日志', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  await page.route(
    (url) => url.pathname === '/__harness/api',
    async (route) => {
      const body = route.request().postDataJSON() as { method?: string } | null;
      if (body?.method !== 'audit.recordPrint') return route.fallback();
      await route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: '数据文件暂时无法写入' } } });
    },
  );
  await page.goto(`${app.harness.url}#/print/members-roster`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(page.getByText('本次打印未能记入操作日志（数据文件暂时无法写入），打印照常进行。')).toBeVisible();
  await expect.poll(() => printedCount(page)).toBe(1);
  await page.screenshot({ path: test.info().outputPath('print-log-warning.png') });
});
