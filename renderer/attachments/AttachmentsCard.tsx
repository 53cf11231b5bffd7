/**
 * The attachments card any record editor uses (会议记录 now; 学习记录, 档案 next):
 * the record's files with type, size and who added them; 添加附件 (PDF, Word,
 * JPG/PNG, checked by content in the core), 打开 (the system's program in the
 * desktop app, a download in the browser), 删除 after a confirmation. A file
 * missing or changed on disk is marked; opening it explains what to do.
 * Inside a <RecordReadOnly> (renderer/records) of a finalized record, or with `readOnly`,
 * it lists and opens only (the core refuses changes anyway):
 *
 *   <AttachmentsCard owner={id ? { type: 'meeting', id } : undefined} />
 *
 * The owner type must be registered in core/attachments/owners.ts.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { CANNOT_UNDO } from '../records/confirm-texts';
import { App, Alert, Button, Card, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { AttachmentItem } from '../../core/attachments/service';
import { ACCEPTED_TEXT, MAX_ATTACHMENT_BYTES, tooLargeMessage } from '../../core/attachments/kinds';
import { api } from '../api';
import { readFileAsBase64, saveFile } from '../files';
import { useAccess } from '../operators/access';
import { StillActive, useReadOnly } from '../records/read-only';
import { errorText, useRun } from '../records/run';

type OwnerType = Parameters<typeof api.attachments.list>[0]['type'];

interface Props {
  /** The record; undefined while it is not saved yet (an attachment needs a record to belong to). */
  owner?: { type: OwnerType; id: number };
  /** A finalized record: list and open only. */
  readOnly?: boolean;
}

const ACCEPT = '.pdf,.doc,.docx,.jpg,.jpeg,.png';

const STATE_TAGS = {
  ok: null,
  missing: <Tag color="red">文件缺失</Tag>,
  changed: <Tag color="orange">文件已被改动</Tag>,
} as const;

export function AttachmentsCard({ owner, readOnly: readOnlyProp }: Props) {
  const readOnly = useReadOnly() || Boolean(readOnlyProp);
  const { message, modal } = App.useApp();
  const [items, setItems] = useState<AttachmentItem[]>([]);
  const { run, busy, error, setError } = useRun();
  // 只读 operators get no 添加/删除 (the core refuses them anyway).
  const { may } = useAccess();
  const editable = !readOnly && may('attachments.add');
  const ownerType = owner?.type;
  const ownerId = owner?.id;

  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  useEffect(() => {
    if (!ownerType || !ownerId) return;
    let current = true;
    api.attachments.list({ type: ownerType, id: ownerId }).then(
      (list) => current && setItems(list),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [ownerType, ownerId, reloads, setError]);

  const add = (file: File) =>
    run(async () => {
      if (!ownerType || !ownerId) return;
      if (file.size > MAX_ATTACHMENT_BYTES) throw new Error(tooLargeMessage(file.name, file.size));
      const base64 = await readFileAsBase64(file);
      await api.attachments.add({ owner: { type: ownerType, id: ownerId }, fileName: file.name, base64 });
      message.success(`已添加附件“${file.name}”`);
      reload();
    });

  const open = (a: AttachmentItem) =>
    run(async () => {
      const result = await api.attachments.open({ id: a.id });
      if (result.opened) {
        message.success(`已打开“${a.fileName}”`);
      } else if ((await saveFile(result.downloadName, result.base64)).saved) {
        message.success(`已下载“${result.downloadName}”`);
      }
    });

  const remove = (a: AttachmentItem) =>
    modal.confirm({
      title: `删除附件“${a.fileName}”？`,
      content: `删除后这个文件不再属于本记录，${CANNOT_UNDO}（备份中的副本不受影响）`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          await api.attachments.remove({ id: a.id });
          message.success(`已删除附件“${a.fileName}”`);
          reload();
        }),
    });

  // Opening stays possible on a finalized record: only adding and removing are gone.
  return (
    <StillActive>
    <Card
      title={
        <Space>
          <PaperClipOutlined />
          附件
        </Space>
      }
      data-testid="attachments-card"
      extra={
        editable && owner ? (
          <Upload
            accept={ACCEPT}
            multiple
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void add(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              添加附件
            </Button>
          </Upload>
        ) : null
      }
    >
      {!owner ? (
        <Typography.Text type="secondary">保存草稿后可添加附件（{ACCEPTED_TEXT}）。</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {error && <Alert type="error" showIcon message={error} closable onClose={() => setError(undefined)} data-testid="attachment-error" />}
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={items}
            locale={{ emptyText: editable ? `尚无附件。可添加${ACCEPTED_TEXT}。` : '没有附件' }}
            columns={[
              { title: '序号', width: 60, render: (_v, _a, i) => i + 1 },
              {
                title: '文件名',
                render: (_v, a) => (
                  <Space>
                    {a.fileName}
                    {STATE_TAGS[a.state]}
                  </Space>
                ),
              },
              { title: '类型', dataIndex: 'kindLabel', width: 150 },
              { title: '大小', dataIndex: 'sizeText', width: 90 },
              { title: '添加时间', width: 150, render: (_v, a) => dayjs(a.addedAt).format('YYYY-MM-DD HH:mm') },
              { title: '添加人', dataIndex: 'addedBy', width: 100 },
              {
                title: '操作',
                width: editable ? 150 : 90,
                render: (_v, a) => (
                  <Space>
                    <Button size="small" aria-label={`打开${a.fileName}`} onClick={() => void open(a)} disabled={busy}>
                      打开
                    </Button>
                    {editable && (
                      <Button size="small" danger aria-label={`删除${a.fileName}`} onClick={() => remove(a)} disabled={busy}>
                        删除
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          {editable ? (
            <Typography.Text type="secondary">可添加{ACCEPTED_TEXT}；文件类型按内容检查，同一文件只保存一份。</Typography.Text>
          ) : (
            readOnly && <Typography.Text type="secondary">本记录已定稿，附件只能查看和打开，不能再添加或删除。</Typography.Text>
          )}
        </Space>
      )}
    </Card>
    </StillActive>
  );
}
