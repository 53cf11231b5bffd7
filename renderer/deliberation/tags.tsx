/** How a 议题's state and its 时限 look wherever 议题 are listed (list, board, session, member, home). */
import { Tag } from 'antd';
import type { DelibState } from '../../core/deliberation/lifecycle';

const STATE_COLORS: Partial<Record<DelibState, string>> = {
  收集: 'default',
  研判: 'processing',
  已立项: 'blue',
  列入议事会: 'geekblue',
  已表决: 'purple',
  落实: 'orange',
  已反馈: 'cyan',
  已回访: 'lime',
  办结: 'green',
  不予立项: 'default',
  未通过: 'default',
  已撤回: 'default',
};

export function StateTag({ state, round }: { state: DelibState; round?: number }) {
  return (
    <Tag color={STATE_COLORS[state]} data-testid="item-state">
      {state}
      {state === '落实' && round && round > 1 ? `（第${round === 2 ? '二' : round}次办理）` : ''}
    </Tag>
  );
}

/** 已超期 / 即将到期 with the 时限: the flag the core computes (settings: days before). */
export function DueTag({ due, dueOn }: { due: 'overdue' | 'soon' | null | undefined; dueOn?: string | null }) {
  if (!due) return null;
  return (
    <Tag color={due === 'overdue' ? 'red' : 'gold'} data-testid="due-flag" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {due === 'overdue' ? '已超期' : '即将到期'}
      {dueOn ? `（时限 ${dueOn}）` : ''}
    </Tag>
  );
}
