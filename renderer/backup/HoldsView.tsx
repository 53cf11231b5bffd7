/** What a backup file holds, shown before anything is restored from it. */
import { Descriptions } from 'antd';
import { describeHolds, formatDate, formatSize, type Holds } from './format';

export function HoldsView({ path, size, holds }: { path: string; size: number; holds: Holds }) {
  return (
    <Descriptions column={1} bordered size="small" labelStyle={{ width: 120 }} data-testid="backup-holds">
      <Descriptions.Item label="文件">{path}</Descriptions.Item>
      <Descriptions.Item label="妇联名称">{holds.branchName || '（未填写）'}</Descriptions.Item>
      <Descriptions.Item label="内容">{describeHolds(holds, false)}</Descriptions.Item>
      <Descriptions.Item label="最后修改">{formatDate(holds.lastChange)}</Descriptions.Item>
      <Descriptions.Item label="数据库版本">{holds.schemaVersion}</Descriptions.Item>
      <Descriptions.Item label="大小">{formatSize(size)}</Descriptions.Item>
    </Descriptions>
  );
}
