/**
 * 归档文件: the year's items (件) in 档号 order, searchable over 档号 and 题名, filtered
 * by 年度 / 保管期限 / 机构(问题) / 盒号 / 作废; 新增纸质文件; the selected items 装盒 or
 * get their 归档章 printed; the year's 归档文件目录.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Retention } from '../../core/archive/code';
import { api } from '../api';
import { Permitted, useAccess } from '../operators/access';
import { printRoute } from '../print/registry';
import { errorText } from '../records/run';
import { BoxPickDialog } from './BoxPickDialog';
import { itemRoute } from './links';
import { LabelPrintDialog } from './LabelPrintDialog';
import { ManualItemDialog } from './ManualItemDialog';
import { retentionOptions, yearOptions } from './options';
import { useArchiveYear } from './useArchiveYear';

export type ItemRow = Awaited<ReturnType<typeof api.archive.list>>[number];
type Boxes = Awaited<ReturnType<typeof api.archive.boxes>>;
type Orgs = Awaited<ReturnType<typeof api.archive.settings>>['orgs'];

type VoidFilter = 'with' | 'without' | 'only';
interface Filters {
  retention?: Retention;
  orgCode?: string;
  /** a box id, 0 = 未装盒 */
  box?: number;
  voided: VoidFilter;
  query: string;
}

export function ItemsPage() {
  const navigate = useNavigate();
  const { may } = useAccess();
  const { year, years, setYear } = useArchiveYear();
  const [filters, setFilters] = useState<Filters>({ voided: 'with', query: '' });
  const [rows, setRows] = useState<ItemRow[]>();
  const [boxes, setBoxes] = useState<Boxes>([]);
  const [orgs, setOrgs] = useState<Orgs>([]);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<'manual' | 'box' | 'labels' | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void api.archive.settings().then((s) => setOrgs(s.orgs), () => undefined);
  }, []);
  useEffect(() => {
    let current = true;
    Promise.all([
      api.archive.list({
        year,
        retention: filters.retention,
        orgCode: filters.orgCode,
        boxId: filters.box === undefined ? undefined : filters.box === 0 ? null : filters.box,
        includeVoided: filters.voided !== 'without',
        query: filters.query,
      }),
      api.archive.boxes({ year }),
    ]).then(
      ([list, b]) => {
        if (!current) return;
        setRows(filters.voided === 'only' ? list.filter((r) => r.voided) : list);
        setBoxes(b);
        setError(undefined);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [year, filters, reloads]);

  const patch = (p: Partial<Filters>) => setFilters({ ...filters, ...p });
  const reload = () => {
    setSelected([]);
    setReloads((n) => n + 1);
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          归档文件
        </Typography.Title>
        <Space wrap>
          <Button size="large" onClick={() => navigate(printRoute('archive-catalog', { year: String(year) }))}>
            打印归档文件目录
          </Button>
          <Button size="large" onClick={() => setDialog('labels')}>
            {selected.length ? `打印所选${selected.length}件的归档章` : '打印本年度归档章'}
          </Button>
          <Permitted method="archive.putInBox">
            <Button size="large" disabled={!selected.length} onClick={() => setDialog('box')}>
              装盒{selected.length ? `（${selected.length}件）` : ''}
            </Button>
          </Permitted>
          <Permitted method="archive.createManual">
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setDialog('manual')}>
              新增纸质文件
            </Button>
          </Permitted>
        </Space>
      </Space>
      <Space wrap>
        <Select aria-label="年度" style={{ width: 120 }} value={year} options={yearOptions(years)} onChange={(y: number) => setYear(y)} />
        <Select aria-label="保管期限" allowClear placeholder="全部保管期限" style={{ width: 170 }} value={filters.retention} options={retentionOptions} onChange={(retention?: Retention) => patch({ retention })} />
        {orgs.length > 0 && (
          <Select
            aria-label="机构（问题）"
            allowClear
            placeholder="全部机构（问题）"
            style={{ width: 190 }}
            value={filters.orgCode}
            options={orgs.map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }))}
            onChange={(orgCode?: string) => patch({ orgCode })}
          />
        )}
        <Select
          aria-label="盒号"
          allowClear
          placeholder="全部盒号"
          style={{ width: 200 }}
          value={filters.box}
          options={[{ value: 0, label: '未装盒' }, ...boxes.map((b) => ({ value: b.id, label: b.label }))]}
          onChange={(box?: number) => patch({ box })}
        />
        <Select
          aria-label="作废"
          style={{ width: 130 }}
          value={filters.voided}
          options={[
            { value: 'with', label: '含作废' },
            { value: 'without', label: '不含作废' },
            { value: 'only', label: '只看作废' },
          ]}
          onChange={(voided: VoidFilter) => patch({ voided })}
        />
        <Input.Search aria-label="搜索档案" placeholder="搜索档号或题名" allowClear enterButton="搜索" style={{ width: 320 }} onSearch={(query) => patch({ query })} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<ItemRow>
        rowKey="id"
        data-testid="archive-items"
        loading={!rows && !error}
        dataSource={rows}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 件` }}
        locale={{ emptyText: filters.query ? '没有找到符合条件的档案' : `${year}年还没有归档文件。已定稿的会议记录、学习记录在其页面上点“归档”即可。` }}
        onRow={(r) => ({ onDoubleClick: () => navigate(itemRoute(r.id)) })}
        columns={[
          {
            title: '档号',
            dataIndex: 'archivalCode',
            width: 235,
            render: (code: string, r) => (
              <a onClick={() => navigate(itemRoute(r.id))} style={r.voided ? { textDecoration: 'line-through', color: '#888' } : undefined}>
                {code}
              </a>
            ),
          },
          { title: '题名', dataIndex: 'catalogTitle' },
          { title: '日期', dataIndex: 'date', width: 115 },
          { title: '保管期限', dataIndex: 'retentionLabel', width: 100 },
          { title: '页数', dataIndex: 'pages', width: 70, render: (p: number | null) => p ?? <Typography.Text type="warning">未填</Typography.Text> },
          { title: '盒号', dataIndex: 'boxNo', width: 70, render: (n: number | null) => n ?? '—' },
          { title: '来源', width: 100, render: (_v, r) => r.source?.title ?? r.docKind },
          {
            title: '状态',
            width: 120,
            render: (_v, r) => (
              <Space size={4} wrap>
                {r.voided && <Tag color="default">作废</Tag>}
                {r.correctedAfterFiling && <Tag color="orange">归档后有更正</Tag>}
                {!r.voided && !r.correctedAfterFiling && <Tag color="green">正常</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {dialog === 'manual' && (
        <ManualItemDialog
          year={year}
          onClose={(id) => {
            setDialog(null);
            if (id) navigate(itemRoute(id));
          }}
        />
      )}
      {dialog === 'box' && may('archive.putInBox') && (
        <BoxPickDialog
          year={year}
          itemIds={selected}
          onClose={(done) => {
            setDialog(null);
            if (done) reload();
          }}
        />
      )}
      {dialog === 'labels' && <LabelPrintDialog params={selected.length ? { items: selected.join(',') } : { year: String(year) }} count={selected.length || undefined} onClose={() => setDialog(null)} />}
    </Space>
  );
}
