/** 校验档案包: re-hashes a package folder and lists each file as 完好 / 已改动 / 缺失 / 多出. */
import { Alert, App, Button, Card, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { errorText } from '../records/run';

type Report = Awaited<ReturnType<typeof api.archive.verifyPackage>>;
type FileStatus = Report['payload'][number]['status'];

const STATUS: Record<FileStatus, { text: string; color: string }> = {
  ok: { text: '完好', color: 'green' },
  changed: { text: '已改动', color: 'red' },
  missing: { text: '缺失', color: 'red' },
  untracked: { text: '多出的文件', color: 'orange' },
};

export function VerifyCard({ dir, onDir }: { dir: string; onDir(dir: string): void }) {
  const { message } = App.useApp();
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setError(undefined);
    setReport(undefined);
    try {
      const r = await api.archive.verifyPackage({ dir });
      setReport(r);
      if (r.ok) message.success('档案包完好');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const files = report ? [...report.payload, ...report.tags] : [];
  const wrong = files.filter((f) => f.status !== 'ok');
  return (
    <Card title="校验档案包" size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Input aria-label="档案包文件夹" placeholder="档案包所在的文件夹" style={{ width: 640 }} value={dir} onChange={(e) => onDir(e.target.value)} />
          <Button size="large" disabled={!dir.trim() || busy} loading={busy} onClick={() => void verify()}>
            校验档案包
          </Button>
        </Space>
        {error && <Alert type="error" showIcon message={error} />}
        {report && (
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            data-testid="verify-summary"
            message={report.ok ? `档案包完好：${report.counts.ok} 个文件与清单一致。` : `档案包有问题：完好 ${report.counts.ok}，已改动 ${report.counts.changed}，缺失 ${report.counts.missing}，多出 ${report.counts.untracked}。`}
            description={!report.ok && report.problems.length > 0 && report.problems.slice(0, 10).map((p) => <div key={p}>{p}</div>)}
          />
        )}
        {report && (
          <Table
            rowKey="path"
            size="small"
            data-testid="verify-files"
            dataSource={wrong.length ? [...wrong, ...files.filter((f) => f.status === 'ok')] : files}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '文件', dataIndex: 'path' },
              { title: '状态', dataIndex: 'status', width: 140, render: (s: FileStatus) => <Tag color={STATUS[s].color}>{STATUS[s].text}</Tag> },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
