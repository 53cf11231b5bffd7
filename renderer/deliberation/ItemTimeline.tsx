/** The 议题's timeline: every step and entry the core recorded (when, who, what, the note), oldest first. */
import { Card, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ItemDetail } from './ItemPage';

type Event = ItemDetail['timeline'][number];

const colorOf = (e: Event) => (e.toState === '办结' ? 'green' : ['不予立项', '已撤回', '未通过'].includes(e.toState ?? '') ? 'gray' : e.kind === '催办' ? 'red' : 'blue');

export function ItemTimeline({ events }: { events: Event[] }) {
  return (
    <Card title={`办理过程（${events.length} 条记录）`} data-testid="item-timeline">
      <Timeline
        items={events.map((e) => ({
          color: colorOf(e),
          children: (
            <div data-testid="timeline-entry">
              <Typography.Text strong>
                {e.date} {e.label}
              </Typography.Text>
              {e.fromState && e.toState && e.fromState !== e.toState && (
                <Typography.Text type="secondary">
                  （{e.fromState} → {e.toState}）
                </Typography.Text>
              )}
              {e.note && <div style={{ whiteSpace: 'pre-line' }}>{e.note}</div>}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {e.operator || '未登录操作员'} 于 {dayjs(e.at).format('YYYY-MM-DD HH:mm')} 登记
              </Typography.Text>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
