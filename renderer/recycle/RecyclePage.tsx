/** 回收站: deleted records wait here; 恢复 puts them back, 彻底删除 (管理员, confirmed) removes them for good. */
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { api } from '../api';
import { Permitted } from '../operators/access';

type Listed = ApiOutput<ApiTable, 'recycle', 'list'>;
type Item = Listed['items'][number];

const PAGE_SIZE = 50;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function RecyclePage() {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Listed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { message, modal } = App.useApp();

  /** Bumped to read the list again after a change. */
  const [version, setVersion] = useState(0);
  const load = useCallback(async () => setVersion((v) => v + 1), []);
  useEffect(() => {
    let current = true;
    api.recycle.list({ page, pageSize: PAGE_SIZE }).then(
      (loaded) => {
        if (!current) return;
        setData(loaded);
        setError(null);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [version, page]);

  const restore = async (item: Item) => {
    try {
      await api.recycle.restore({ type: item.type, id: item.id });
      message.success(`已恢复${item.typeTitle}“${item.label}”`);
      await load();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const purge = (item: Item) =>
    modal.confirm({
      title: `彻底删除${item.typeTitle}“${item.label}”？`,
      content: '彻底删除后无法从回收站恢复，只能从删除前的备份中找回。确定要彻底删除吗？',
      okText: '彻底删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.recycle.purge({ type: item.type, id: item.id });
          message.success(`已彻底删除${item.typeTitle}“${item.label}”`);
          await load();
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  return (
    <Card title="回收站">
      <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
        删除的记录先放在这里，可以随时恢复。彻底删除需要管理员，并会记入操作日志。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<Item>
        rowKey={(item) => `${item.type}-${item.id}`}
        dataSource={data?.items ?? []}
        loading={!data && !error}
        locale={{ emptyText: '回收站是空的' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 条` }}
        columns={[
          { title: '类型', dataIndex: 'typeTitle', width: 100 },
          { title: '名称', dataIndex: 'label' },
          { title: '删除人', dataIndex: 'deletedBy', width: 120 },
          { title: '删除时间', dataIndex: 'deletedAt', width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
          {
            title: '操作',
            width: 220,
            render: (_v, item) => (
              <Space>
                <Permitted method="recycle.restore">
                  <Button type="primary" onClick={() => void restore(item)}>
                    恢复
                  </Button>
                </Permitted>
                <Permitted method="recycle.purge" otherwise="disable">
                  <Button danger onClick={() => purge(item)}>
                    彻底删除
                  </Button>
                </Permitted>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
