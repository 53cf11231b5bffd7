/**
 * 启动页面 when the data file could not be opened: what is wrong, in plain
 * words, and three ways on — restore the newest good backup (the damaged file
 * is kept), open another data file, or quit. Nothing is changed until the user
 * confirms.
 */
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Input, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { api } from '../api';
import { describeHolds, formatDate } from '../backup/format';

export type StartupStatus = ApiOutput<ApiTable, 'startup', 'status'>;
type Problem = Extract<StartupStatus, { state: 'problem' }>;
type GoodBackup = Problem['backups'][number];

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function StartupProblemPage({ status, onResolved }: { status: Problem; onResolved(): void }) {
  const { problem, backups, canChoosePath } = status;
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [otherPath, setOtherPath] = useState('');
  const [quit, setQuit] = useState(false);

  const attempt = async (text: string, work: () => Promise<string>) => {
    setBusy(text);
    setError(null);
    try {
      const done = await work();
      void message.success(done, 6);
      onResolved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const restore = (backup: GoodBackup) =>
    modal.confirm({
      title: '用这份备份恢复数据吗？',
      content: (
        <Typography.Paragraph>
          将用 <b>{formatDate(backup.date)}</b> 的{backup.kindLabel}（{describeHolds(backup.holds)}）替换打不开的数据文件。
          打不开的文件会<b>先原样复制保存</b>到 backups 文件夹（文件名以 damaged 开头），不会删除。
          备份之后所做的修改不在这份备份中。
        </Typography.Paragraph>
      ),
      okText: '确定恢复',
      cancelText: '取消',
      width: 560,
      onOk: () =>
        attempt('正在恢复备份…', async () => {
          const done = await api.startup.restoreBackup({ path: backup.path });
          return `已从 ${formatDate(backup.date)} 的备份恢复。` + (done.damagedCopy ? `原来的文件已保存为 ${done.damagedCopy}。` : '');
        }),
    });

  const openOther = (path: string) =>
    attempt('正在打开数据文件…', async () => {
      const done = await api.startup.openFile({ path });
      return `已打开数据文件 ${done.dataPath}。`;
    });

  const chooseOther = async () => {
    const chosen = await api.startup.chooseFile();
    if (chosen.available && chosen.path) await openOther(chosen.path);
  };

  const retry = () =>
    attempt('正在重新打开…', async () => {
      await api.startup.retry();
      return '数据文件已打开。';
    });

  const exit = () => {
    setQuit(true);
    // Closes the desktop window (and so the app); a browser tab that the page did not open stays, with the note below.
    window.close();
  };

  if (quit) {
    return (
      <div>
        <Card style={{ maxWidth: 720, margin: '80px auto' }}>
          <Typography.Title level={3}>已退出</Typography.Title>
          <Typography.Paragraph>数据文件没有被改动。现在可以关闭这个窗口。</Typography.Paragraph>
        </Card>
      </div>
    );
  }

  return (
    <main style={{ minHeight: '100vh', background: '#f5f5f5', padding: '32px 16px' }} data-testid="startup-problem">
      <Spin spinning={busy !== null} description={busy ?? undefined} size="large">
        <Card style={{ maxWidth: 900, margin: '0 auto' }}>
          <Space align="start" size={16}>
            <ExclamationCircleFilled style={{ fontSize: 40, color: '#d4380d', marginTop: 4 }} />
            <div>
              <Typography.Title level={2} style={{ marginTop: 0 }}>
                {problem.title}
              </Typography.Title>
              <Typography.Paragraph style={{ fontSize: 16 }}>{problem.message}</Typography.Paragraph>
              <Typography.Paragraph type="secondary" copyable={{ text: problem.path, tooltips: ['复制路径', '已复制'] }}>
                数据文件：{problem.path}
              </Typography.Paragraph>
            </div>
          </Space>

          {error && <Alert type="error" showIcon title="操作没有成功" description={error} style={{ marginBottom: 16 }} />}

          {problem.kind === 'locked' && (
            <Section title="关闭占用它的程序后重新尝试">
              <Button type="primary" size="large" onClick={retry}>
                重新尝试
              </Button>
            </Section>
          )}

          {problem.kind !== 'locked' && (
            <Section title="从备份恢复（推荐）">
              {backups.length === 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  title="数据文件夹里没有可用的备份"
                  description="backups 文件夹中没有通过检查的备份。如果U盘或其他位置有备份，请用下面的“打开其他数据文件”。"
                />
              ) : (
                <List
                  bordered
                  dataSource={backups}
                  renderItem={(backup, index) => (
                    <List.Item
                      actions={[
                        <Button key="restore" type={index === 0 ? 'primary' : 'default'} onClick={() => restore(backup)}>
                          {index === 0 ? '从最近的备份恢复' : '用这份恢复'}
                        </Button>,
                      ]}
                    >
                      <List.Item.Meta
                        title={
                          <Space>
                            {formatDate(backup.date)}
                            <Tag>{backup.kindLabel}</Tag>
                            {index === 0 && <Tag color="green">最近</Tag>}
                            {backup.ownerNote && <Tag color="orange">{backup.ownerNote}</Tag>}
                          </Space>
                        }
                        description={describeHolds(backup.holds)}
                      />
                    </List.Item>
                  )}
                />
              )}
            </Section>
          )}

          <Section title="打开其他数据文件">
            {canChoosePath ? (
              <Button size="large" onClick={() => void chooseOther()}>
                选择数据文件…
              </Button>
            ) : (
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  size="large"
                  aria-label="其他数据文件的位置"
                  placeholder="数据文件的完整路径，例如 D:\妇联台账\fulian.sqlite"
                  value={otherPath}
                  onChange={(e) => setOtherPath(e.target.value)}
                  onPressEnter={() => otherPath.trim() && void openOther(otherPath.trim())}
                />
                <Button size="large" disabled={!otherPath.trim()} onClick={() => void openOther(otherPath.trim())}>
                  打开
                </Button>
              </Space.Compact>
            )}
          </Section>

          <Section title="退出">
            <Button size="large" onClick={exit}>
              退出
            </Button>
          </Section>

          <Collapse
            ghost
            items={[
              {
                key: 'technical',
                label: '技术信息（联系技术支持时请提供）',
                children: <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap' }}>{problem.technical}</Typography.Paragraph>,
              },
            ]}
          />
        </Card>
      </Spin>
    </main>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section style={{ marginTop: 24 }}>
      <Typography.Title level={4}>{title}</Typography.Title>
      {children}
    </section>
  );
}
