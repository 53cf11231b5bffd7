/**
 * The fields of an item a person may still change (the 档号 parts never change):
 * 题名 (自拟 → printed in [ ]), 责任者, 文号, 日期, 密级, 页数, 备注. Shared by the
 * 新增纸质文件 dialog and the item page.
 */
import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SECRECY_LEVELS } from '../../core/archive/schema';

export interface ItemFieldValues {
  title: string;
  selfTitled: boolean;
  responsible: string;
  docNumber?: string;
  date?: Dayjs | null;
  secrecy: (typeof SECRECY_LEVELS)[number];
  pages?: number | null;
  note?: string;
}

export function itemFieldsOf(v: ItemFieldValues) {
  return {
    title: v.title,
    selfTitled: v.selfTitled,
    responsible: v.responsible,
    docNumber: v.docNumber ?? '',
    date: v.date ? v.date.format('YYYY-MM-DD') : null,
    secrecy: v.secrecy,
    pages: v.pages ?? null,
    note: v.note ?? '',
  };
}

export function itemFieldValues(i: { title: string; selfTitled: boolean; responsible: string; docNumber: string; date: string | null; secrecy: string; pages: number | null; note: string }): ItemFieldValues {
  return { ...i, secrecy: i.secrecy as ItemFieldValues['secrecy'], date: i.date ? dayjs(i.date) : null };
}

/** `labelSpan`: the form's labelCol span, so the 自拟题名 box lines up under the fields. */
export function ItemFields({ labelSpan }: { labelSpan: number }) {
  return (
    <>
      <Form.Item label="题名" name="title" rules={[{ required: true, whitespace: true, message: '请填写题名' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="selfTitled" valuePropName="checked" wrapperCol={{ offset: labelSpan }} style={{ marginTop: -12 }}>
        <Checkbox>自拟题名（原文件没有标题，目录中题名加 [ ]）</Checkbox>
      </Form.Item>
      <Form.Item label="责任者" name="responsible">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="文号" name="docNumber">
        <Input maxLength={50} placeholder="如：区妇字〔2026〕12号" />
      </Form.Item>
      <Form.Item label="日期" name="date">
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="密级" name="secrecy">
        <Select style={{ width: 200 }} options={SECRECY_LEVELS.map((s) => ({ value: s, label: s || '（不填）' }))} />
      </Form.Item>
      <Form.Item label="页数" name="pages">
        <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}
