/**
 * Issue 10 item 8 in print: the largest meeting the schemas allow (every list
 * at its bound, 60,000 characters) and a roster holding the largest member
 * still print to A4 PDF, read back whole. Timings are logged; the bench owns
 * the figures (npm run bench -- --only largest).
 */
import { apiTable } from '../core/api';
import { largestMeeting, largestMember } from '../core/api/largest-record';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { openDatabase } from '../db/open';
import { expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

async function seed(dbPath: string) {
  const opened = await openDatabase(dbPath);
  try {
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date() };
    const call = async <T>(method: string, input?: unknown) => {
      const answer = await dispatch(apiTable, ctx, method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.value as T;
    };
    await call('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    const zone = await call<{ id: number }>('members.saveZone', { name: '一片区' });
    const member = largestMember(zone.id);
    await call('members.create', member);
    const typeId = (await call<{ id: number }[]>('meetings.listTypes'))[0]!.id;
    const meeting = largestMeeting(typeId);
    const { id } = await call<{ id: number }>('meetings.create', meeting);
    return { id, meeting, member };
  } finally {
    await opened.close();
  }
}

test('最大允许的会议记录和成员照样打印成 A4 PDF，内容完整', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { id, meeting, member } = await seed(app.harness.dbPath);
  await app.open('/meetings');

  let started = Date.now();
  const pdf = await printToPdf(page, `/print/meeting?id=${id}`, test.info().outputPath('largest-meeting.pdf'));
  const meetingMs = Date.now() - started;
  const flat = pdf.text.replace(/\s+/g, '');
  // The last of every list, by its last characters (a long text may run across a page footer).
  for (const last of [meeting.title, meeting.attendees.at(-1)!.name, meeting.topics.at(-1)!.title, meeting.topics.at(-1)!.notes, meeting.resolutions.at(-1)!, meeting.actions.at(-1)!.content]) {
    expect(flat.includes(last.slice(-20)), last.slice(-20)).toBe(true);
  }
  expect(flat).toContain(`—${pdf.pages}—`);
  pdfToPng(pdf.path, test.info().outputPath('largest-meeting-page'));

  started = Date.now();
  const roster = await printToPdf(page, '/print/members-roster?status=全部', test.info().outputPath('largest-roster.pdf'));
  const rosterMs = Date.now() - started;
  // One row on one page. The printed roster never wraps a cell (members-roster.css), so a 30-character
  // name shows its beginning only: reported to the lead, not hidden here.
  expect(roster.pages).toBe(1);
  expect(roster.text.replace(/\s+/g, '')).toContain(member.name.slice(0, 4));
  expect(roster.text).toContain('0571-****4321');
  pdfToPng(roster.path, test.info().outputPath('largest-roster-page'));
  console.log(`largest meeting: ${pdf.pages} pages in ${meetingMs} ms; roster with the largest member: ${roster.pages} page(s) in ${rosterMs} ms`);
});
