import { Card, Descriptions } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiTable } from '../../core/api';
import type { ApiOutput } from '../../core/api/types';
import { api } from '../api';
import { useBranch } from '../branch';

type SystemInfo = ApiOutput<ApiTable, 'system', 'info'>;

export function HomePage() {
  const { info } = useBranch();
  const [system, setSystem] = useState<SystemInfo | null>(null);
  useEffect(() => {
    api.system.info().then(setSystem, () => setSystem(null));
  }, []);

  return (
    <Card title="首页">
      <Descriptions column={1} bordered size="middle">
        <Descriptions.Item label="社区妇联">{info?.name}</Descriptions.Item>
        <Descriptions.Item label="所属街道">{info?.street || '未填写'}</Descriptions.Item>
        <Descriptions.Item label="数据文件">{system?.dbPath}</Descriptions.Item>
        <Descriptions.Item label="软件版本">{system?.appVersion}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
