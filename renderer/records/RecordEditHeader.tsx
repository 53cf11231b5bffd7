/**
 * The top of a lockable record's editor: title with its status tag, the button bar
 * (保存 / 定稿 / the module's print and export buttons / 删除 / 返回列表, each in the
 * read-only mode's EditOnly or StillActive), and the banner of a finalized record.
 */
import { Alert, Button, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { FileRecordButton, type ArchiveSourceRef } from '../archive/FileRecordButton';
import { EditOnly, StillActive } from './read-only';

interface HeaderProps {
  title: string;
  /** The saved record's status; undefined while it is new. */
  status?: string;
  isNew: boolean;
  busy: boolean;
  listRoute: string;
  onSave(): void;
  onFinalize(): void;
  onRemove(): void;
  /** Buttons usable on a finalized record too (打印预览, 签到表, 导出), shown for a saved record only. */
  children?: ReactNode;
  /** The record as the archive names it: once finalized it offers 归档, or shows the 档号 it was filed as. */
  archiveAs?: ArchiveSourceRef;
}

export function RecordEditHeader({ title, status, isNew, busy, listRoute, onSave, onFinalize, onRemove, children, archiveAs }: HeaderProps) {
  const navigate = useNavigate();
  return (
    <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title} {status && <Tag color={status === '已定稿' ? 'green' : 'orange'}>{status}</Tag>}
      </Typography.Title>
      <Space wrap>
        <EditOnly>
          <Button type="primary" size="large" onClick={onSave} loading={busy}>
            {isNew ? '保存草稿' : '保存'}
          </Button>
          {!isNew && (
            <Button size="large" onClick={onFinalize} disabled={busy}>
              定稿
            </Button>
          )}
        </EditOnly>
        <StillActive>{!isNew && children}</StillActive>
        {archiveAs && status === '已定稿' && (
          <StillActive>
            <FileRecordButton source={archiveAs} />
          </StillActive>
        )}
        <EditOnly>
          {!isNew && (
            <Button size="large" danger onClick={onRemove} disabled={busy}>
              删除
            </Button>
          )}
        </EditOnly>
        <StillActive>
          <Button size="large" onClick={() => navigate(listRoute)}>
            返回列表
          </Button>
        </StillActive>
      </Space>
    </Space>
  );
}

/** The banner of a finalized record; `description` says what may still change. */
export function RecordLockedAlert({ finalizedAt, description }: { finalizedAt: string | null | undefined; description: string }) {
  return (
    <Alert
      type="info"
      showIcon
      data-testid="record-locked"
      message={`本记录已于 ${dayjs(finalizedAt).format('YYYY年M月D日 HH:mm')} 定稿并锁定`}
      description={description}
    />
  );
}
