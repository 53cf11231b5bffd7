/**
 * One study session: new (#/study/new, or #/study/new?plan=<id> filled from a plan item)
 * or existing (#/study/<id>). 保存 keeps a draft; 定稿 locks it (renderer/records/read-only.tsx);
 * after 定稿 only 补学 and 更正 are added (the API refuses any other edit: LOCKED).
 */
import { Alert, App, Button, Space, Spin, Tag, Typography } from 'antd';
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
import { EditOnly, RecordReadOnly, StillActive } from '../records/read-only';
import { draftFromDetail, emptyDraft, type StudyDraft } from './draft';
import { MakeupCard } from './MakeupCard';
import { SessionBasicsCard } from './SessionBasicsCard';
import { MaterialsCard, PersonalHoursCard, SpeechesCard } from './SessionParts';

type Rules = Awaited<ReturnType<typeof api.study.hoursRules>>;
type Plan = Awaited<ReturnType<typeof api.study.planItems>>;

const errorText = (err: unknown) => (err instanceof Error ? err.message : '操作失败');

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
  const { message, modal } = App.useApp();
  const { may } = useAccess();
  const mayWrite = may('study.update');
  const [draft, setDraft] = useState<StudyDraft>();
  const [saved, setSaved] = useState<SessionDetail>();
  const [rules, setRules] = useState<Rules>([]);
  const [plan, setPlan] = useState<Plan>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
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
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [id, search]);
  useEffect(() => {
    if (year) void api.study.planItems({ year }).then(setPlan);
  }, [year]);

  if (!draft) return error ? <Alert type="error" showIcon message={error} /> : <Spin tip="正在打开学习记录……" fullscreen />;

  const locked = saved?.status === '已定稿';
  const patch = (p: Partial<StudyDraft>) => setDraft({ ...draft, ...p });
  const people = [...draft.attendees.map((a) => ({ memberId: a.memberId, name: a.name }))];
  const reload = () => void api.study.get({ id: id! }).then(setSaved);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(errorText(err));
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      if (id) {
        await api.study.update({ id, session: draft });
        setSaved(await api.study.get({ id }));
      } else {
        const created = await api.study.create(draft);
        navigate(`/study/${created.id}`, { replace: true });
      }
      message.success('已保存');
    });
  const finalize = () =>
    modal.confirm({
      title: '确认定稿？',
      content: '定稿后学习记录将被锁定，不能再修改或删除；如有错误只能添加“更正”记录。缺席、请假人员的补学仍可登记。',
      okText: '确认定稿',
      cancelText: '再检查一下',
      onOk: () =>
        run(async () => {
          await api.study.update({ id: id!, session: draft });
          await api.study.finalize({ id: id! });
          setSaved(await api.study.get({ id: id! }));
          message.success('已定稿');
        }),
    });
  const remove = () =>
    modal.confirm({
      title: `删除“${draft.title}”？`,
      content: '删除后可在回收站中恢复（设置 → 回收站）。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          await api.study.remove({ id: id! });
          message.success('已删除');
          navigate('/study');
        }),
    });

  return (
    <RecordReadOnly readOnly={locked || !mayWrite}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {id ? '学习记录' : '新建学习记录'} {saved && <Tag color={locked ? 'green' : 'orange'}>{saved.status}</Tag>}
          </Typography.Title>
          <Space wrap>
            <EditOnly>
              <Button type="primary" size="large" onClick={save} loading={busy}>
                {id ? '保存' : '保存草稿'}
              </Button>
              {id && (
                <Button size="large" onClick={finalize} disabled={busy}>
                  定稿
                </Button>
              )}
            </EditOnly>
            <StillActive>
              {id && <Button size="large" onClick={() => navigate(printRoute('study-session', { id: String(id) }))}>打印预览</Button>}
              {id && <Button size="large" onClick={() => navigate(printRoute('study-signin', { id: String(id) }))}>签到表</Button>}
            </StillActive>
            <EditOnly>
              {id && (
                <Button size="large" danger onClick={remove} disabled={busy}>
                  删除
                </Button>
              )}
            </EditOnly>
            <StillActive>
              <Button size="large" onClick={() => navigate('/study')}>
                返回列表
              </Button>
            </StillActive>
          </Space>
        </Space>
        {locked && (
          <Alert
            type="info"
            showIcon
            data-testid="record-locked"
            message={`本记录已于 ${dayjs(saved.finalizedAt).format('YYYY年M月D日 HH:mm')} 定稿并锁定`}
            description="定稿内容不能再修改或删除；发现错误请在页面下方添加“更正”记录。缺席、请假人员的补学仍可登记。"
          />
        )}
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
