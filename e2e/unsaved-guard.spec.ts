/** Issue 15 item 7: leaving an editor with unsaved changes asks first (menu, browser back, window close). */
import { createFixtureMeeting } from '../core/meetings/fixture';
import { withDb } from './db';
import { expect, test } from './fixtures';

const QUESTION = '有未保存的修改，确定离开吗？';

test('会议记录里改了没保存：点菜单先问，留下保留文字，离开就走；保存后不再问', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => void ({ id } = await createFixtureMeeting(ctx)));
  await app.open(`/meetings/${id}`);
  const place = page.getByLabel('地点');
  await expect(place).toHaveValue('社区党群服务中心二楼会议室');

  // Opening a saved record and looking at it asks nothing.
  await page.getByRole('menuitem', { name: '行动事项' }).click();
  await expect(page).toHaveURL(/#\/meetings\/actions$/);
  await page.goBack();
  await expect(place).toHaveValue('社区党群服务中心二楼会议室');

  await place.fill('社区文化家园三楼');
  await page.getByRole('menuitem', { name: '行动事项' }).click();
  const ask = page.getByRole('dialog').filter({ hasText: QUESTION });
  await expect(ask).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('unsaved-guard.png') });
  await ask.getByRole('button', { name: /^留\s?下$/ }).click();
  await expect(ask).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/meetings/${id}$`));
  await expect(place).toHaveValue('社区文化家园三楼');

  // The browser's back/forward buttons ask too (行动事项 is the entry after this one).
  await page.goForward();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: /^留\s?下$/ }).click();
  await expect(place).toHaveValue('社区文化家园三楼');

  // Closing (or reloading) the window: the page sets beforeunload (Electron's main turns it into a Chinese dialog).
  const dialogs: string[] = [];
  page.once('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    (window as unknown as { prevented: boolean }).prevented = event.defaultPrevented;
  });
  expect(await page.evaluate(() => (window as unknown as { prevented: boolean }).prevented)).toBe(true);

  await page.getByRole('menuitem', { name: '行动事项' }).click();
  await ask.getByRole('button', { name: /^离\s?开$/ }).click();
  await expect(page).toHaveURL(/#\/meetings\/actions$/);
  // The editor has gone (the 行动事项 page is up) before the record is opened again.
  await expect(page.getByRole('heading', { name: '行动事项', level: 3 })).toBeVisible();
  await expect(place).toHaveCount(0);
  await app.open(`/meetings/${id}`);
  await expect(place).toHaveValue('社区党群服务中心二楼会议室');

  // After 保存 nothing is unsaved: no question.
  await place.fill('社区文化家园三楼');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByRole('menuitem', { name: '行动事项' }).click();
  await expect(page).toHaveURL(/#\/meetings\/actions$/);
  await expect(ask).toHaveCount(0);
  expect(await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  })).toBe(false);
  expect(dialogs).toEqual([]);
});
