import { Card } from 'antd';

export function ImportPage() {
  return <Card title="导入花名册">建设中</Card>;
}
