/**
 * 档案盒: the year's boxes (盒号, category, 件数, 起止件号), 新建档案盒, and per box:
 * the items inside (移出), 装入 unboxed items of the same category, 改盒号 (the
 * 档号 never change), the 备考表 fields, 删除 an empty box; prints 盒脊 and 备考表.
 */
import { PlusOutlined } from '@ant-design/icons';
import { CANNOT_UNDO } from '../records/confirm-texts';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { Permitted, useAccess } from '../operators/access';
import { printRoute } from '../print/registry';
import { errorText, useRun } from '../records/run';
import { BoxDialog, BoxNotesDialog } from './BoxDialogs';
import { LabelPrintDialog } from './LabelPrintDialog';
import { itemRoute } from './links';
import { yearOptions } from './options';
import { useArchiveYear } from './useArchiveYear';

export type Box = Awaited<ReturnType<typeof api.archive.boxes>>[number];
type Item = Awaited<ReturnType<typeof api.archive.list>>[number];

const pieces = (b: Box) => (b.firstPiece === null ? '—' : `${String(b.firstPiece).padStart(4, '0')}—${String(b.lastPiece).padStart(4, '0')}`);

export function BoxesPage() {
  const { year, years, setYear } = useArchiveYear();
  const [search] = useSearchParams();
  const [boxes, setBoxes] = useState<Box[]>();
  const [openBox, setOpenBox] = useState<number | undefined>(Number(search.get('box')) || undefined);
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'renumber' | 'notes'; box: Box } | { kind: 'spines' } | null>(null);
  const [error, setError] = useState<string>();
  const [reloads, setReloads] = useState(0);
  const navigate = useNavigate();
  const reload = () => setReloads((n) => n + 1);

  useEffect(() => {
    let current = true;
    api.archive.boxes({ year }).then(
      (b) => current && setBoxes(b),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [year, reloads]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          档案盒
        </Typography.Title>
        <Space wrap>
          <Select aria-label="年度" style={{ width: 120 }} value={year} options={yearOptions(years)} onChange={(y: number) => setYear(y)} />
          <Button size="large" disabled={!boxes?.length} onClick={() => setDialog({ kind: 'spines' })}>
            打印盒脊
          </Button>
          <Button size="large" disabled={!boxes?.length} onClick={() => navigate(printRoute('archive-box-notes', { year: String(year) }))}>
            打印备考表
          </Button>
          <Permitted method="archive.createBox">
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              新建档案盒
            </Button>
          </Permitted>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} closable onClose={() => setError(undefined)} />}
      <Table<Box>
        rowKey="id"
        data-testid="archive-boxes"
        loading={!boxes}
        dataSource={boxes}
        pagination={false}
        locale={{ emptyText: `${year}年还没有档案盒` }}
        expandable={{
          expandedRowKeys: openBox ? [openBox] : [],
          onExpand: (open, b) => setOpenBox(open ? b.id : undefined),
          expandedRowRender: (b) => <BoxContents box={b} onChanged={reload} />,
        }}
        columns={[
          { title: '盒号', dataIndex: 'boxNo', width: 80 },
          { title: '类别', dataIndex: 'label' },
          { title: '件数', dataIndex: 'itemCount', width: 80 },
          { title: '起止件号', width: 140, render: (_v, b) => pieces(b) },
          { title: '整理人', dataIndex: 'arrangedBy', width: 100 },
          { title: '检查人', dataIndex: 'checkedBy', width: 100 },
          {
            title: '操作',
            width: 260,
            render: (_v, b) => <BoxActions box={b} onEdit={(kind) => setDialog({ kind, box: b })} onChanged={reload} onError={setError} />,
          },
        ]}
      />
      {dialog?.kind === 'create' && (
        <BoxDialog
          year={year}
          onClose={(created) => {
            setDialog(null);
            if (created) {
              setOpenBox(created);
              reload();
            }
          }}
        />
      )}
      {dialog?.kind === 'renumber' && <BoxDialog year={year} box={dialog.box} onClose={(done) => (setDialog(null), done && reload())} />}
      {dialog?.kind === 'notes' && <BoxNotesDialog box={dialog.box} onClose={(done) => (setDialog(null), done && reload())} />}
      {dialog?.kind === 'spines' && <LabelPrintDialog kind="spines" params={{ year: String(year) }} onClose={() => setDialog(null)} />}
    </Space>
  );
}

function BoxActions({ box, onEdit, onChanged, onError }: { box: Box; onEdit(kind: 'renumber' | 'notes'): void; onChanged(): void; onError(text: string): void }) {
  const { may } = useAccess();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const remove = () =>
    modal.confirm({
      title: `删除${box.label}？`,
      content: `只能删除空的档案盒。${CANNOT_UNDO}`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.archive.removeBox({ id: box.id });
          message.success(`已删除${box.label}`);
          onChanged();
        } catch (err) {
          onError(errorText(err));
        }
      },
    });
  return (
    <Space wrap size={4}>
      {may('archive.saveBoxNotes') && <a onClick={() => onEdit('notes')}>备考表</a>}
      {may('archive.renumberBox') && <a onClick={() => onEdit('renumber')}>改盒号</a>}
      <a onClick={() => navigate(printRoute('archive-box-notes', { boxes: String(box.id) }))}>打印备考表</a>
      {may('archive.removeBox') && box.itemCount === 0 && (
        <Button type="link" danger size="small" style={{ padding: 0 }} onClick={remove}>
          删除
        </Button>
      )}
    </Space>
  );
}

/** The items in one box, 移出, and 装入 from the unboxed items of the box's own category. */
function BoxContents({ box, onChanged }: { box: Box; onChanged(): void }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { may } = useAccess();
  const [inside, setInside] = useState<Item[]>();
  const [candidates, setCandidates] = useState<Item[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const { run, busy, error } = useRun();
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    const category = { year: box.year, retention: box.retention, orgCode: box.orgCode, includeVoided: true, query: '' };
    void Promise.all([api.archive.list({ ...category, boxId: box.id }), api.archive.list({ ...category, boxId: null, includeVoided: false })]).then(([a, b]) => {
      if (!current) return;
      setInside(a);
      setCandidates(b);
    });
    return () => {
      current = false;
    };
  }, [box, reloads]);

  const changed = () => {
    setChosen([]);
    setReloads((n) => n + 1);
    onChanged();
  };
  const put = () =>
    run(async () => {
      await api.archive.putInBox({ boxId: box.id, itemIds: chosen });
      message.success(`已装入${chosen.length}件`);
      changed();
    });
  const takeOut = (item: Item) =>
    run(async () => {
      await api.archive.takeOutOfBox({ itemIds: [item.id] });
      message.success(`已将 ${item.archivalCode} 移出`);
      changed();
    });

  return (
    <Card size="small" data-testid={`box-${box.boxNo}`}>
      {may('archive.putInBox') && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            mode="multiple"
            aria-label="装入的档案"
            placeholder={candidates.length ? '选择未装盒的档案（同年度、同保管期限）' : '没有同类别的未装盒档案'}
            style={{ width: 560 }}
            value={chosen}
            onChange={(ids: number[]) => setChosen(ids)}
            optionFilterProp="label"
            options={candidates.map((i) => ({ value: i.id, label: `${i.archivalCode} ${i.title}` }))}
          />
          <Button size="large" type="primary" disabled={!chosen.length} loading={busy} onClick={() => void put()}>
            装入此盒
          </Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {inside && inside.length === 0 ? (
        <Empty description="盒内还没有档案" />
      ) : (
        <Table<Item>
          rowKey="id"
          size="small"
          loading={!inside}
          dataSource={inside}
          pagination={false}
          columns={[
            { title: '档号', dataIndex: 'archivalCode', width: 260, render: (c: string, i) => <a onClick={() => navigate(itemRoute(i.id))}>{c}</a> },
            { title: '题名', dataIndex: 'catalogTitle' },
            { title: '页数', dataIndex: 'pages', width: 70 },
            ...(may('archive.takeOutOfBox')
              ? [{ title: '操作', width: 80, render: (_v: unknown, i: Item) => <a onClick={() => void takeOut(i)}>移出</a> }]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
