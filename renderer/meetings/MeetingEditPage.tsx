/**
 * One meeting record: new (#/meetings/new?type=<id>, filled from the type's template)
 * or existing (#/meetings/<id>). 保存 keeps a draft; 定稿 locks it. A locked record is
 * shown read-only (renderer/records/read-only.tsx): no 保存, fields disabled; only the
 * 行动事项 status and 更正 entries still change (the API refuses any other edit: LOCKED).
 */
import { App, Alert, Button, Checkbox, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { MeetingDetail } from '../../core/meetings/read';
import type { MeetingType } from '../../core/meetings/templates';
import { api } from '../api';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { AttendanceCard } from '../attendance/AttendanceCard';
import { Permitted, useAccess } from '../operators/access';
import { saveFile } from '../files';
import { printRoute } from '../print/registry';
import { CorrectionsCard } from '../records/CorrectionsCard';
import { RecordReadOnly, StillActive } from '../records/read-only';
import { RecordEditHeader, RecordLockedAlert } from '../records/RecordEditHeader';
import { errorText } from '../records/run';
import { useRecordActions } from '../records/useRecordActions';
import { SESSION_TYPE_NAME } from '../../core/deliberation/codes';
import { SessionItemsCard } from '../deliberation/SessionItemsCard';
import { ActionItemsCard } from './ActionItemsCard';
import { BasicsCard } from './BasicsCard';
import { draftFromDetail, speakersOf, type Draft } from './draft';
import { ResolutionsCard, TopicsCard } from './TopicsCard';
import { usePrintShortcut } from '../keyboard/print-shortcut';

type CarryOver = Awaited<ReturnType<typeof api.meetings.template>>['carryOver'];

export function MeetingEditPage() {
  const { id: idParam } = useParams();
  const [search] = useSearchParams();
  const id = idParam && idParam !== 'new' ? Number(idParam) : undefined;
  const navigate = useNavigate();
  /** The 打印预览 button and Ctrl+P. */
  const openPrint = id ? () => navigate(printRoute('meeting', { id: String(id) })) : null;
  usePrintShortcut(openPrint);
  const { message } = App.useApp();
  const [types, setTypes] = useState<MeetingType[]>([]);
  const [draft, setDraft] = useState<Draft>();
  const [saved, setSaved] = useState<MeetingDetail>();
  const [carryOver, setCarryOver] = useState<CarryOver>(null);
  const { may, why } = useAccess();
  const today = dayjs().format('YYYY-MM-DD');
  const { run, busy, error, setError, save, finalize, remove, markSaved } = useRecordActions({
    id,
    draft,
    setSaved,
    locked: saved?.status === '已定稿',
    calls: {
      get: (id) => api.meetings.get({ id }),
      create: (meeting) => api.meetings.create(meeting),
      update: (id, meeting) => api.meetings.update({ id, meeting }),
      finalize: (id) => api.meetings.finalize({ id }),
      remove: (id) => api.meetings.remove({ id }),
    },
    listRoute: '/meetings',
    finalizeContent: '定稿后会议记录将被锁定，不能再修改或删除；如有错误只能添加“更正”记录。行动事项的完成状态仍可更新。',
  });

  useEffect(() => {
    let current = true;
    loadPage(id, search, today).then(
      (page) => {
        if (!current) return;
        setTypes(page.types);
        setSaved(page.saved);
        setCarryOver(page.carryOver);
        setDraft(page.draft);
        markSaved(page.draft);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [id, search, today, setError, markSaved]);

  if (!draft) return error ? <Alert type="error" showIcon message={error} /> : <Spin tip="正在打开会议记录……" fullscreen />;

  const locked = saved?.status === '已定稿';
  // A 只读 operator sees a draft as read-only too: the same mode, another reason.
  const writeMethod = id ? 'meetings.update' : 'meetings.create';
  const readOnly = locked || !may(writeMethod);
  const patch = (p: Partial<Draft>) => setDraft({ ...draft, ...p });
  const people = draft.attendees.map((a) => ({ memberId: a.memberId ?? null, name: a.name }));

  const exportWord = () =>
    run(async () => {
      const file = await api.meetings.exportDocx({ id: id! });
      const result = await saveFile(file.fileName, file.base64);
      if (result.saved) message.success(`已导出：${file.fileName}`);
    });

  return (
    <RecordReadOnly readOnly={readOnly}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <RecordEditHeader title={id ? '会议记录' : '新建会议记录'} status={saved?.status} isNew={!id} busy={busy} listRoute="/meetings" onSave={save} onFinalize={finalize} onRemove={remove} archiveAs={id ? { type: 'meeting', id } : undefined}>
          <Button size="large" onClick={() => openPrint?.()} disabled={!openPrint}>打印预览</Button>
          <Button size="large" onClick={() => navigate(printRoute('meeting-signin', { id: String(id) }))}>签到表</Button>
          <Permitted method="meetings.exportDocx">
            <Button size="large" onClick={exportWord} disabled={busy}>
              导出Word
            </Button>
          </Permitted>
        </RecordEditHeader>
        {locked && <RecordLockedAlert finalizedAt={saved.finalizedAt} description="定稿内容不能再修改或删除；发现错误请在页面下方添加“更正”记录。行动事项的状态仍可随时更新。" />}
        {!locked && readOnly && <Alert type="info" showIcon data-testid="record-read-only" message={`${why(writeMethod)}：本记录只能查看和打印。`} />}
        {error && <Alert type="error" showIcon message={error} data-testid="meeting-error" closable onClose={() => setError(undefined)} />}
        {carryOver && carryOver.actions.length > 0 && <CarryOverBox carryOver={carryOver} draft={draft} onChange={patch} />}
        <BasicsCard draft={draft} types={types} people={people} onChange={patch} />
        <AttendanceCard
          who="参会人员"
          attendees={draft.attendees}
          onChange={(attendees) => patch({ attendees })}
          searchMembers={(query) => api.meetings.memberOptions({ query })}
        />
        <TopicsCard topics={draft.topics} speakers={speakersOf(draft)} onChange={(topics) => patch({ topics })} />
        {id && saved?.typeName === SESSION_TYPE_NAME && <SessionItemsCard meetingId={id} />}
        <ResolutionsCard resolutions={draft.resolutions} onChange={(resolutions) => patch({ resolutions })} />
        <ActionItemsCard actions={draft.actions} people={people.map((p) => p.name)} locked={locked} today={today} onChange={(actions) => patch({ actions })} />
        <AttachmentsCard owner={id ? { type: 'meeting', id } : undefined} readOnly={readOnly} />
        {locked && id && (
          <StillActive when={may('meetings.addCorrection')}>
            <CorrectionsCard corrections={saved.corrections} add={(c) => api.meetings.addCorrection({ id, ...c })} onAdded={() => void api.meetings.get({ id }).then(setSaved)} />
          </StillActive>
        )}
      </Space>
    </RecordReadOnly>
  );
}

/** An existing meeting as saved, or a new one filled from its type's template. */
async function loadPage(id: number | undefined, search: URLSearchParams, today: string) {
  const types = await api.meetings.listTypes();
  if (id) {
    const saved = await api.meetings.get({ id });
    return { types, saved, draft: draftFromDetail(saved), carryOver: null };
  }
  const typeId = Number(search.get('type'));
  const date = search.get('date') ?? today;
  const t = await api.meetings.template({ typeId, date });
  const draft: Draft = {
    typeId,
    title: `${dayjs(date).format('YYYY年M月')}${t.type.name}`,
    session: '',
    date,
    startTime: '',
    endTime: '',
    place: '',
    host: { memberId: null, name: '' },
    recorder: { memberId: null, name: '' },
    attendees: t.attendees.map((a) => ({ memberId: a.memberId, name: a.name, attendance: '出席' as const, reason: '' })),
    topics: t.topics.map((title) => ({ title, notes: '', speeches: [] })),
    resolutions: [],
    actions: [],
  };
  return { types, saved: undefined, draft, carryOver: t.carryOver };
}

/** The previous meeting's open action items, offered to carry into this one. */
function CarryOverBox({ carryOver, draft, onChange }: { carryOver: NonNullable<CarryOver>; draft: Draft; onChange(p: Partial<Draft>): void }) {
  const carried = new Set(draft.actions.map((a) => a.carriedFromId).filter(Boolean));
  const toggle = (a: NonNullable<CarryOver>['actions'][number], on: boolean) =>
    onChange({
      actions: on
        ? [...draft.actions, { content: a.content, owner: a.owner, dueDate: a.dueDate, status: a.status, carriedFromId: a.id }]
        : draft.actions.filter((x) => x.carriedFromId !== a.id),
    });
  return (
    <Alert
      type="warning"
      showIcon
      message={`上次${carryOver.date}“${carryOver.title}”有 ${carryOver.actions.length} 项行动事项尚未完成，勾选的将转入本次会议：`}
      description={
        <Space direction="vertical">
          {carryOver.actions.map((a) => (
            <Checkbox key={a.id} checked={carried.has(a.id)} onChange={(e) => toggle(a, e.target.checked)}>
              {a.content}（责任人：{a.owner || '未定'}，时限：{a.dueDate ?? '未定'}，{a.status}）
            </Checkbox>
          ))}
        </Space>
      }
    />
  );
}

