/**
 * One study session: new (#/study/new, or #/study/new?plan=<id> filled from a plan item)
 * or existing (#/study/<id>). 保存 keeps a draft; 定稿 locks it (renderer/records/read-only.tsx);
 * after 定稿 only 补学 and 更正 are added (the API refuses any other edit: LOCKED).
 */
import { Alert, Button, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { SessionDetail } from '../../core/study/read';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { AttendanceCard } from '../attendance/AttendanceCard';
import { printRoute } from '../print/registry';
import { CorrectionsCard } from '../records/CorrectionsCard';
import { RecordReadOnly, StillActive } from '../records/read-only';
import { RecordEditHeader, RecordLockedAlert } from '../records/RecordEditHeader';
import { errorText } from '../records/run';
import { useRecordActions } from '../records/useRecordActions';
import { draftFromDetail, emptyDraft, type StudyDraft } from './draft';
import { MakeupCard } from './MakeupCard';
import { SessionBasicsCard } from './SessionBasicsCard';
import { MaterialsCard, PersonalHoursCard, SpeechesCard } from './SessionParts';
import { usePrintShortcut } from '../keyboard/print-shortcut';

type Rules = Awaited<ReturnType<typeof api.study.hoursRules>>;
type Plan = Awaited<ReturnType<typeof api.study.planItems>>;

async function draftFromPlan(planId: number): Promise<StudyDraft> {
  const draft = emptyDraft();
  for (const year of [dayjs().year(), dayjs().year() + 1, dayjs().year() - 1]) {
    const item = (await api.study.planItems({ year })).find((p) => p.id === planId);
    if (!item) continue;
    const inMonth = dayjs().year() === item.year && dayjs().month() + 1 === item.month;
    const date = inMonth ? dayjs().format('YYYY-MM-DD') : `${item.year}-${String(item.month).padStart(2, '0')}-15`;
    return { ...draft, date, title: item.topic, form: item.form as StudyDraft['form'], speaker: { memberId: null, name: item.speaker }, planItemId: item.id };
  }
  return draft;
}

export function SessionEditPage() {
  const { id: idParam } = useParams();
  const [search] = useSearchParams();
  const id = idParam && idParam !== 'new' ? Number(idParam) : undefined;
  const navigate = useNavigate();
  /** The 打印预览 button and Ctrl+P. */
  const openPrint = id ? () => navigate(printRoute('study-session', { id: String(id) })) : null;
  usePrintShortcut(openPrint);
  const { may } = useAccess();
  const mayWrite = may('study.update');
  const [draft, setDraft] = useState<StudyDraft>();
  const [saved, setSaved] = useState<SessionDetail>();
  const [rules, setRules] = useState<Rules>([]);
  const [plan, setPlan] = useState<Plan>([]);
  const { busy, error, setError, save, finalize, remove, markSaved } = useRecordActions({
    id,
    draft,
    setSaved,
    locked: saved?.status === '已定稿',
    calls: {
      get: (id) => api.study.get({ id }),
      create: (session) => api.study.create(session),
      update: (id, session) => api.study.update({ id, session }),
      finalize: (id) => api.study.finalize({ id }),
      remove: (id) => api.study.remove({ id }),
    },
    listRoute: '/study',
    finalizeContent: '定稿后学习记录将被锁定，不能再修改或删除；如有错误只能添加“更正”记录。缺席、请假人员的补学仍可登记。',
  });
  const year = draft ? Number(draft.date.slice(0, 4)) : undefined;

  useEffect(() => {
    let current = true;
    const planId = Number(search.get('plan'));
    const load = async () => {
      setRules(await api.study.hoursRules());
      if (id) {
        const s = await api.study.get({ id });
        return { saved: s, draft: draftFromDetail(s) };
      }
      return { saved: undefined, draft: planId ? await draftFromPlan(planId) : emptyDraft() };
    };
    load().then(
      (page) => {
        if (!current) return;
        setSaved(page.saved);
        setDraft(page.draft);
        markSaved(page.draft);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [id, search, setError, markSaved]);
  useEffect(() => {
    if (year) void api.study.planItems({ year }).then(setPlan);
  }, [year]);

  if (!draft) return error ? <Alert type="error" showIcon message={error} /> : <Spin tip="正在打开学习记录……" fullscreen />;

  const locked = saved?.status === '已定稿';
  const patch = (p: Partial<StudyDraft>) => setDraft({ ...draft, ...p });
  const people = [...draft.attendees.map((a) => ({ memberId: a.memberId, name: a.name }))];
  const reload = () => void api.study.get({ id: id! }).then(setSaved);


  return (
    <RecordReadOnly readOnly={locked || !mayWrite}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <RecordEditHeader title={id ? '学习记录' : '新建学习记录'} status={saved?.status} isNew={!id} busy={busy} listRoute="/study" onSave={save} onFinalize={finalize} onRemove={remove} archiveAs={id ? { type: 'study', id } : undefined}>
          <Button size="large" onClick={() => openPrint?.()} disabled={!openPrint}>打印预览</Button>
          <Button size="large" onClick={() => navigate(printRoute('study-signin', { id: String(id) }))}>签到表</Button>
        </RecordEditHeader>
        {locked && <RecordLockedAlert finalizedAt={saved.finalizedAt} description="定稿内容不能再修改或删除；发现错误请在页面下方添加“更正”记录。缺席、请假人员的补学仍可登记。" />}
        {error && <Alert type="error" showIcon message={error} data-testid="study-error" closable onClose={() => setError(undefined)} />}
        <SessionBasicsCard draft={draft} rules={rules} plan={plan} people={people} onChange={patch} />
        <MaterialsCard draft={draft} onChange={patch} />
        <AttendanceCard
          who="参加人员"
          attendees={draft.attendees}
          onChange={(attendees) => patch({ attendees: attendees.map((a) => ({ ...a, hours: draft.attendees.find((d) => d.name === a.name)?.hours ?? null })) })}
          searchMembers={(query) => api.meetings.memberOptions({ query })}
        />
        <PersonalHoursCard draft={draft} onChange={patch} />
        <SpeechesCard draft={draft} onChange={patch} />
        <AttachmentsCard owner={id ? { type: 'study', id } : undefined} />
        {locked && saved && (
          <StillActive>
            <MakeupCard session={saved} mayWrite={may('study.addMakeup')} onChanged={reload} />
          </StillActive>
        )}
        {locked && id && saved && (
          <StillActive when={may('study.addCorrection')}>
            <CorrectionsCard corrections={saved.corrections} add={(c) => api.study.addCorrection({ id, ...c })} onAdded={reload} />
          </StillActive>
        )}
      </Space>
    </RecordReadOnly>
  );
}
