import { Button, Card, Descriptions, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApiTable } from '../../core/api';
import type { ApiOutput } from '../../core/api/types';
import { api } from '../api';
import { useBranch } from '../branch';

type SystemInfo = ApiOutput<ApiTable, 'system', 'info'>;

export function HomePage() {
  const { info } = useBranch();
  const navigate = useNavigate();
  const [system, setSystem] = useState<SystemInfo | null>(null);
  useEffect(() => {
    api.system.info().then(setSystem, () => setSystem(null));
  }, []);

  if (info && !info.name) {
    return (
      <Result
        status="info"
        title="欢迎使用社区妇联工作台账"
        subTitle="第一次使用，请先填写本社区妇联的基本信息。"
        extra={
          <Button type="primary" size="large" onClick={() => navigate('/settings/basic')}>
            填写基本信息
          </Button>
        }
      />
    );
  }
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
