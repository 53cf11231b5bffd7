/**
 * 分类设置: the scheme (年度–保管期限, or with 机构(问题)), the 机构(问题) list, the
 * default 保管期限 per record kind; the 全宗号 lives in 设置 → 基本信息.
 */
import { Alert, App, Button, Card, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { CANNOT_UNDO } from '../records/confirm-texts';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Retention } from '../../core/archive/code';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { errorText, useRun } from '../records/run';
import { retentionOptions } from './options';

type Settings = Awaited<ReturnType<typeof api.archive.settings>>;

export function SettingsPage() {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { may } = useAccess();
  const [settings, setSettings] = useState<Settings>();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const { run, busy, error, setError } = useRun();
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);

  useEffect(() => {
    api.archive.settings().then(setSettings, (err: unknown) => setError(errorText(err)));
  }, [reloads, setError]);

  if (!settings) return error ? <Alert type="error" showIcon message={error} /> : null;
  const canEdit = may('archive.saveScheme');

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1000 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        档案分类设置
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error} closable onClose={() => setError(undefined)} />}
      <Card title="全宗号" size="small">
        <Space>
          <Typography.Text style={{ fontSize: 16 }}>{settings.fondsCode || '尚未设置（档号中显示为□□□□，档案馆给出全宗号后填写）'}</Typography.Text>
          <Button onClick={() => navigate('/settings/basic')}>到 设置 → 基本信息 修改</Button>
          {settings.fondsCode && may('archive.fillMissingFonds') && (
            <Button
              loading={busy}
              onClick={() =>
                void run(async () => {
                  const done = await api.archive.fillMissingFonds();
                  message.success(done.items ? `已把 ${done.items} 件档案档号中的□□□□补为 ${done.fondsCode}` : '没有需要补填全宗号的档号');
                })
              }
            >
              补填档号中缺的全宗号
            </Button>
          )}
        </Space>
      </Card>
      <Card title="分类方案" size="small">
        <Radio.Group
          aria-label="分类方案"
          disabled={!canEdit || busy}
          value={settings.scheme.withOrg}
          onChange={(e) =>
            void run(async () => {
              await api.archive.saveScheme({ withOrg: e.target.value as boolean });
              message.success('分类方案已保存');
              reload();
            })
          }
        >
          <Space direction="vertical">
            <Radio value={false}>年度—保管期限（档号如 0194-WS·2016-D30-0001）</Radio>
            <Radio value={true}>年度—保管期限—机构（问题）（档号如 0194-WS·2016-D30-BGS-0001）</Radio>
          </Space>
        </Radio.Group>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          已给出的档号不会因更改方案而改变；件号在每个类别中从 0001 起编。
        </Typography.Paragraph>
      </Card>
      <Card title="机构（问题）代码" size="small">
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={settings.orgs}
          locale={{ emptyText: '还没有机构（问题）代码' }}
          columns={[
            { title: '代码', dataIndex: 'code', width: 120 },
            { title: '名称', dataIndex: 'name' },
            ...(may('archive.removeOrg')
              ? [
                  {
                    title: '操作',
                    width: 100,
                    render: (_v: unknown, o: { code: string }) => (
                      <a
                        onClick={() =>
                          modal.confirm({
                            title: `删除机构（问题）${o.code}？`,
                            content: CANNOT_UNDO,
                            okText: '删除',
                            okButtonProps: { danger: true },
                            cancelText: '取消',
                            onOk: () =>
                              run(async () => {
                                await api.archive.removeOrg({ code: o.code });
                                message.success(`已删除 ${o.code}`);
                                reload();
                              }),
                          })
                        }
                      >
                        删除
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {may('archive.saveOrg') && (
          <Space style={{ marginTop: 12 }} wrap>
            <Input aria-label="机构代码" placeholder="3位字母或数字，如 BGS" maxLength={3} style={{ width: 200 }} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />
            <Input aria-label="机构名称" placeholder="名称，如 办公室" maxLength={30} style={{ width: 240 }} value={name} onChange={(e) => setName(e.target.value)} />
            <Button
              type="primary"
              disabled={!code || !name}
              loading={busy}
              onClick={() =>
                void run(async () => {
                  await api.archive.saveOrg({ code, name });
                  message.success(`已添加 ${code} ${name}`);
                  setCode('');
                  setName('');
                  reload();
                })
              }
            >
              添加
            </Button>
          </Space>
        )}
      </Card>
      <Card title="默认保管期限" size="small">
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={settings.retentionDefaults}
          columns={[
            { title: '记录类别', dataIndex: 'label' },
            {
              title: '保管期限',
              width: 240,
              render: (_v, d) => (
                <Select
                  aria-label={`${d.label}的保管期限`}
                  style={{ width: 200 }}
                  disabled={!may('archive.saveRetentionDefault') || busy}
                  value={d.retention}
                  options={retentionOptions}
                  onChange={(retention: Retention) =>
                    void run(async () => {
                      await api.archive.saveRetentionDefault({ kind: d.kind, retention });
                      message.success(`${d.label}的默认保管期限已改为 ${retention}`);
                      reload();
                    })
                  }
                />
              ),
            },
            { title: '标准建议', width: 120, render: (_v, d) => d.builtIn },
          ]}
        />
      </Card>
    </Space>
  );
}
