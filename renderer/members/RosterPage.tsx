/**
 * 妇女花名册: instant search, filters, sortable virtual table (smooth at 100,000
 * rows: pages of 200 fetched as they scroll into view), member detail and form,
 * 导出Excel and 打印花名册 of exactly what is shown.
 */
import { ImportOutlined, PlusOutlined, PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CARE_TAGS, EDUCATION, MEMBER_STATUSES, POLITICAL_STATUS, ROLES } from '../../core/members/codes';
import { AGE_BANDS, type RosterFilters, type RosterSelectionInput } from '../../core/members/roster-schema';
import { api } from '../api';
import { Permitted } from '../operators/access';
import { printRoute } from '../print/registry';
import { useLinkedId } from '../search/useLinkedId';
import { ExportDialog } from './ExportDialog';
import { MemberDetail } from './MemberDetail';
import { MemberForm } from './MemberForm';
import { RosterTable, type SortState } from './RosterTable';
import { useRosterPages } from './useRosterPages';
import { ZoneDialog, type ZoneOption } from './ZoneDialog';
import './roster.css';

type Filters = Omit<RosterFilters, 'status'> & { status: RosterFilters['status'] };

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function useTableHeight() {
  const measure = () => Math.max(280, window.innerHeight - 330);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

export function RosterPage() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ status: '在册' });
  const [sort, setSort] = useState<SortState>({ field: 'name', order: 'asc' });
  const [zones, setZones] = useState<ZoneOption[]>([]);
  const [tags, setTags] = useState<string[]>([...CARE_TAGS]);
  const [detailId, setDetailId] = useState<number>();
  // /members?member=12 (a search hit) opens her detail.
  const [linkedId, clearLinked] = useLinkedId('member');
  const [form, setForm] = useState<{ open: boolean; id?: number }>({ open: false });
  const [zonesOpen, setZonesOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const height = useTableHeight();

  const debouncedQuery = useDebounced(query, 150);
  const selection: RosterSelectionInput = useMemo(() => ({ query: debouncedQuery.trim(), filters, sort }), [debouncedQuery, filters, sort]);
  const pages = useRosterPages(selection);

  const loadZones = useCallback(() => {
    void api.members.listZones().then(setZones);
    void api.members.listTags().then(setTags);
  }, []);
  useEffect(loadZones, [loadZones]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) =>
    setFilters((f) => ({ ...f, [key]: value ?? undefined }));

  const queryLength = [...(selection.query ?? '')].length;
  const shortQuery = queryLength > 0 && queryLength < 3 ? selection.query : undefined;
  const filtered = Boolean(selection.query) || Object.entries(filters).some(([k, v]) => v !== undefined && !(k === 'status' && v === '在册'));
  const emptyRoster = pages.total === 0 && !filtered;

  const printRoster = () => navigate(printRoute('members-roster', { selection: JSON.stringify(selection) }));

  const afterSave = (id: number) => {
    setForm({ open: false });
    pages.refresh();
    loadZones();
    setDetailId(id);
  };

  return (
    <Card
      title={
        <Space>
          妇女花名册
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="roster-total">
            {pages.total === null ? '' : `共 ${pages.total} 人`}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Permitted method="members.create">
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
              新增成员
            </Button>
          </Permitted>
          <Permitted method="members.exportRoster">
            <Button size="large" onClick={() => setExportOpen(true)} disabled={!pages.total}>
              导出Excel
            </Button>
          </Permitted>
          <Button size="large" icon={<PrinterOutlined />} onClick={printRoster} disabled={!pages.total}>
            打印花名册
          </Button>
          <Permitted method="members.saveZone">
            <Button size="large" onClick={() => setZonesOpen(true)}>
              管理片区
            </Button>
          </Permitted>
        </Space>
      }
      styles={{ body: { paddingTop: 16 } }}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          allowClear
          size="large"
          prefix={<SearchOutlined />}
          placeholder="姓名、拼音首字母、证件或电话尾号、住址"
          title="姓名和拼音输入1个字即可查找；住址、证件或电话尾号请输入至少3个字"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 380 }}
          aria-label="搜索成员"
        />
        <Select
          allowClear
          placeholder="片区"
          style={{ width: 130 }}
          value={filters.zoneId}
          onChange={(v) => setFilter('zoneId', v)}
          options={zones.map((z) => ({ value: z.id, label: z.name }))}
          aria-label="按片区筛选"
        />
        <Select allowClear placeholder="身份" style={{ width: 130 }} value={filters.role} onChange={(v) => setFilter('role', v)} options={options(ROLES)} aria-label="按身份筛选" />
        <Select allowClear placeholder="关爱标签" style={{ width: 130 }} value={filters.tag} onChange={(v) => setFilter('tag', v)} options={options(tags)} aria-label="按关爱标签筛选" />
        <Select
          allowClear
          placeholder="年龄段"
          style={{ width: 140 }}
          value={filters.ageBand}
          onChange={(v) => setFilter('ageBand', v)}
          options={AGE_BANDS.map((b) => ({ value: b.key, label: b.name }))}
          aria-label="按年龄段筛选"
        />
        <Select
          allowClear
          placeholder="文化程度"
          style={{ width: 130 }}
          value={filters.education}
          onChange={(v) => setFilter('education', v)}
          options={EDUCATION.map((c) => ({ value: c.code, label: c.name }))}
          aria-label="按文化程度筛选"
        />
        <Select
          allowClear
          placeholder="政治面貌"
          style={{ width: 140 }}
          value={filters.political}
          onChange={(v) => setFilter('political', v)}
          options={POLITICAL_STATUS.map((c) => ({ value: c.code, label: c.name }))}
          aria-label="按政治面貌筛选"
        />
        <Select
          style={{ width: 110 }}
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          options={options([...MEMBER_STATUSES, '全部'])}
          aria-label="按状态筛选"
        />
        {filtered && (
          <Button
            onClick={() => {
              setQuery('');
              setFilters({ status: '在册' });
            }}
          >
            清除条件
          </Button>
        )}
      </Space>
      {pages.error && <Alert type="error" showIcon message={pages.error} style={{ marginBottom: 12 }} />}
      {emptyRoster ? (
        <Empty description="花名册里还没有成员。可以从现有的 Excel 花名册导入，或逐个新增。" style={{ padding: 48 }}>
          <Space>
            <Permitted method="members.importCommit">
              <Button type="primary" size="large" icon={<ImportOutlined />} onClick={() => navigate('/members/import')}>
                导入花名册
              </Button>
            </Permitted>
            <Permitted method="members.create">
              <Button size="large" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
                新增成员
              </Button>
            </Permitted>
          </Space>
        </Empty>
      ) : pages.total === 0 ? (
        <Empty
          description={
            // 1–2 characters match only 姓名/拼音/首字母 (db/members/roster-queries.ts TRIGRAM_MIN).
            shortQuery
              ? `没有姓名或拼音含“${shortQuery}”的成员。查住址、证件或电话尾号，请至少输入3个字。`
              : '没有找到符合条件的成员。可以换个关键字，或点“清除条件”。'
          }
          style={{ padding: 48 }}
        />
      ) : (
        <RosterTable key={JSON.stringify(selection)} pages={pages} sort={sort} onSort={setSort} onOpen={setDetailId} height={height} />
      )}
      <MemberDetail
        memberId={detailId ?? linkedId}
        onClose={() => {
          setDetailId(undefined);
          if (linkedId) clearLinked();
        }}
        onEdit={(id) => setForm({ open: true, id })}
        onChanged={pages.refresh}
      />
      <MemberForm
        open={form.open}
        memberId={form.id}
        zones={zones}
        onManageZones={() => setZonesOpen(true)}
        onClose={() => setForm({ open: false })}
        onSaved={afterSave}
      />
      <ZoneDialog open={zonesOpen} zones={zones} onClose={() => setZonesOpen(false)} onChanged={loadZones} />
      <ExportDialog open={exportOpen} selection={selection} total={pages.total ?? 0} onClose={() => setExportOpen(false)} />
    </Card>
  );
}
