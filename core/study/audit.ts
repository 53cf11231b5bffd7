/** How a study session reads in the audit log and in 全文检索. */
import type { Kysely } from 'kysely';
import { selectSession } from '../../db/study/queries';
import type { Database } from '../../db/schema';
import { sessionDetails } from './read';
import type { SessionInput } from './schema';

export async function sessionSnapshot(db: Kysely<Database>, id: number): Promise<Record<string, unknown> | null> {
  const row = await selectSession(db, id, { includeDeleted: true });
  if (!row) return null;
  const [s] = await sessionDetails({ db }, [row]);
  if (!s) return null;
  return {
    日期: s.date,
    开始时间: s.startTime,
    结束时间: s.endTime,
    学习形式: s.form,
    学习主题: s.title,
    学习内容: s.content,
    主持人: s.host.name,
    主讲人: s.speaker.name,
    地点: s.place,
    记录人: s.recorder.name,
    学时: s.hours,
    学习材料: s.materials.map((m) => (m.docNumber ? `${m.title}（${m.docNumber}）` : m.title)).join('、'),
    参加人员: s.attendees.map((a) => `${a.name}（${a.attendance}${a.reason ? `：${a.reason}` : ''}${a.hours !== null ? `，${a.hours}学时` : ''}）`).join('、'),
    讨论发言: s.speeches.map((sp) => `${sp.speaker}：${sp.content}`).join('\n'),
    心得小结: s.summary,
    学习计划: s.plan ? `${s.plan.year}年${s.plan.month}月 ${s.plan.topic}` : '',
    状态: s.status,
  };
}

/** Everything a session can be found by: its topic, content, people and what was said. */
export function sessionSearchText(s: SessionInput, materialTexts: string[]): string {
  return [s.title, s.form, s.content, s.place, s.host.name, s.speaker.name, s.recorder.name, s.summary, ...materialTexts, ...s.attendees.map((a) => a.name), ...s.speeches.flatMap((sp) => [sp.speaker, sp.content])]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
