/** Header: who is working now, and 锁定 / 切换操作员 (only once operators are set up). */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { ROLE_HINTS } from '../../core/operators/roles';
import { useSession } from './session';

export function SessionControl() {
  const session = useSession();
  if (!session || !session.state.operators.length || !session.state.operator) return null;
  const { operator, lockEnabled } = session.state;
  return (
    <Space size="middle" data-testid="session-control">
      <Typography.Text>
        <UserOutlined /> 当前操作员：{operator.name}（{operator.role}）
      </Typography.Text>
      {operator.role !== '管理员' && (
        <Tooltip title={ROLE_HINTS[operator.role]}>
          <Tag style={{ fontSize: '0.93em', padding: '2px 8px' }}>{operator.role === '只读' ? '只能查看和打印' : '不能管理操作员和完整身份证号'}</Tag>
        </Tooltip>
      )}
      <Button icon={<LockOutlined />} onClick={() => void session.lock()} disabled={!lockEnabled} title={lockEnabled ? undefined : '给操作员设置密码后才能锁定'}>
        锁定 / 切换操作员
      </Button>
    </Space>
  );
}
