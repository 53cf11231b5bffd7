/** 学习记录 and 学习材料 in the global search. */
import { studyApi } from '../../study/api';
import { fragmentsOf, marked } from '../marks';
import { inOrder, tableSource } from '../source';

export const studySource = tableSource('study', studyApi.get, 'study_session', async (db, ids, query) => {
  if (!ids.length) return [];
  const sessions = await db
    .selectFrom('study_session')
    .select(['id', 'title', 'date', 'form', 'content', 'place', 'host_name', 'speaker_name', 'recorder_name', 'summary', 'status'])
    .where('id', 'in', ids)
    .execute();
  const speeches = await db.selectFrom('study_speech').select(['session_id', 'speaker', 'content']).where('session_id', 'in', ids).orderBy('sort_order').execute();
  const materials = await db
    .selectFrom('study_session_material as sm')
    .innerJoin('study_material as m', 'm.id', 'sm.material_id')
    .select(['sm.session_id', 'm.title', 'm.doc_number'])
    .where('sm.session_id', 'in', ids)
    .orderBy('sm.sort_order')
    .execute();
  const attendees = await db.selectFrom('study_attendee').select(['session_id', 'name']).where('session_id', 'in', ids).orderBy('sort_order').execute();

  return inOrder(ids, sessions).map((s) => {
    const fields = [
      { label: '学习内容', text: s.content },
      { label: '地点', text: s.place },
      ...materials.filter((m) => m.session_id === s.id).map((m) => ({ label: '学习材料', text: `${m.title} ${m.doc_number}`.trim() })),
      { label: '讨论发言', text: speeches.filter((p) => p.session_id === s.id).map((p) => `${p.speaker}：${p.content}`).join(' ') },
      { label: '心得', text: s.summary },
      { label: '主持人', text: s.host_name },
      { label: '主讲人', text: s.speaker_name },
      { label: '记录人', text: s.recorder_name },
      { label: '参加人员', text: attendees.filter((a) => a.session_id === s.id).map((a) => a.name).join('、') },
    ];
    return {
      id: s.id,
      title: marked(s.title, query),
      subtitle: [s.date, s.form, s.status === '草稿' ? '草稿' : ''].filter(Boolean).join(' · '),
      fragments: fragmentsOf(fields, query),
      route: `/study/${s.id}`,
    };
  });
});

export const materialsSource = tableSource('materials', studyApi.materials, 'study_material', async (db, ids, query) => {
  if (!ids.length) return [];
  const rows = await db.selectFrom('study_material').select(['id', 'title', 'issuer', 'doc_number', 'published_on', 'kind']).where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((m) => ({
    id: m.id,
    title: marked(m.title, query),
    subtitle: [m.kind, m.issuer, m.published_on ?? ''].filter(Boolean).join(' · '),
    fragments: fragmentsOf([{ label: '文号', text: m.doc_number }, { label: '发文单位', text: m.issuer }], query),
    route: `/study/materials?material=${m.id}`,
  }));
});
