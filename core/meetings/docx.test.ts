import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openTempDatabase, tempDir } from '../../db/test-helpers';
import { addMeetingCorrection, finalizeMeeting } from './service';
import { meetingDocx } from './docx';
import { createFixtureMeeting, FIXTURE_RECORD_TEXTS } from './fixture';

it('the Word export, opened by LibreOffice, holds the header fields, a speaker, a 决议, 散会 and the 更正 appendix', async () => {
  const { ctx } = await openTempDatabase();
  const { id } = await createFixtureMeeting(ctx);
  await finalizeMeeting(ctx, id);
  await addMeetingCorrection(ctx, id, { what: '出席人员漏记赵敏', why: '核对签到表发现', by: '张丽' });

  const { fileName, base64 } = await meetingDocx(ctx, id);
  expect(fileName).toBe('2026-11-20 第四季度执委会议记录.docx');
  const dir = tempDir();
  const docx = join(dir, 'meeting.docx');
  writeFileSync(docx, Buffer.from(base64, 'base64'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, docx], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  const text = readFileSync(join(dir, 'meeting.txt'), 'utf8');

  for (const expected of [
    ...FIXTURE_RECORD_TEXTS,
    '王秀英',
    '列席',
    '议题1：传达区妇联第四季度工作会议精神',
    '联系爱心企业筹集物资（责任人：张丽；完成时限：2026-11-25；状态：进行中）',
    '散会',
    '张丽 更正：出席人员漏记赵敏（原因：核对签到表发现）',
  ]) {
    expect(text).toContain(expected);
  }
}, 150_000);
