/** 学习记录 and 学习材料 as owners of attachments (core/attachments/owners.ts). */
import { selectSession } from '../../db/study/queries';
import type { AttachmentOwnerType } from '../attachments/owners';
import { DRAFT } from '../records/lock';
import { sessionLabel, STUDY_RECORD } from './read';

export const studyAttachments: AttachmentOwnerType = {
  type: STUDY_RECORD,
  title: '学习记录',
  async load(db, id) {
    const s = await selectSession(db, id);
    return s ? { name: s.title, label: sessionLabel(s), status: s.status } : null;
  },
};

/** A material in the library is never 定稿: its file (the document itself) may be added or replaced any time. */
export const studyMaterialAttachments: AttachmentOwnerType = {
  type: 'study_material',
  title: '学习材料',
  async load(db, id) {
    const m = await db.selectFrom('study_material').select('title').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    return m ? { name: m.title, label: `学习材料《${m.title}》`, status: DRAFT } : null;
  },
};
