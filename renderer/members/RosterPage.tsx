import { Card } from 'antd';

export function RosterPage() {
  return <Card title="妇女花名册">建设中</Card>;
}
