/**
 * 导出Excel: masked ID numbers, every time the dialog opens; full numbers only for a
 * 管理员, after an explicit choice and a confirmation.
 */
import { App, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { RosterSelectionInput } from '../../core/members/roster-schema';
import { api } from '../api';
import { saveFile } from '../files';
import { Permitted } from '../operators/access';

export function ExportDialog({ open, selection, total, onClose }: { open: boolean; selection: RosterSelectionInput; total: number; onClose(): void }) {
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const { message, modal } = App.useApp();

  const run = async () => {
    setBusy(true);
    try {
      const file = await api.members.exportRoster({ ...selection, fullIdNumbers: full });
      const saved = await saveFile(file.fileName, file.base64);
      if (saved.saved) message.success(`已导出 ${file.count} 人：${saved.path ?? file.fileName}`);
      onClose();
    } catch (err) {
      message.error(err instanceof Error ? err.message : '导出失败');
    } finally {
      setBusy(false);
    }
  };

  const start = () => {
    if (!full) return void run();
    modal.confirm({
      title: '确定导出完整身份证号？',
      content: '导出的文件将包含完整身份证号，属于个人敏感信息。请只在确有需要时导出，并妥善保管文件，用完及时删除。',
      okText: '确定导出',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: run,
    });
  };

  return (
    <Modal open={open} title="导出花名册（Excel）" okText="导出" cancelText="取消" onOk={start} confirmLoading={busy} onCancel={onClose} afterClose={() => setFull(false)}>
      <Typography.Paragraph>将导出当前搜索和筛选出的 {total} 人。</Typography.Paragraph>
      <Radio.Group value={full} onChange={(e) => setFull(e.target.value as boolean)}>
        <Space direction="vertical">
          <Radio value={false}>身份证号隐去中间8位（推荐）</Radio>
          <Permitted access="admin" otherwise="disable">
            <Radio value={true}>完整身份证号（需确认）</Radio>
          </Permitted>
        </Space>
      </Radio.Group>
    </Modal>
  );
}
