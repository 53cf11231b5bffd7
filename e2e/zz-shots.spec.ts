/** Not committed: before/after screenshots for issue 11 (SHOT_TAG=before|after). */
import { createFixtureMeeting } from '../core/meetings/fixture';
import { finalizeMeeting } from '../core/meetings/service';
import { withDb } from './db';
import { expect, test } from './fixtures';

const tag = process.env.SHOT_TAG ?? 'after';
const shot = (name: string) => `/work/wt/_shots/${name}-${tag}.png`;

test('11-1', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
    await finalizeMeeting(ctx, id);
  });
  await app.open(`/meetings/${id}`);
  await expect(page.getByLabel('会议名称')).toHaveValue('第四季度执委会议');
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot('11-1') });
  await page.mouse.wheel(0, 700);
  await page.waitForTimeout(300);
  await page.screenshot({ path: shot('11-1b') });
});
