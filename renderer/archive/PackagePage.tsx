/**
 * 档案包: the year's items as an offline BagIt package (catalog .xlsx, one PDF per
 * item named by its 档号, the attachments, an index.html to browse without the app)
 * written to a folder or USB stick, with progress; and 校验档案包, which re-hashes
 * a package and reports each file as 完好 / 已改动 / 缺失 / 多出.
 */
import { Alert, Button, Card, Input, Progress, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { Permitted } from '../operators/access';
import { errorText } from '../records/run';
import { yearOptions } from './options';
import { useArchiveYear } from './useArchiveYear';
import { VerifyCard } from './VerifyCard';

type Progressed = Awaited<ReturnType<typeof api.archive.exportProgress>>;

const PHASES: Record<Progressed['progress']['phase'], string> = { collect: '正在准备文件', write: '正在写入', verify: '正在校验写入的文件', done: '完成' };

export function PackagePage() {
  const { year, years, setYear } = useArchiveYear();
  const [outDir, setOutDir] = useState('');
  const [job, setJob] = useState<Progressed>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [checkDir, setCheckDir] = useState('');
  const polling = useRef<number>(undefined);

  useEffect(() => () => window.clearTimeout(polling.current), []);

  const poll = (jobId: string) => {
    polling.current = window.setTimeout(() => {
      api.archive.exportProgress({ jobId }).then(
        (p) => {
          setJob(p);
          if (!p.done) return poll(jobId);
          setBusy(false);
          if (p.error) setError(p.error.message);
          if (p.result) setCheckDir(p.result.path);
        },
        (err: unknown) => {
          setBusy(false);
          setError(errorText(err));
        },
      );
    }, 400);
  };
  const start = async () => {
    setError(undefined);
    setJob(undefined);
    setBusy(true);
    try {
      const { jobId } = await api.archive.exportPackage({ year, outDir });
      poll(jobId);
    } catch (err) {
      setBusy(false);
      setError(errorText(err));
    }
  };

  const p = job?.progress;
  const percent = p && p.totalBytes ? Math.floor((p.bytes / p.totalBytes) * 100) : p?.phase === 'done' ? 100 : 0;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        档案包
      </Typography.Title>
      <Permitted method="archive.exportPackage">
        <Card title="导出档案包（可存到U盘）" size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              把一个年度的归档文件目录（Excel）、每件档案的 PDF（以档号命名）和附件，连同可在任何浏览器中打开的 index.html，写成一个自带校验信息的档案包（BagIt
              格式）。写完之前只有临时文件夹，不会留下看似完整的半个档案包。
            </Typography.Paragraph>
            <Space wrap>
              <Select aria-label="导出年度" style={{ width: 120 }} value={year} options={yearOptions(years)} onChange={(y: number) => setYear(y)} />
              <Input aria-label="保存到文件夹" placeholder="保存到的文件夹，如 E:\档案 （空文件夹或尚不存在）" style={{ width: 520 }} value={outDir} onChange={(e) => setOutDir(e.target.value)} />
              <Button type="primary" size="large" disabled={!outDir.trim() || busy} loading={busy} onClick={() => void start()}>
                导出档案包
              </Button>
            </Space>
            {p && (
              <div data-testid="export-progress">
                <Progress percent={percent} status={job?.error ? 'exception' : job?.done ? 'success' : 'active'} />
                <Typography.Text>
                  {PHASES[p.phase]}：{p.files}/{p.totalFiles} 个文件
                </Typography.Text>
              </div>
            )}
            {job?.result && (
              <Alert
                type="success"
                showIcon
                data-testid="export-done"
                message={`档案包已生成：${job.result.path}`}
                description={`共 ${job.result.items} 件档案、${job.result.files} 个文件（${(job.result.bytes / 1024 / 1024).toFixed(1)} MB）。`}
              />
            )}
            {error && <Alert type="error" showIcon message={error} data-testid="export-error" />}
          </Space>
        </Card>
      </Permitted>
      <VerifyCard dir={checkDir} onDir={setCheckDir} />
    </Space>
  );
}

