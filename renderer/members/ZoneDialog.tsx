/** 管理片区: add, rename, reorder and delete zones (a zone still holding members cannot be deleted). */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { CANNOT_UNDO } from '../records/confirm-texts';
import { App, Button, Input, List, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';

export type ZoneOption = Awaited<ReturnType<typeof api.members.listZones>>[number];

export function ZoneDialog({ open, zones, onClose, onChanged }: { open: boolean; zones: ZoneOption[]; onClose(): void; onChanged(): void }) {
  const { message } = App.useApp();
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await action();
      if (done) message.success(done);
      onChanged();
      return true;
    } catch (err) {
      message.error(err instanceof Error ? err.message : '操作失败');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (await run(() => api.members.saveZone({ name: newName }), `已添加片区：${newName.trim()}`)) setNewName('');
  };
  const move = (index: number, delta: number) => {
    const ids = zones.map((z) => z.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    void run(() => api.members.reorderZones({ ids }));
  };

  return (
    <Modal open={open} title="管理片区" onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={560}>
      <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
        <Input placeholder="新片区名称，如：第一网格" value={newName} onChange={(e) => setNewName(e.target.value)} onPressEnter={add} maxLength={30} />
        <Button type="primary" onClick={add} loading={busy} disabled={!newName.trim()}>
          添加
        </Button>
      </Space.Compact>
      <List
        bordered
        dataSource={zones}
        locale={{ emptyText: '还没有片区。请在上面输入名称后点“添加”。' }}
        renderItem={(zone, index) => (
          <List.Item
            actions={[
              <Button key="up" size="small" icon={<ArrowUpOutlined />} disabled={index === 0 || busy} onClick={() => move(index, -1)} aria-label="上移" />,
              <Button key="down" size="small" icon={<ArrowDownOutlined />} disabled={index === zones.length - 1 || busy} onClick={() => move(index, 1)} aria-label="下移" />,
              <Popconfirm key="del" title={`确定删除片区“${zone.name}”？`} description={CANNOT_UNDO} okText="删除" cancelText="取消" onConfirm={() => run(() => api.members.deleteZone({ id: zone.id }), `已删除片区：${zone.name}`)}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label="删除" disabled={busy} />
              </Popconfirm>,
            ]}
          >
            <Typography.Text
              editable={{
                tooltip: '改名',
                onChange: (name) => name !== zone.name && void run(() => api.members.saveZone({ id: zone.id, name }), '片区已改名'),
              }}
            >
              {zone.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {zone.memberCount}人
            </Typography.Text>
          </List.Item>
        )}
      />
    </Modal>
  );
}
