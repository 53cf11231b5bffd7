/**
 * The 会议记录 of a 妇女议事会 lists the 议题 it deliberated with their vote and 决议,
 * read from the deliberation module (the meeting keeps no copy of a vote).
 */
import { SESSION_TYPE_NAME } from '../../../core/deliberation/codes';
import { api } from '../../api';
import { voteLine } from './deliberation-parts';

export type SessionItems = Awaited<ReturnType<typeof api.deliberation.sessionItems>>;

export async function loadSessionItems(m: { id: number; typeName: string }): Promise<SessionItems | null> {
  if (m.typeName !== SESSION_TYPE_NAME) return null;
  return api.deliberation.sessionItems({ meetingId: m.id });
}

export function SessionItemsSection({ session }: { session: SessionItems }) {
  if (!session.items.length) return null;
  return (
    <section data-testid="meeting-delib-items">
      <h2>审议议题及表决情况</h2>
      {session.items.map((i, n) => (
        <div key={i.id} className="print-keep-together">
          <p>
            {n + 1}. {i.code}“{i.title}”（{i.category}）
          </p>
          <p>{i.vote ? `表决：${voteLine(i.vote)}` : '尚未表决。'}</p>
          {i.vote && <p>决议：{i.vote.resolution}</p>}
        </div>
      ))}
    </section>
  );
}
