/**
 * One archive item (件): its 档号 and frozen parts, the fields that may still change,
 * its 来源 record (opens it) or, for a paper document, its scans (shared
 * AttachmentsCard). “归档后有更正” when the source got a 更正 after filing, with the
 * one-click 重新生成快照 that keeps the 档号. 作废 keeps the number.
 * A voided item, or an operator who may not edit, sees it read-only.
 */
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { Permitted, useAccess } from '../operators/access';
import { EditOnly, RecordReadOnly, StillActive } from '../records/read-only';
import { errorText, useRun } from '../records/run';
import { useFormLeaveGuard } from '../records/unsaved-guard';
import { ItemFields, itemFieldsOf, itemFieldValues, type ItemFieldValues } from './ItemFields';
import { LabelPrintDialog } from './LabelPrintDialog';
import { recordRoute } from './links';
import { usePrintShortcut } from '../keyboard/print-shortcut';

type Item = Awaited<ReturnType<typeof api.archive.get>>;

export function ItemPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { may, why } = useAccess();
  const [item, setItem] = useState<Item>();
  const [form] = Form.useForm<ItemFieldValues>();
  const { run, busy, error, setError } = useRun();
  const [labels, setLabels] = useState(false);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const unsaved = useFormLeaveGuard();
  const markSaved = unsaved.saved;
  /** The 打印归档章 button and Ctrl+P (a voided item has no 归档章 to print). */
  const openPrint = item && !item.voided ? () => setLabels(true) : null;
  usePrintShortcut(openPrint);

  useEffect(() => {
    let current = true;
    api.archive.get({ id }).then(
      (i) => {
        if (!current) return;
        setItem(i);
        form.setFieldsValue(itemFieldValues(i));
        markSaved();
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [id, reloads, form, setError, markSaved]);

  if (!item) return error ? <Alert type="error" showIcon message={error} /> : <Spin tip="正在打开档案……" fullscreen />;

  const readOnly = item.voided || !may('archive.update');
  const sourceRoute = item.source ? recordRoute(item.source) : null;

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await run(async () => {
      await api.archive.update({ id, item: itemFieldsOf(v) });
      unsaved.saved();
      message.success('已保存');
      reload();
    });
  };
  const resnapshot = () =>
    run(async () => {
      await api.archive.resnapshot({ id });
      message.success(`已重新生成快照，档号 ${item.archivalCode} 不变`);
      reload();
    });
  const voidItem = () => {
    let reason = '';
    modal.confirm({
      title: `作废档案 ${item.archivalCode}？`,
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>作废后档号保留，不会给其他文件使用；目录中这一条标为“作废”。作废不能撤销。</Typography.Text>
          <Input.TextArea aria-label="作废原因" placeholder="作废原因（必填），如：重复登记" maxLength={200} onChange={(e) => (reason = e.target.value)} />
        </Space>
      ),
      okText: '确认作废',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          await api.archive.void({ id, reason });
          message.success(`档案 ${item.archivalCode} 已作废，档号保留`);
          reload();
        }),
    });
  };

  return (
    <RecordReadOnly readOnly={readOnly}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="item-code">
            档号 {item.archivalCode} {item.voided && <Tag>作废</Tag>}
            {item.correctedAfterFiling && <Tag color="orange">归档后有更正</Tag>}
          </Typography.Title>
          <Space wrap>
            <EditOnly>
              <Button type="primary" size="large" onClick={() => void save()} loading={busy}>
                保存
              </Button>
            </EditOnly>
            <StillActive>
              {sourceRoute && (
                <Button size="large" onClick={() => navigate(sourceRoute)}>
                  打开来源记录
                </Button>
              )}
              {!item.voided && (
                <Button size="large" onClick={() => openPrint?.()}>
                  打印归档章
                </Button>
              )}
            </StillActive>
            {!item.voided && (
              <StillActive>
                <Permitted method="archive.void">
                  <Button size="large" danger onClick={voidItem} disabled={busy}>
                    作废
                  </Button>
                </Permitted>
              </StillActive>
            )}
            <StillActive>
              <Button size="large" onClick={() => navigate(`/archive?year=${item.year}`)}>
                返回列表
              </Button>
            </StillActive>
          </Space>
        </Space>
        {item.voided && <Alert type="info" showIcon message={`本档案已于 ${dayjs(item.voidedAt).format('YYYY年M月D日')} 作废（${item.voidReason}），档号保留不再使用。`} />}
        {!item.voided && readOnly && <Alert type="info" showIcon message={`${why('archive.update')}：本档案只能查看和打印。`} />}
        {item.correctedAfterFiling && !item.voided && (
          <Alert
            type="warning"
            showIcon
            data-testid="corrected-after-filing"
            message="归档后有更正"
            description="来源记录在归档之后添加了“更正”，归档快照里还没有它。重新生成快照后档号不变。"
            action={
              <StillActive when={may('archive.resnapshot')}>
                <Button size="large" type="primary" onClick={() => void resnapshot()} loading={busy}>
                  重新生成快照
                </Button>
              </StillActive>
            }
          />
        )}
        {error && <Alert type="error" showIcon message={error} closable onClose={() => setError(undefined)} data-testid="item-error" />}
        <Card title="档号与分类" size="small">
          <Descriptions column={4} size="middle">
            <Descriptions.Item label="全宗号">{item.fondsCode || <Typography.Text type="warning">未设置</Typography.Text>}</Descriptions.Item>
            <Descriptions.Item label="门类">文书（{item.category}）</Descriptions.Item>
            <Descriptions.Item label="年度">{item.year}</Descriptions.Item>
            <Descriptions.Item label="保管期限">
              {item.retentionLabel}（{item.retention}）
            </Descriptions.Item>
            <Descriptions.Item label="机构（问题）">{item.orgCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="件号">{String(item.pieceNo).padStart(4, '0')}</Descriptions.Item>
            <Descriptions.Item label="盒号">{item.boxNo ?? '未装盒'}</Descriptions.Item>
            <Descriptions.Item label="来源">
              {item.source ? sourceRoute ? <a onClick={() => navigate(sourceRoute)}>{item.source.title}</a> : item.source.title : `纸质文件（${item.docKind}）`}
            </Descriptions.Item>
            <Descriptions.Item label="归档人">{item.filedBy || '—'}</Descriptions.Item>
            <Descriptions.Item label="归档时间">{dayjs(item.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            {item.snapshotAt && <Descriptions.Item label="快照时间">{dayjs(item.snapshotAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title="著录项目" size="small">
          <Form form={form} layout="horizontal" labelCol={{ span: 3 }} wrapperCol={{ span: 14 }} onValuesChange={unsaved.changed}>
            <ItemFields labelSpan={3} />
          </Form>
        </Card>
        {/* A filed record's attachment is its snapshot: listed and opened, never removed here. Paper documents get their scans here. */}
        <AttachmentsCard owner={{ type: 'archive_item', id }} readOnly={readOnly || item.source !== null} />
      </Space>
      {labels && <LabelPrintDialog params={{ items: String(id) }} count={1} onClose={() => setLabels(false)} />}
    </RecordReadOnly>
  );
}
