/** For e2e specs that visit a record of every module: a roster, and one meeting, study session, 议题 and archive item. */
import { createManualItem } from '../core/archive/items';
import { createArchiveFixtures } from '../core/archive/fixture';
import { manualItemSchema } from '../core/archive/schema';
import { newItem } from '../core/deliberation/fixture';
import { seedDemoMembers } from '../core/members/demo-seed';
import { addMembers } from '../core/members/roster-fixture';
import { withDb } from './db';

export async function seedOneRecordPerModule(dbPath: string) {
  const ids = { meeting: 0, study: 0, item: 0, archive: 0 };
  await withDb(dbPath, async (ctx) => {
    await seedDemoMembers(ctx, 120, 3);
    const filed = await createArchiveFixtures(ctx);
    ids.meeting = filed.meetingId;
    ids.study = filed.studyId;
    // Representatives of their own (the meeting fixture's roster already holds these names' ID numbers).
    const born = '1979-05-06';
    const [wang, li, zhang, liu, zhao] = (await addMembers(
      ctx,
      ['王代表', '李代表', '张代表', '刘代表', '赵代表'].map((name) => ({ name, birthDate: born, roles: ['妇女代表'] })),
    )) as [number, number, number, number, number];
    const reps = { wang, li, zhang, liu, zhao };
    ids.item = (await newItem(ctx, reps)).id;
    ids.archive = (
      await createManualItem(
        ctx,
        manualItemSchema.parse({ docKind: '上级来文', year: 2026, retention: 'D10', title: '关于做好困难妇女冬季走访慰问工作的通知', responsible: '区妇联', docNumber: '区妇字〔2026〕31号', date: '2026-11-02', pages: 3 }),
      )
    ).id;
  });
  return ids;
}
