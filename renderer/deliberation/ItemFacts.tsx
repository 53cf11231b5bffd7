/** Where a 议题 stands beyond its own fields: the session and vote, 交办, each 办理 round with its 回访, the outcome. */
import { Card, Descriptions, Tag } from 'antd';
import { useNavigate } from 'react-router';
import type { ItemDetail } from './ItemPage';

export function ItemFacts({ item }: { item: ItemDetail }) {
  const navigate = useNavigate();
  const v = item.vote;
  const rows: Array<[string, React.ReactNode]> = [];
  if (item.endReason && ['已撤回', '不予立项'].includes(item.state)) rows.push([item.state === '已撤回' ? '撤回理由' : '理由', item.endReason]);
  if (item.meeting) {
    rows.push([
      '议事会',
      <a key="m" onClick={() => navigate(`/meetings/${item.meeting!.id}`)}>
        {item.meeting.date} {item.meeting.title}
      </a>,
    ]);
  }
  if (v) {
    rows.push([
      '表决',
      <span key="v" data-testid="item-vote">
        应到{v.expected}人，实到{v.present}人，同意{v.yes}票，反对{v.no}票，弃权{v.abstain}票 <Tag color={v.passed ? 'green' : 'red'}>{v.passed ? '通过' : '未通过'}</Tag>（{v.ruleText}）
      </span>,
    ]);
    rows.push(['决议', v.resolution]);
  }
  if (item.mainUnit) rows.push(['主办单位', item.mainUnit.name]);
  if (item.coUnits.length) rows.push(['协办单位', item.coUnits.map((u) => u.name).join('、')]);
  for (const r of item.rounds) {
    const label = r.round === 1 ? '办理' : `第${r.round === 2 ? '二' : r.round}次办理`;
    rows.push([`${label}时限`, `${r.startedOn} 交办，${r.dueOn} 前办结`]);
    if (r.feedbackOn) rows.push([`${label}反馈`, `${r.feedbackOn}：${r.feedbackText}${r.publicizedOn ? `（${r.publicizedOn} 公示）` : ''}`]);
  }
  for (const visit of item.visits) {
    rows.push([`回访（${visit.date}）`, `${visit.result}，${visit.method}回访，回访人${visit.visitor}${visit.note ? `：${visit.note}` : ''}`]);
  }
  if (item.outcome) {
    rows.push(['办结', `${item.outcome.closedOn}，${item.outcome.label}${item.outcome.reason ? `（${item.outcome.reason}）` : ''}`]);
    rows.push(['办理结果', item.outcome.text]);
  }
  if (!rows.length) return null;
  return (
    <Card title="办理情况" data-testid="item-facts">
      <Descriptions column={1} size="small" bordered labelStyle={{ width: 180, whiteSpace: 'nowrap' }}>
        {rows.map(([label, value], i) => (
          <Descriptions.Item key={i} label={label}>
            <span style={{ whiteSpace: 'pre-line' }}>{value}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}
