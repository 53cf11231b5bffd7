/** 新建档案盒 / 改盒号, and the 备考表 fields of a box. */
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Retention } from '../../core/archive/code';
import { api } from '../api';
import { errorText } from '../records/run';
import type { Box } from './BoxesPage';
import { retentionOptions } from './options';

type Orgs = Awaited<ReturnType<typeof api.archive.settings>>['orgs'];

/** Without `box`: a new box of the year (盒号 left empty = the next free one); with it: 改盒号. */
export function BoxDialog({ year, box, onClose }: { year: number; box?: Box; onClose(doneId?: number): void }) {
  const { message } = App.useApp();
  const [retention, setRetention] = useState<Retention>('D30');
  const [orgCode, setOrgCode] = useState<string>();
  const [boxNo, setBoxNo] = useState<number | null>(box?.boxNo ?? null);
  const [orgs, setOrgs] = useState<Orgs>([]);
  const [withOrg, setWithOrg] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.archive.settings().then((s) => {
      setOrgs(s.orgs);
      setWithOrg(s.scheme.withOrg);
    });
  }, []);

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (box) {
        await api.archive.renumberBox({ id: box.id, boxNo: boxNo ?? box.boxNo });
        message.success(`盒号已改为 ${boxNo}，盒内档号不变`);
        onClose(box.id);
      } else {
        const created = await api.archive.createBox({ year, retention, orgCode: withOrg ? (orgCode ?? null) : null, boxNo: boxNo ?? undefined });
        message.success(`已新建${created.label}`);
        onClose(created.id);
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={box ? `改盒号：${box.label}` : `新建${year}年档案盒`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={() => onClose()} confirmLoading={busy}>
      <Form layout="horizontal" labelCol={{ span: 6 }}>
        {!box && (
          <Form.Item label="保管期限">
            <Select aria-label="盒的保管期限" value={retention} onChange={(v: Retention) => setRetention(v)} options={retentionOptions} style={{ width: 200 }} />
          </Form.Item>
        )}
        {!box && withOrg && (
          <Form.Item label="机构（问题）">
            <Select aria-label="盒的机构（问题）" value={orgCode} onChange={(v: string) => setOrgCode(v)} options={orgs.map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }))} style={{ width: 240 }} />
          </Form.Item>
        )}
        <Form.Item label="盒号" extra={box ? '改盒号不会改变盒内文件的档号。' : '不填则取本类别下一个盒号。'}>
          <InputNumber aria-label="盒号" min={1} max={9999} precision={0} value={boxNo} onChange={(v) => setBoxNo(v)} style={{ width: 200 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}

interface NotesValues {
  contentsNote: string;
  arrangedBy: string;
  arrangedOn: Dayjs | null;
  checkedBy: string;
  checkedOn: Dayjs | null;
}

export function BoxNotesDialog({ box, onClose }: { box: Box; onClose(done?: boolean): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NotesValues>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const day = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
      await api.archive.saveBoxNotes({ id: box.id, contentsNote: v.contentsNote ?? '', arrangedBy: v.arrangedBy ?? '', arrangedOn: day(v.arrangedOn), checkedBy: v.checkedBy ?? '', checkedOn: day(v.checkedOn) });
      message.success('备考表已保存');
      onClose(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={`备考表：${box.label}`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={() => onClose()} confirmLoading={busy} width={640}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          contentsNote: box.contentsNote,
          arrangedBy: box.arrangedBy,
          arrangedOn: box.arrangedOn ? dayjs(box.arrangedOn) : null,
          checkedBy: box.checkedBy,
          checkedOn: box.checkedOn ? dayjs(box.checkedOn) : null,
        }}
      >
        <Form.Item label="盒内文件情况说明" name="contentsNote">
          <Input.TextArea rows={5} maxLength={1000} placeholder="如：本盒共25件，缺损、修改、补充、移出等情况" />
        </Form.Item>
        <Form.Item label="整理人" name="arrangedBy">
          <Input maxLength={30} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="整理日期" name="arrangedOn">
          <DatePicker style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="检查人" name="checkedBy">
          <Input maxLength={30} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="检查日期" name="checkedOn">
          <DatePicker style={{ width: 240 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
