/**
 * 保存 / 定稿 / 删除 of a lockable record's editor (会议记录, 学习记录), with their
 * confirmation dialogs: the module passes its API calls, its list route and what still
 * changes after 定稿; the texts around it are the same for every record.
 * Leaving with unsaved changes asks first: the page calls `markSaved(draft)` when it loads one.
 */
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useRun } from './run';
import { useUnsavedDraft } from './unsaved-guard';

export interface RecordCalls<Draft, Saved> {
  get(id: number): Promise<Saved>;
  create(draft: Draft): Promise<{ id: number }>;
  update(id: number, draft: Draft): Promise<unknown>;
  finalize(id: number): Promise<unknown>;
  remove(id: number): Promise<unknown>;
}

interface Options<Draft, Saved> {
  /** undefined for a new record (not saved yet). */
  id: number | undefined;
  draft: (Draft & { title: string }) | undefined;
  setSaved(saved: Saved): void;
  calls: RecordCalls<Draft, Saved>;
  /** e.g. '/meetings': 删除 returns there, a created record opens at `${listRoute}/${id}`. */
  listRoute: string;
  /** The 定稿 confirmation's text: what is locked and what still changes. */
  finalizeContent: string;
  /** 已定稿: the form is read-only, and what still changes (行动事项 status, 更正) saves at once — nothing to ask about on leaving. */
  locked: boolean;
}

export function useRecordActions<Draft, Saved>({ id, draft, setSaved, calls, listRoute, finalizeContent, locked }: Options<Draft, Saved>) {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { run, busy, error, setError } = useRun();
  const { dirty, markSaved, allowLeave } = useUnsavedDraft(draft, !locked);

  const save = () =>
    run(async () => {
      const sent = draft!;
      if (id) {
        await calls.update(id, sent);
        markSaved(sent);
        setSaved(await calls.get(id));
      } else {
        const created = await calls.create(sent);
        allowLeave();
        navigate(`${listRoute}/${created.id}`, { replace: true });
      }
      message.success('已保存');
    });
  const finalize = () =>
    modal.confirm({
      title: '确认定稿？',
      content: finalizeContent,
      okText: '确认定稿',
      cancelText: '再检查一下',
      onOk: () =>
        run(async () => {
          const sent = draft!;
          await calls.update(id!, sent);
          await calls.finalize(id!);
          markSaved(sent);
          setSaved(await calls.get(id!));
          message.success('已定稿');
        }),
    });
  const remove = () =>
    modal.confirm({
      title: `删除“${draft!.title}”？`,
      content: '删除后可在回收站中恢复（设置 → 回收站）。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          await calls.remove(id!);
          allowLeave();
          message.success('已删除');
          navigate(listRoute);
        }),
    });

  return { run, busy, error, setError, save, finalize, remove, dirty, markSaved };
}
