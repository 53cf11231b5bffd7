/**
 * One 议题 (#/deliberation/items/<id>, or /new): its fields, where it stands, the
 * steps legal from there (ActionBar, from the core's lifecycle table) and the
 * timeline of every step. Once it has ended (办结, 不予立项, 未通过, 已撤回) the page
 * is read-only (renderer/records); a 只读 operator sees it so too, with no write button.
 */
import { Alert, App, Button, Form, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ItemInput } from '../../core/deliberation/schema';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { printRoute } from '../print/registry';
import { FileRecordButton } from '../archive/FileRecordButton';
import { EditOnly, RecordReadOnly } from '../records/read-only';
import { errorText, useRun } from '../records/run';
import { useFormLeaveGuard } from '../records/unsaved-guard';
import { ActionBar } from './ActionBar';
import { ItemFacts } from './ItemFacts';
import { ItemForm, toItemInput, type ItemValues } from './ItemForm';
import { ItemTimeline } from './ItemTimeline';
import { DueTag, StateTag } from './tags';
import { usePrintShortcut } from '../keyboard/print-shortcut';

export type ItemDetail = Awaited<ReturnType<typeof api.deliberation.get>>;

function valuesOf(item: ItemInput): ItemValues {
  const p = item.proposer;
  return {
    ...item,
    raisedOn: dayjs(item.raisedOn),
    proposerKind: p.kind,
    proposerMemberId: p.kind === '代表' ? p.memberId : undefined,
    residentName: p.kind === '居民' ? p.name : undefined,
    residentContact: p.kind === '居民' ? p.contact : undefined,
    viaMemberId: p.kind === '居民' ? p.viaMemberId : undefined,
  };
}

/** The masked detail in the form's shape (for an operator who may only read). */
function inputOf(d: ItemDetail): ItemInput {
  const p = d.proposer;
  return {
    title: d.title,
    content: d.content,
    source: d.source as ItemInput['source'],
    category: d.category as ItemInput['category'],
    method: d.method as ItemInput['method'],
    raisedOn: d.raisedOn,
    proposer: p.kind === '代表' ? { kind: '代表', memberId: p.memberId } : { kind: '居民', name: p.name, contact: p.contact, viaMemberId: p.via?.memberId ?? 0 },
    seconderIds: d.seconders.map((s) => s.memberId),
  };
}

export function ItemPage() {
  const { id: idParam } = useParams();
  const id = idParam && idParam !== 'new' ? Number(idParam) : undefined;
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { may, why } = useAccess();
  const [form] = Form.useForm<ItemValues>();
  const [detail, setDetail] = useState<ItemDetail>();
  const [reloads, setReloads] = useState(0);
  const { run, busy, error, setError } = useRun();
  const mayEdit = may('deliberation.getForEdit');
  const unsaved = useFormLeaveGuard();
  const markSaved = unsaved.saved;
  /** The 打印办理反馈单 button and Ctrl+P. */
  const openPrint = detail ? () => navigate(printRoute('deliberation-feedback', { id: String(detail.id) })) : null;
  usePrintShortcut(openPrint);

  useEffect(() => {
    if (!id) {
      form.setFieldsValue({ raisedOn: dayjs(), proposerKind: '代表', seconderIds: [] });
      return;
    }
    let current = true;
    // Who may edit gets the 议题 as typed (a resident's contact unmasked, to write back);
    // the page shows the masked detail, and so does the form of whoever may only read.
    Promise.all([api.deliberation.get({ id }), mayEdit ? api.deliberation.getForEdit({ id }).then((e) => e.item as ItemInput) : null]).then(
      ([d, typed]) => {
        if (!current) return;
        setDetail(d);
        form.setFieldsValue(valuesOf(typed ?? inputOf(d)));
        markSaved();
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [id, reloads, form, setError, mayEdit, markSaved]);

  if (id && !detail) return error ? <Alert type="error" showIcon message={error} /> : <Spin tip="正在打开议题……" fullscreen />;

  const writeMethod = id ? 'deliberation.update' : 'deliberation.create';
  const ended = detail ? !detail.editable : false;
  const readOnly = ended || !may(writeMethod);
  const reload = () => setReloads((n) => n + 1);
  const known = detail ? [...detail.seconders, ...(detail.proposer.memberId ? [{ memberId: detail.proposer.memberId, name: detail.proposer.name }] : []), ...(detail.proposer.via ? [detail.proposer.via] : [])] : [];

  const save = () =>
    run(async () => {
      const input = toItemInput(await form.validateFields());
      if (id) {
        await api.deliberation.update({ id, item: input });
        unsaved.saved();
        message.success('已保存');
        reload();
      } else {
        const created = await api.deliberation.create(input);
        unsaved.allowLeave();
        message.success(`已登记议题 ${created.code}`);
        navigate(`/deliberation/items/${created.id}`, { replace: true });
      }
    });

  const remove = () =>
    modal.confirm({
      title: `确定删除议题“${detail!.title}”？`,
      content: '只有尚在“收集”中的议题可以删除；删除后可在 设置 → 回收站 中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          await api.deliberation.remove({ id: id! });
          unsaved.allowLeave();
          message.success(`已删除议题 ${detail!.code}，可在回收站中恢复`);
          navigate('/deliberation/items');
        }),
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {detail ? `议题 ${detail.code}` : '登记议题'} {detail && <StateTag state={detail.state} round={detail.round} />}
          {detail && <DueTag due={detail.due} dueOn={detail.dueOn} />}

        </Typography.Title>
        <Space wrap>
          {detail && (
            <>
              <Button size="large" onClick={() => openPrint?.()}>
                打印办理反馈单
              </Button>
              {detail.state === '办结' && <FileRecordButton source={{ type: 'deliberation', id: detail.id }} />}
              {detail.meeting && (
                <Button size="large" onClick={() => navigate(`/meetings/${detail.meeting!.id}`)}>
                  查看议事会
                </Button>
              )}
            </>
          )}
          <Button size="large" onClick={() => navigate('/deliberation/items')}>
            返回列表
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} data-testid="item-error" closable onClose={() => setError(undefined)} />}
      {detail && ended && <Alert type="info" showIcon data-testid="record-locked" message={`该议题已${detail.state === '办结' ? '办结' : `结束（${detail.state}）`}，只能查看和打印。`} />}
      {detail && !ended && readOnly && <Alert type="info" showIcon data-testid="record-read-only" message={`${why(writeMethod)}：本议题只能查看和打印。`} />}
      {detail && !ended && <ActionBar item={detail} steps={[...detail.entries, ...detail.transitions]} onDone={reload} />}
      {detail && <ItemFacts item={detail} />}
      <RecordReadOnly readOnly={readOnly}>
        <ItemForm form={form} known={known} onChange={unsaved.changed} />
        <EditOnly>
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" size="large" onClick={() => void save()} loading={busy}>
              {id ? '保存修改' : '登记议题'}
            </Button>
            {detail?.deletable && may('deliberation.remove') && (
              <Button size="large" danger onClick={remove} disabled={busy}>
                删除
              </Button>
            )}
          </Space>
        </EditOnly>
      </RecordReadOnly>
      {detail && <ItemTimeline events={detail.timeline} />}
    </Space>
  );
}
