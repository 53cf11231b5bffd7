/**
 * The global search palette (Ctrl+K, or typing in the header box): results of
 * search.global grouped by module, each group drawn by the module that owns it
 * (UiModule.search); ↑/↓ move, Enter opens, Esc closes.
 */
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Input, Modal, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SearchGroupKey, SearchHit } from '../../core/search/schema';
import { uiModules } from '../modules';
import type { SearchGroupView } from '../modules/types';
import { HitView } from './HitView';
import { useSearchResults } from './useSearchResults';
import './search.css';

const views = new Map<SearchGroupKey, SearchGroupView>(uiModules.flatMap((m) => m.search ?? []).map((v) => [v.group, v]));

export const SEARCH_HINT = '可查姓名、拼音首字母、证件或电话尾号、会议和学习的主题与内容、学习材料、议题编号与内容、档号与题名';

export function SearchPalette({ open, query, onQuery, onClose }: { open: boolean; query: string; onQuery: (q: string) => void; onClose: () => void }) {
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const list = useRef<HTMLDivElement>(null);
  const { result, error, loading } = useSearchResults(open ? query : '');
  const groups = useMemo(() => (result?.groups ?? []).filter((g) => views.has(g.group)), [result]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  /** Where each group's hits start in `hits`. */
  const starts = useMemo(() => groups.map((_g, i) => groups.slice(0, i).reduce((n, g) => n + g.hits.length, 0)), [groups]);
  // The highlighted row belongs to one answer: a new answer starts at its first hit.
  const [selection, setSelection] = useState({ result, index: 0 });
  const active = selection.result === result ? selection.index : 0;
  const setActive = (index: number) => setSelection({ result, index });
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const openHit = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hit.route);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      // Not while the answer is for older text: Enter must open what she sees for what she typed.
      if (!loading) openHit(hits[active]);
    }
  };

  const settled = Boolean(query.trim()) && !loading && result?.query !== undefined;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      width={760}
      style={{ top: 48 }}
      destroyOnHidden
      afterOpenChange={(opened) => opened && input.current?.focus({ cursor: 'end' })}
      title={null}
      className="search-palette"
      aria-label="全局搜索"
    >
      <Input
        ref={input}
        autoFocus
        size="large"
        prefix={<SearchOutlined />}
        suffix={loading ? <Spin size="small" /> : null}
        placeholder="搜索成员、会议、学习、议题、档案……"
        aria-label="全局搜索"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits.length ? `search-hit-${active}` : undefined}
        value={query}
        maxLength={60}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="search-results" id="search-results" role="listbox" aria-label="搜索结果" ref={list}>
        {error && <Alert type="error" showIcon message={error} />}
        {!query.trim() && <Typography.Paragraph type="secondary" className="search-empty">{SEARCH_HINT}。</Typography.Paragraph>}
        {settled && !error && groups.length === 0 && (
          <Typography.Paragraph className="search-empty" data-testid="search-nothing">
            没有找到“{query.trim()}”。姓名和拼音输入1个字即可；地址、证件和电话尾号至少输入3个字，数字只匹配号码的末尾。
          </Typography.Paragraph>
        )}
        {groups.map((g, n) => {
          const view = views.get(g.group)!;
          return (
            <div key={g.group} className="search-group" data-group={g.group}>
              <div className="search-group-label">
                {view.icon} {view.label}
                {g.more && <Typography.Text type="secondary"> · 只列出前 {g.hits.length} 条，请输入更多字缩小范围</Typography.Text>}
              </div>
              {g.hits.map((hit, k) => {
                const i = starts[n]! + k;
                return (
                  <div
                    key={hit.id}
                    id={`search-hit-${i}`}
                    data-index={i}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'search-hit search-hit-active' : 'search-hit'}
                    onMouseMove={() => i !== active && setActive(i)}
                    onClick={() => openHit(hit)}
                  >
                    {view.renderHit ? view.renderHit(hit) : <HitView hit={hit} />}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <div className="search-hint">
        <span>↑ ↓ 选择</span>
        <span>Enter 打开</span>
        <span>Esc 关闭</span>
        <span>随时按 Ctrl+K 打开搜索</span>
      </div>
    </Modal>
  );
}
