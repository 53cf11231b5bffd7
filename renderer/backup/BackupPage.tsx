/** 设置 → 数据备份: make, list and check backups; restore from one. */
import { ExtraDirField } from './ExtraDirField';
import { Alert, App, Button, Card, Descriptions, Input, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { api } from '../api';
import { useBranch } from '../branch';
import { describeHolds, formatDate, formatSize, type BackupEntry, type BackupList } from './format';
import { RestoreDialog } from './RestoreDialog';

type CheckReport = ApiOutput<ApiTable, 'backup', 'check'>;

export function BackupPage() {
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<CheckReport | null>(null);
  const [targetOpen, setTargetOpen] = useState(false);
  const [targetDir, setTargetDir] = useState('');
  const [restoreFrom, setRestoreFrom] = useState<string | null>(null);
  const { message } = App.useApp();
  const branch = useBranch();

  /** Bumped to reload the list after a backup or restore. */
  const [listVersion, setListVersion] = useState(0);
  const load = () => setListVersion((v) => v + 1);
  useEffect(() => {
    let current = true;
    api.backup.list().then(
      (loaded) => current && setList(loaded),
      (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      current = false;
    };
  }, [listVersion]);

  /** Runs one operation with the page-wide progress indicator and a readable error. */
  const run = async (text: string, work: () => Promise<void>) => {
    setBusy(text);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  const backupNow = (dir?: string) =>
    run('正在备份并校验，请稍候…', async () => {
      const made = await api.backup.create(dir ? { targetDir: dir } : undefined);
      message.success(`备份完成并已校验：${made.path}。${made.attachments.note}`);
      if (made.extra && 'error' in made.extra) message.warning(made.extra.error);
      setTargetOpen(false);
      load();
    });

  const openTarget = async () => {
    if (list?.canChoosePath) {
      const chosen = await api.backup.choosePath({ kind: 'folder' });
      if (chosen.available && chosen.path) await backupNow(chosen.path);
      return;
    }
    setTargetDir(list?.backupsDir ?? '');
    setTargetOpen(true);
  };

  const checkFile = () =>
    run('正在检查数据文件，请稍候…', async () => {
      setCheck(await api.backup.check());
    });

  const latest = list?.backups.find((b) => b.kind === 'auto' || b.kind === 'manual');

  return (
    <Spin spinning={busy !== null} tip={busy ?? undefined} size="large">
      <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 1100 }}>
        <Card title="数据备份">
          <Descriptions column={1} size="middle" labelStyle={{ width: 130 }}>
            <Descriptions.Item label="最近一次备份">
              {latest ? (
                <Space data-testid="latest-backup">
                  <span>{formatDate(latest.date)}</span>
                  <Tag>{latest.kindLabel}</Tag>
                  <Tag color="green">写入后校验通过</Tag>
                </Space>
              ) : (
                <Typography.Text type="warning">还没有备份</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="自动备份">
              每天第一次打开本软件后自动备份（不耽误打开）；每个数据文件的备份各放一处，保留最近 7 天、8 周、12 个月各一份。
            </Descriptions.Item>
            <Descriptions.Item label="备份文件夹">{list?.backupsDir ?? '…'}</Descriptions.Item>
            <Descriptions.Item label="备份也保存到">{list && <ExtraDirField value={list.extraDir} onSaved={load} />}</Descriptions.Item>
            <Descriptions.Item label="数据文件">{list?.dataPath ?? '…'}</Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ marginTop: 16 }}>
            <Button type="primary" size="large" onClick={() => void backupNow()}>
              立即备份
            </Button>
            <Button size="large" onClick={() => void openTarget()}>
              备份到…（如U盘）
            </Button>
            <Button size="large" danger onClick={() => setRestoreFrom(list?.backupsDir ?? '')}>
              从备份恢复…
            </Button>
            <Button size="large" onClick={() => void checkFile()}>
              检查数据文件
            </Button>
          </Space>
          {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} />}
          {check && <CheckResult report={check} />}
        </Card>

        <Card title="已有的备份" data-testid="backup-table">
          <Table<BackupEntry>
            rowKey="path"
            dataSource={list?.backups ?? []}
            loading={!list}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: '还没有备份' }}
            columns={[
              { title: '备份时间', dataIndex: 'date', width: 190, render: (d: string) => formatDate(d) },
              { title: '种类', dataIndex: 'kindLabel', width: 150 },
              { title: '大小', dataIndex: 'size', width: 90, render: (s: number) => formatSize(s) },
              { title: '内容', render: (_, b) => describeHolds(b.holds) },
              {
                title: '状态',
                width: 190,
                render: (_, b) => (
                  <Space size={4} wrap>
                    {b.restorable ? <Tag color="green">可恢复</Tag> : <Tag color="red">{b.problem ?? '不可恢复'}</Tag>}
                    {b.ownerNote && <Tag color="orange">{b.ownerNote}</Tag>}
                  </Space>
                ),
              },
              {
                title: '操作',
                width: 110,
                render: (_, b) => (
                  <Button disabled={!b.restorable} onClick={() => setRestoreFrom(b.path)} aria-label={`从 ${b.name} 恢复`}>
                    恢复…
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </Space>

      <Modal
        open={targetOpen}
        title="备份到…"
        okText="开始备份"
        cancelText="取消"
        onOk={() => void backupNow(targetDir)}
        onCancel={() => setTargetOpen(false)}
      >
        <Typography.Paragraph>请输入保存备份的文件夹（如U盘 E:\妇联备份）：</Typography.Paragraph>
        <Input aria-label="备份保存的文件夹" value={targetDir} onChange={(e) => setTargetDir(e.target.value)} />
      </Modal>

      {restoreFrom !== null && (
        <RestoreDialog
          key={restoreFrom}
          initialPath={restoreFrom}
          inspectAtOnce={restoreFrom !== list?.backupsDir}
          canChoosePath={Boolean(list?.canChoosePath)}
          onClose={() => setRestoreFrom(null)}
          setBusy={setBusy}
          onRestored={(text) => {
            setRestoreFrom(null);
            message.success(text, 6);
            void branch.reload();
            load();
          }}
        />
      )}
    </Spin>
  );
}

function CheckResult({ report }: { report: CheckReport }) {
  if (!report.ok) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginTop: 16 }}
        message="数据文件检查发现问题"
        description={
          <>
            {report.problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
            <div>建议从最近的一份可恢复备份恢复，或联系技术支持。</div>
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginTop: 16 }}
      data-testid="check-result"
      message="数据文件完好"
      description={`完整性检查通过，记录之间的引用无误，数据库版本 ${report.schemaVersion}。${describeHolds(report.holds)}`}
    />
  );
}
