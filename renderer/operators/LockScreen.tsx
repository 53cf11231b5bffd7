/** The lock screen: large, plain, one choice at a time — who you are, then your password. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useBranch } from '../branch';
import type { SessionState } from './session';

export function LockScreen({ state, onUnlocked }: { state: SessionState; onUnlocked(next: SessionState): void }) {
  const { info } = useBranch();
  const [operatorId, setOperatorId] = useState<number | null>(state.operators.length === 1 ? state.operators[0]!.id : null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = state.operators.find((o) => o.id === operatorId);

  const unlock = async () => {
    if (!chosen) return setError('请先点选您的姓名');
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await api.session.unlock({ operatorId: chosen.id, password }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#fdf2f6' }}>
      <Card style={{ width: 560, boxShadow: '0 4px 24px rgba(0,0,0,0.08)' }} styles={{ body: { padding: 36 } }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ textAlign: 'center' }}>
            <LockOutlined style={{ fontSize: 40, color: '#c2185b' }} />
            <Typography.Title level={2} style={{ margin: '12px 0 4px' }}>
              社区妇联工作台账已锁定
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 16 }}>
              {info?.name ? `${info.name} · ` : ''}请选择您的姓名并输入密码
            </Typography.Text>
          </div>
          <div>
            <Typography.Text strong style={{ fontSize: 18 }}>
              我是
            </Typography.Text>
            <Radio.Group
              value={operatorId}
              onChange={(e) => {
                setOperatorId(e.target.value as number);
                setError(null);
                setPassword('');
              }}
              style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 10 }}
              aria-label="选择操作员"
            >
              {state.operators.map((o) => (
                <Radio.Button key={o.id} value={o.id} style={{ height: 56, lineHeight: '54px', fontSize: 18, padding: '0 22px' }}>
                  <UserOutlined /> {o.name}
                  <span style={{ fontSize: 14, color: '#888', marginLeft: 6 }}>{o.role}</span>
                </Radio.Button>
              ))}
            </Radio.Group>
          </div>
          {chosen?.hasPassword && (
            <div>
              <label htmlFor="unlock-password" style={{ fontSize: 18, fontWeight: 600 }}>
                密码
              </label>
              <Input.Password
                id="unlock-password"
                size="large"
                autoFocus
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                onPressEnter={unlock}
                style={{ marginTop: 8, fontSize: 18 }}
                placeholder={`请输入“${chosen.name}”的密码`}
              />
            </div>
          )}
          {error && <Alert type="error" showIcon message={<span style={{ fontSize: 16 }}>{error}</span>} />}
          <Button type="primary" size="large" block onClick={unlock} loading={busy} disabled={!chosen} style={{ height: 52, fontSize: 20 }}>
            {chosen?.hasPassword ? '解锁' : '进入'}
          </Button>
          <Typography.Text type="secondary">忘记密码时，请另一位管理员在“设置 → 操作员”中为您重新设置。</Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
