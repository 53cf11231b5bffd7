/**
 * 从备份恢复…: pick a file (dialog in the desktop app, a path field in the
 * browser), see what it holds, then confirm. Nothing is replaced before the
 * confirmation, and the confirmation says a safety copy is made first.
 */
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { api } from '../api';
import { HoldsView } from './HoldsView';

type Inspected = ApiOutput<ApiTable, 'backup', 'inspect'>;

/** Mounted only while open (keyed by the path), so each opening starts fresh. */
interface Props {
  initialPath: string;
  /** Opened from a row of the backup list: the file is known, so show what it holds at once. */
  inspectAtOnce?: boolean;
  canChoosePath: boolean;
  onClose(): void;
  /** Called after a successful restore, with a sentence for the user. */
  onRestored(message: string): void;
  setBusy(text: string | null): void;
}

export function RestoreDialog({ initialPath, inspectAtOnce = false, canChoosePath, onClose, onRestored, setBusy }: Props) {
  const [path, setPath] = useState(initialPath);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const { modal } = App.useApp();

  useEffect(() => {
    if (!inspectAtOnce) return;
    let current = true;
    api.backup.inspect({ path: initialPath }).then(
      (found) => current && setInspected(found),
      (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      current = false;
    };
  }, [inspectAtOnce, initialPath]);

  const inspect = async (target = path) => {
    setChecking(true);
    setError(null);
    setInspected(null);
    try {
      setInspected(await api.backup.inspect({ path: target }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setChecking(false);
    }
  };

  const choose = async () => {
    const chosen = await api.backup.choosePath({ kind: 'backup-file' });
    if (chosen.available && chosen.path) {
      setPath(chosen.path);
      await inspect(chosen.path);
    }
  };

  const restore = () => {
    if (!inspected) return;
    modal.confirm({
      title: '确定用这份备份替换当前数据吗？',
      content: (
        <Typography.Paragraph>
          恢复前会先把<b>当前的数据另存为一份安全备份</b>（“恢复前安全备份”），万一恢复错了还能找回。
          恢复后，备份之后所做的修改将不在当前数据中。
        </Typography.Paragraph>
      ),
      okText: '确定恢复',
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        setBusy('正在恢复数据，请稍候…');
        try {
          const result = await api.backup.restore({ path: inspected.path });
          onRestored(`已恢复“${result.restored.branchName || '未命名'}”的备份；恢复前的数据已另存为 ${result.safetyBackup.name}。${result.attachments.note}`);
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        } finally {
          setBusy(null);
        }
      },
    });
  };

  return (
    <Modal
      open
      title="从备份恢复"
      width={720}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" danger disabled={!inspected} onClick={restore}>
            恢复这份备份…
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text>备份文件的位置（可以是U盘上的文件）：</Typography.Text>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label="备份文件的位置"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            onPressEnter={() => void inspect()}
            placeholder="如 E:\妇联备份\manual-20261129-080000.sqlite"
          />
          {canChoosePath && <Button onClick={() => void choose()}>选择…</Button>}
          <Button type="primary" loading={checking} onClick={() => void inspect()}>
            查看内容
          </Button>
        </Space.Compact>
        {error && <Alert type="error" showIcon message={error} />}
        {inspected && (
          <>
            <Alert type="success" showIcon message="这份备份完整可用（已通过完整性检查）。请核对内容后再恢复。" />
            <HoldsView path={inspected.path} size={inspected.size} holds={inspected.holds} />
          </>
        )}
      </Space>
    </Modal>
  );
}
