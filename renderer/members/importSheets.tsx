/** The 预览 step's per-sheet counts, and the rows that wait for the user's tick (需确认). */
import { Alert, Table, Tag } from 'antd';
import type { api } from '../api';

type Preview = Awaited<ReturnType<typeof api.members.importPreview>>;

export function ImportSheets({ sheets }: { sheets: Preview['sheets'] }) {
  return (
    <Table
      size="small"
      rowKey="name"
      data-testid="import-sheets"
      dataSource={sheets}
      pagination={false}
      columns={[
        { title: '工作表', dataIndex: 'name' },
        { title: '数据行', dataIndex: 'rows', width: 90 },
        { title: '可导入', dataIndex: 'created', width: 90 },
        { title: '将更新', dataIndex: 'updated', width: 90 },
        { title: '已跳过', dataIndex: 'notMembers', width: 90, render: (n: number, s) => n + s.skipped },
        { title: '有错误', dataIndex: 'errorRows', width: 90 },
        { title: '需确认', dataIndex: 'pending', width: 90 },
      ]}
    />
  );
}

const KIND: Record<string, { label: string; color: string }> = {
  duplicate: { label: '身份证号重复', color: 'volcano' },
  male: { label: '男性身份证号', color: 'gold' },
};

/** Ticking a row imports it; of two rows with one ID, tick exactly the one to keep. */
export function ImportPending({ pending, onConfirm }: { pending: Preview['pending']; onConfirm(keys: string[]): void }) {
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={`有 ${pending.length} 行需要您确认：勾选的行才会导入（身份证号重复的两行只能勾选其中一行）。`}
      />
      <Table
        size="small"
        rowKey="key"
        data-testid="import-pending"
        dataSource={pending}
        pagination={false}
        rowSelection={{
          selectedRowKeys: pending.filter((p) => p.confirmed).map((p) => p.key),
          onChange: (keys) => onConfirm(keys.map(String)),
          getCheckboxProps: (p) => ({ 'aria-label': `导入“${p.sheet}”第${p.row}行（${p.name}）` }),
        }}
        columns={[
          { title: '工作表', dataIndex: 'sheet', width: 100 },
          { title: '行号', dataIndex: 'row', width: 70 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '身份证号', dataIndex: 'idNumber', width: 190 },
          { title: '需确认', dataIndex: 'kind', width: 130, render: (k: string) => <Tag color={KIND[k]?.color}>{KIND[k]?.label ?? k}</Tag> },
          { title: '说明', dataIndex: 'message' },
        ]}
      />
    </>
  );
}
