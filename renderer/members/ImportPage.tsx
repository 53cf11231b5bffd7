/**
 * 导入花名册: a five-step wizard. The file is read in the browser and checked by
 * the API (nothing written); the user fixes the column mapping, reviews every
 * problem, confirms, and the good rows are written in one transaction.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Radio, Result, Space, Spin, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ImportField, MappingOverride } from '../../core/members/import/fields';
import { api } from '../api';
import { readFileAsBase64 } from '../files';
import { ImportColumns } from './importColumns';
import { ImportProblems, problemRows } from './importProblems';

type Preview = Awaited<ReturnType<typeof api.members.importPreview>>;
type Summary = Awaited<ReturnType<typeof api.members.importCommit>>;
type OnExisting = 'skip' | 'update';

const STEPS = ['选择文件', '核对列', '预览与问题', '确认导入', '完成'].map((title) => ({ title }));

export function ImportPage() {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<MappingOverride>({});
  const [onExisting, setOnExisting] = useState<OnExisting>('skip');
  const [summary, setSummary] = useState<Summary | null>(null);

  /** Runs one API step with its stage text shown; errors go to the alert. */
  const run = async <T,>(stage: string, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(stage);
    setError(null);
    try {
      return await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return undefined;
    } finally {
      setBusy(null);
    }
  };

  const chooseFile = async (file: File) => {
    const checked = await run('正在读取文件…', async () => {
      const base64 = await readFileAsBase64(file);
      setBusy('正在检查数据…');
      return api.members.importPreview({ fileName: file.name, base64, onExisting });
    });
    if (checked) {
      setPreview(checked);
      setMapping({});
      setStep(1);
    }
  };

  const recheck = async (nextMapping: MappingOverride, nextOnExisting: OnExisting) => {
    if (!preview) return;
    const checked = await run('正在检查数据…', () =>
      api.members.importPreview({ token: preview.token, mapping: nextMapping, onExisting: nextOnExisting }),
    );
    if (checked) setPreview(checked);
  };

  const changeColumn = (header: string, field: ImportField | '') => {
    const next = { ...mapping, [header]: field };
    setMapping(next);
    void recheck(next, onExisting);
  };

  const changeOnExisting = (value: OnExisting) => {
    setOnExisting(value);
    void recheck(mapping, value);
  };

  const confirmImport = () => {
    if (!preview) return;
    const total = preview.toCreate + preview.toUpdate;
    setStep(3);
    modal.confirm({
      title: '确认导入',
      content: (
        <div>
          <p>
            将写入 <b>{total}</b> 人：新增 {preview.toCreate} 人，更新 {preview.toUpdate} 人。
          </p>
          {preview.errorRows > 0 && <p>有错误的 {preview.errorRows} 行不会导入。</p>}
          {preview.toSkip > 0 && <p>已登记的 {preview.toSkip} 行将跳过。</p>}
        </div>
      ),
      okText: `导入 ${total} 人`,
      cancelText: '返回修改',
      onCancel: () => setStep(2),
      onOk: async () => {
        const done = await run('正在写入…', () =>
          api.members.importCommit({ token: preview.token, mapping, onExisting }),
        );
        if (done) {
          setSummary(done);
          setStep(4);
          message.success(`已导入 ${done.imported + done.updated} 人`);
        } else setStep(2);
      },
    });
  };

  const restart = () => {
    setStep(0);
    setPreview(null);
    setSummary(null);
    setMapping({});
    setError(null);
  };

  return (
    <Card title="导入花名册">
      <Steps current={step} items={STEPS} style={{ marginBottom: 24 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} closable={{ onClose: () => setError(null) }} />}
      <Spin spinning={busy !== null} description={busy ?? undefined} size="large">
        {step === 0 && <ChooseFile onFile={chooseFile} />}
        {step === 1 && preview && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text>
              文件“{preview.fileName}”（工作表“{preview.sheetName}”）：表头在第 {preview.headerRow} 行，下面有 {preview.rows} 行数据。
              请核对每一列导入为哪一项；认不出的列可在右边选择。
            </Typography.Text>
            {preview.missingFields.length > 0 && (
              <Alert type="warning" showIcon title={`还没有对应到“${preview.missingFields.join('”“')}”列，请在下表中选择。`} />
            )}
            <ImportColumns columns={preview.mapping} onChange={changeColumn} />
            <Space>
              <Button onClick={restart}>重新选择文件</Button>
              <Button type="primary" disabled={preview.missingFields.length > 0} onClick={() => setStep(2)}>
                下一步：预览
              </Button>
            </Space>
          </Space>
        )}
        {(step === 2 || step === 3) && preview && (
          <PreviewStep preview={preview} onExisting={onExisting} onExistingChange={changeOnExisting} onBack={() => setStep(1)} onImport={confirmImport} />
        )}
        {step === 4 && summary && (
          <Result
            status="success"
            title={`导入完成：新增 ${summary.imported} 人，更新 ${summary.updated} 人`}
            subTitle={`共 ${summary.rows} 行；跳过已登记的 ${summary.skipped} 行；有错误未导入 ${summary.errorRows} 行。`}
            extra={[
              <Button type="primary" key="roster" onClick={() => navigate('/members')}>
                查看花名册
              </Button>,
              <Button key="again" onClick={restart}>
                再导入一个文件
              </Button>,
            ]}
          />
        )}
      </Spin>
    </Card>
  );
}

function ChooseFile({ onFile }: { onFile(file: File): void }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">把花名册文件拖到这里，或点击选择文件</p>
        <p className="ant-upload-hint">支持 Excel/WPS 的 .xlsx 文件和 .csv 文件，最大 20 MB。选择后只做检查，确认前不会写入任何数据。</p>
      </Upload.Dragger>
      <Typography.Text type="secondary">
        表格第一行可以是标题；表头需要有“姓名”“身份证号”列，其他列（文化程度、联系电话、片区等）按列名自动对应。
      </Typography.Text>
    </Space>
  );
}

interface PreviewStepProps {
  preview: Preview;
  onExisting: OnExisting;
  onExistingChange(value: OnExisting): void;
  onBack(): void;
  onImport(): void;
}

function PreviewStep({ preview, onExisting, onExistingChange, onBack, onImport }: PreviewStepProps) {
  const total = preview.toCreate + preview.toUpdate;
  const existing = preview.notes.length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space size={48} data-testid="import-counts">
        <Statistic title="可导入" value={preview.toCreate} suffix="人" />
        <Statistic title="有错误" value={preview.errorRows} suffix="行" styles={{ content: { color: preview.errorRows ? '#cf1322' : undefined } }} />
        <Statistic title="将更新" value={preview.toUpdate} suffix="人" />
        <Statistic title="将跳过" value={preview.toSkip} suffix="行" />
      </Space>
      {existing > 0 && (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={`身份证号已登记的 ${existing} 行`}>
            <Radio.Group value={onExisting} onChange={(e) => onExistingChange(e.target.value as OnExisting)}>
              <Radio value="skip">跳过（保留花名册中原有信息）</Radio>
              <Radio value="update">更新（用表格中的信息覆盖）</Radio>
            </Radio.Group>
          </Descriptions.Item>
        </Descriptions>
      )}
      {preview.newZones.length > 0 && (
        <Alert type="info" showIcon title={`以下片区/网格还不在列表中，导入时将自动新建：${preview.newZones.join('、')}`} />
      )}
      {preview.errorRows > 0 && (
        <Alert type="warning" showIcon title={`有错误的 ${preview.errorRows} 行不会导入。可以在表格中改正后重新导入，也可以先导入其余各行。`} />
      )}
      <ImportProblems rows={problemRows(preview.errors, preview.warnings, preview.notes)} fileName={preview.fileName} />
      {preview.sample.length > 0 && (
        <Table
          size="small"
          rowKey="row"
          title={() => '将写入的前几行（身份证号、电话已隐去中间位）'}
          dataSource={preview.sample}
          pagination={false}
          columns={[
            { title: '行号', dataIndex: 'row', width: 70 },
            { title: '姓名', dataIndex: 'name' },
            { title: '身份证号', dataIndex: 'idNumber' },
            { title: '出生日期', dataIndex: 'birthDate' },
            { title: '联系电话', dataIndex: 'phone' },
            { title: '文化程度', dataIndex: 'education' },
            { title: '片区/网格', dataIndex: 'zone' },
          ]}
        />
      )}
      <Space>
        <Button onClick={onBack}>上一步：核对列</Button>
        <Button type="primary" disabled={total === 0} onClick={onImport}>
          导入 {total} 人
        </Button>
      </Space>
    </Space>
  );
}
