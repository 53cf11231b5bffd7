/**
 * 街道汇总: the round's 统计截止日期, the expected 社区 (code, name, registered key
 * fingerprint), importing 上报包 (many at once), 已报 N / 应报 M, the merged 统计表 and
 * the 分社区汇总表 with print and .xlsx. Works on a data file with no roster.
 */
import { Alert, App, Button, Card, DatePicker, Form, Input, List, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ImportResult } from '../../core/reporting/district';
import type { MergedReport } from '../../core/reporting/merge';
import { api } from '../api';
import { readFileAsBase64, saveFile } from '../files';
import { BreakdownTable } from '../members/stats-tables';
import { printRoute } from '../print/registry';
import { SummaryTable } from './SummaryTable';
import './district.css';

type Merged = MergedReport & { branches: { code: string; name: string; fingerprint: string }[] };

export function DistrictPage() {
  const [report, setReport] = useState<Merged | null | undefined>(undefined);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string; name: string; fingerprint: string }>();

  const reload = useCallback(() => api.reporting.merged().then((r) => setReport(r as Merged | null), (e: unknown) => message.error(String((e as Error).message))), [message]);
  useEffect(() => void reload(), [reload]);

  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : String(e));
  const setRound = (d: dayjs.Dayjs | null) => d && api.reporting.setRound({ asOf: d.format('YYYY-MM-DD') }).then(reload, fail);
  const register = (values: { code: string; name: string; fingerprint: string }) =>
    api.reporting.registerBranch(values).then(() => {
      form.resetFields();
      message.success(`已登记：${values.name}`);
      return reload();
    }, fail);

  const importFiles = async (files: File[]) => {
    setBusy(true);
    try {
      const uploads = await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await readFileAsBase64(f) })));
      setResults(await api.reporting.importPackages({ files: uploads }));
      await reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  // antd calls beforeUpload once per file with the whole list: import the list once, on its last file.
  // From a folder, only the .fulian-report files are packages; anything else there is left alone.
  const onePass = (file: File, list: File[]) => {
    if (list[list.length - 1] === file) void importFiles(list.filter((f) => f.name.toLowerCase().endsWith('.fulian-report')));
    return false;
  };

  const exportXlsx = () => api.reporting.exportSummary().then((f) => saveFile(f.fileName, f.base64)).catch(fail);

  if (report === undefined) return <Card title="街道汇总" loading />;
  const receivedCodes = new Set(report?.received.map((r) => r.code) ?? []);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="街道汇总：各社区妇女基本情况"
        extra={
          <Space>
            <label htmlFor="district-as-of">本轮统计截止日期：</label>
            <DatePicker id="district-as-of" size="large" style={{ width: 190 }} allowClear={false} format="YYYY年M月D日" value={report ? dayjs(report.asOf) : null} onChange={setRound} />
          </Space>
        }
      >
        {!report ? (
          <Alert type="info" showIcon message="请先选择本轮汇总的统计截止日期（各社区须按同一日期生成上报包）。" />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Title level={3} data-testid="district-progress" style={{ margin: 0 }}>
              已报 {report.received.length} / 应报 {report.expected} 个社区
            </Typography.Title>
            <Upload.Dragger multiple accept=".fulian-report" showUploadList={false} disabled={busy} beforeUpload={onePass}>
              <p style={{ fontSize: 16, margin: 8 }}>把收到的上报包（.fulian-report，可一次多个）拖到这里，或点击选择</p>
            </Upload.Dragger>
            <Upload directory showUploadList={false} disabled={busy} beforeUpload={onePass}>
              <Button size="large">选择一个文件夹（导入其中所有上报包）</Button>
            </Upload>
            {results.length > 0 && (
              <List
                size="small"
                bordered
                data-testid="district-import-results"
                dataSource={results}
                renderItem={(r) => (
                  <List.Item>
                    <Tag color={r.status === '未导入' ? 'red' : 'green'}>{r.status}</Tag>
                    {r.message}
                  </List.Item>
                )}
              />
            )}
          </Space>
        )}
      </Card>

      <Card title="应报社区">
        <Table
          rowKey="code"
          size="middle"
          pagination={false}
          dataSource={report?.branches ?? []}
          locale={{ emptyText: '还没有登记社区：在下面填写社区编码、名称和它报来的密钥指纹' }}
          columns={[
            { title: '社区编码', dataIndex: 'code', width: 120 },
            { title: '社区', dataIndex: 'name' },
            { title: '登记的密钥指纹', dataIndex: 'fingerprint', render: (v: string) => <code style={{ fontSize: 15 }}>{v}</code> },
            { title: '本轮', key: 'status', width: 100, render: (_: unknown, b: { code: string }) => (receivedCodes.has(b.code) ? <Tag color="green">已报</Tag> : <Tag color="orange">未报</Tag>) },
          ]}
        />
        <Form form={form} layout="inline" onFinish={register} style={{ marginTop: 16, rowGap: 8 }}>
          <Form.Item name="code" label="社区编码" rules={[{ required: true, message: '请填写社区编码' }]}>
            <Input style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="name" label="社区名称" rules={[{ required: true, message: '请填写社区名称' }]}>
            <Input style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="fingerprint" label="密钥指纹" rules={[{ required: true, message: '请填写社区报来的密钥指纹' }]}>
            <Input style={{ width: 210 }} placeholder="如 3F2A-09BC-77D1-E460" />
          </Form.Item>
          <Button htmlType="submit">登记社区</Button>
        </Form>
      </Card>

      {report && report.received.length > 0 && (
        <Card
          title="汇总结果"
          extra={
            <Space>
              <Button size="large" onClick={exportXlsx}>
                导出分社区汇总表（Excel）
              </Button>
              <Button size="large" onClick={() => navigate(printRoute('district-summary'))}>
                打印分社区汇总表
              </Button>
              <Button type="primary" size="large" onClick={() => navigate(printRoute('district-merged'))}>
                打印汇总统计表
              </Button>
            </Space>
          }
        >
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            {report.duplicates.map((d) => (
              <Alert key={d.codes.join()} type="warning" showIcon message={`${d.count}人同时登记在${d.names[0]}和${d.names[1]}`} />
            ))}
            {report.withoutHashes.length > 0 && <Alert type="info" showIcon message={`${report.withoutHashes.join('、')}的上报包没有填写街道密钥，无法查重`} />}
            <Typography.Title level={5}>分社区汇总表</Typography.Title>
            <SummaryTable report={report} />
            {[report.stats.age, report.stats.education, report.stats.political, report.stats.ethnicity, report.stats.marital].map((block) => (
              <div key={block.title}>
                <Typography.Title level={5}>{block.title}</Typography.Title>
                <BreakdownTable block={block} testId={`district-table-${block.title}`} />
              </div>
            ))}
            <Typography.Paragraph type="secondary">{report.basis}</Typography.Paragraph>
          </Space>
        </Card>
      )}
    </Space>
  );
}
