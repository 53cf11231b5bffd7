/** Everything a meeting can be found by in 全文检索: its titles and its content. */
import type { MeetingInput } from './schema';

export function meetingSearchText(m: MeetingInput): string {
  return [
    m.title,
    m.session,
    m.place,
    m.host.name,
    m.recorder.name,
    ...m.attendees.map((a) => a.name),
    ...m.topics.flatMap((t) => [t.title, t.notes, ...t.speeches.flatMap((s) => [s.speaker, s.content])]),
    ...m.resolutions,
    ...m.actions.flatMap((a) => [a.content, a.owner]),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
