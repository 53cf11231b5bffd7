/** 会议记录 as an owner of attachments (core/attachments/owners.ts). */
import { selectMeeting } from '../../db/meetings/queries';
import type { AttachmentOwnerType } from '../attachments/owners';
import { MEETING_RECORD, meetingLabel } from './service';

export const meetingAttachments: AttachmentOwnerType = {
  type: MEETING_RECORD,
  title: '会议记录',
  async load(db, id) {
    const m = await selectMeeting(db, id);
    return m ? { name: m.title, label: meetingLabel(m), status: m.status } : null;
  },
};
