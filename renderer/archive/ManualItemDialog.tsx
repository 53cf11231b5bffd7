/**
 * 新增纸质文件: a paper document (通知, 计划, 总结, 上级来文, 照片 …) filed by hand. It
 * gets its 档号 at once; its scans (PDF / JPG / PNG) are added on the item page.
 */
import { Alert, App, Form, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Retention } from '../../core/archive/code';
import { MANUAL_KINDS } from '../../core/archive/schema';
import { api } from '../api';
import { errorText } from '../records/run';
import { ItemFields, itemFieldsOf, type ItemFieldValues } from './ItemFields';
import { retentionOptions, yearOptions, withThisYear } from './options';

type Settings = Awaited<ReturnType<typeof api.archive.settings>>;

interface Values extends ItemFieldValues {
  docKind: (typeof MANUAL_KINDS)[number];
  year: number;
  retention: Retention;
  orgCode?: string;
}

export function ManualItemDialog({ year, onClose }: { year: number; onClose(createdId?: number): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  /** The default 保管期限 of a 文件类别 (分类设置 → 默认保管期限, kinds `manual:通知` …). */
  const retentionFor = (s: Settings, docKind: string): Retention => s.retentionDefaults.find((d) => d.kind === `manual:${docKind}`)?.retention ?? 'D10';

  useEffect(() => {
    api.archive.settings().then(
      (s) => {
        setSettings(s);
        form.setFieldsValue({ docKind: '通知', year, retention: retentionFor(s, '通知'), title: '', selfTitled: false, responsible: s.branchName, secrecy: '', note: '' });
      },
      (err: unknown) => setError(errorText(err)),
    );
  }, [form, year]);

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const item = await api.archive.createManual({ ...itemFieldsOf(v), docKind: v.docKind, year: v.year, retention: v.retention, orgCode: settings?.scheme.withOrg ? (v.orgCode ?? null) : null });
      message.success(`已登记，档号 ${item.archivalCode}。请在下方添加扫描件。`);
      onClose(item.id);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title="新增纸质文件" okText="登记并给出档号" cancelText="取消" onOk={() => void save()} onCancel={() => onClose()} confirmLoading={busy} width={680}>
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 5 }}
        disabled={!settings}
        onValuesChange={(changed: Partial<Values>) => settings && changed.docKind && form.setFieldValue('retention', retentionFor(settings, changed.docKind))}
      >
        <Form.Item label="文件类别" name="docKind">
          <Select style={{ width: 200 }} options={MANUAL_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item label="年度" name="year">
          <Select style={{ width: 200 }} options={yearOptions(withThisYear([year - 1, year - 2], year))} />
        </Form.Item>
        <Form.Item label="保管期限" name="retention">
          <Select style={{ width: 200 }} options={retentionOptions} />
        </Form.Item>
        {settings?.scheme.withOrg && (
          <Form.Item label="机构（问题）" name="orgCode" rules={[{ required: true, message: '请选择机构（问题）' }]}>
            <Select style={{ width: 260 }} options={settings.orgs.map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }))} />
          </Form.Item>
        )}
        <ItemFields labelSpan={5} />
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="manual-error" />}
    </Modal>
  );
}
