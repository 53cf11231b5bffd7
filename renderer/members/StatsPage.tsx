import { Card } from 'antd';

export function StatsPage() {
  return <Card title="妇女基本情况统计">建设中</Card>;
}
