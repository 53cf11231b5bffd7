/** 帮助 → 快捷键: the list in renderer/keyboard/shortcuts.ts. */
import { Modal, Table } from 'antd';
import { SHORTCUTS } from '../keyboard/shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Modal title="快捷键" open={open} onCancel={onClose} footer={null} width={720}>
      <Table
        size="middle"
        pagination={false}
        rowKey="keys"
        dataSource={[...SHORTCUTS]}
        columns={[
          { title: '按键', dataIndex: 'keys', width: 170, render: (keys: string) => <kbd style={{ fontFamily: 'inherit', fontWeight: 600 }}>{keys}</kbd> },
          { title: '作用', dataIndex: 'does', width: 170 },
          { title: '在哪里用', dataIndex: 'where' },
        ]}
      />
    </Modal>
  );
}
