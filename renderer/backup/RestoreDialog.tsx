/**
 * 从备份恢复…: pick a file (dialog in the desktop app, a path field in the
 * browser), see what it holds, then confirm. Nothing is replaced before the
 * confirmation, and the confirmation says a safety copy is made first. A
 * backup that is not this data file's needs one more, explicit confirmation.
 */
import { Alert, App, Button, Checkbox, Input, Modal, Space, Typography } from 'antd';
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
  const [otherFileConfirmed, setOtherFileConfirmed] = useState(false);
  const { modal } = App.useApp();
  const notOurs = inspected !== null && inspected.owner !== 'this';

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
    setOtherFileConfirmed(false);
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
          const result = await api.backup.restore({ path: inspected.path, confirmOtherFile: notOurs && otherFileConfirmed });
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
          <Button type="primary" danger disabled={!inspected || (notOurs && !otherFileConfirmed)} onClick={restore}>
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
            {notOurs && (
              <Alert
                type="warning"
                showIcon
                data-testid="other-file-warning"
                title={inspected.owner === 'other' ? '这份备份属于另一个数据文件' : '无法确认这份备份属于哪个数据文件'}
                description={
                  <Space direction="vertical">
                    <span>
                      {inspected.owner === 'other'
                        ? '它不是当前数据文件的备份，而是同一台电脑上另一个数据文件（另一套台账）的备份。'
                        : '它是旧版软件做的备份，没有记下属于哪个数据文件。'}
                      恢复后，当前数据文件的内容会变成这份备份的内容（{inspected.holds.branchName || '未填写妇联名称'}，妇女{' '}
                      {inspected.holds.memberCount.toLocaleString('zh-CN')} 人）。
                    </span>
                    <Checkbox checked={otherFileConfirmed} onChange={(e) => setOtherFileConfirmed(e.target.checked)}>
                      我已核对，确实要用这份备份替换当前数据文件的内容
                    </Checkbox>
                  </Space>
                }
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
