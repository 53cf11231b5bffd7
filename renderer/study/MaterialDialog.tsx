/** 新增/编辑学习材料: 标题, 发文机关, 文号, 发布日期, 类型, 来源. Used by the library and by the session editor. */
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { MATERIAL_KINDS } from '../../core/study/schema';
import { api } from '../api';
import { AttachmentsCard } from '../attachments/AttachmentsCard';

export type Material = Awaited<ReturnType<typeof api.study.materials>>[number];

interface Values {
  title: string;
  issuer?: string;
  docNumber?: string;
  publishedOn?: Dayjs | null;
  kind: (typeof MATERIAL_KINDS)[number];
  source?: string;
}

export function MaterialDialog({ open, material, onClose, onSaved }: { open: boolean; material?: Material; onClose(): void; onSaved(id: number): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      material
        ? { ...material, publishedOn: material.publishedOn ? dayjs(material.publishedOn) : null }
        : { title: '', issuer: '', docNumber: '', publishedOn: null, kind: '文件', source: '' },
    );
  }, [open, material, form]);

  const save = async () => {
    const v = await form.validateFields();
    const input = { title: v.title, issuer: v.issuer ?? '', docNumber: v.docNumber ?? '', publishedOn: v.publishedOn ? v.publishedOn.format('YYYY-MM-DD') : null, kind: v.kind, source: v.source ?? '' };
    setSaving(true);
    try {
      const { id } = material ? await api.study.updateMaterial({ id: material.id, material: input }) : await api.study.createMaterial(input);
      message.success('学习材料已保存');
      onSaved(id);
    } catch (err) {
      message.error(err instanceof Error ? err.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={material ? '编辑学习材料' : '新增学习材料'} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={saving} width={640} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item label="材料标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写材料标题' }]}>
          <Input maxLength={200} placeholder="如：关于深入学习贯彻全国妇女十四大精神的通知" />
        </Form.Item>
        <Form.Item label="发文机关" name="issuer">
          <Input maxLength={100} placeholder="如：区妇联" />
        </Form.Item>
        <Form.Item label="文号" name="docNumber">
          <Input maxLength={50} placeholder="如：区妇字〔2026〕12号" />
        </Form.Item>
        <Form.Item label="发布日期" name="publishedOn">
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="类型" name="kind">
          <Select style={{ width: 200 }} options={MATERIAL_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item label="来源" name="source">
          <Input maxLength={200} placeholder="如：区妇联下发、学习强国" />
        </Form.Item>
      </Form>
      {material && <AttachmentsCard owner={{ type: 'study_material', id: material.id }} />}
    </Modal>
  );
}
