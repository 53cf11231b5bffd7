/**
 * Print document 'members-stats': 妇女基本情况统计表 on A4 portrait (#/print/members-stats?asOf=YYYY-MM-DD).
 * It carries every table the 基本情况统计 page shows, in the same breakdowns.
 */
import dayjs from 'dayjs';
import type { Breakdown, MemberStats, ZoneStats } from '../../core/members/stats';
import { api } from '../api';
import { PrintMeta, PrintSection, PrintTitle, SignatureLine, chineseDate } from '../print/layout';
import { definePrintDocument, type PrintDocumentProps } from '../print/types';

export const STATS_TITLE = '妇女基本情况统计表';

export const membersStatsDocument = definePrintDocument<MemberStats>({
  title: (_params, stats) => `${STATS_TITLE}（${chineseDate(stats.asOf)}）`,
  orientation: 'portrait',
  load: (params) => api.members.stats({ asOf: params.get('asOf') || undefined }),
  Component: StatsSheet,
});

function StatsSheet({ data: stats, branch }: PrintDocumentProps<MemberStats>) {
  return (
    <>
      <PrintTitle>{STATS_TITLE}</PrintTitle>
      <PrintMeta
        items={[
          `单位：${branch.name || '（未填写社区妇联名称）'}`,
          `统计截止日期：${chineseDate(stats.asOf)}`,
          `在册妇女：${stats.total}人`,
        ]}
      />
      <PrintSection title="一、主要指标">
        <BreakdownTable block={{ title: '', rows: [stats.age45plus, stats.collegePlus], total: null, aggregates: [] }} />
      </PrintSection>
      {(
        [
          ['二、年龄结构', stats.age],
          ['三、文化程度', stats.education],
          ['四、政治面貌', stats.political],
          ['五、民族', stats.ethnicity],
          ['六、民族（分民族）', stats.ethnicGroups],
          ['七、婚姻状况', stats.marital],
          ['八、担任职务（一人可有多项，不作合计）', stats.roles],
          ['九、关爱对象（一人可有多项，不作合计）', stats.tags],
        ] as const
      ).map(([title, block]) => (
        <PrintSection key={title} title={title}>
          <BreakdownTable block={block} />
        </PrintSection>
      ))}
      {/* The last table, the notes and the signature stay on one page: never a page holding only 填表人. */}
      <div className="print-keep-together">
        <PrintSection title="十、分片区情况">
          <ZoneTable zones={stats.zones} total={stats.zonesTotal} />
        </PrintSection>
        <p className="print-note">{stats.basis}</p>
        {stats.excludedMen > 0 && <p className="print-note">另有男性记录{stats.excludedMen}条，未计入统计，请核对花名册。</p>}
        <SignatureLine fields={[{ label: '填表人' }, { label: '填表日期', value: chineseDate(dayjs().format('YYYY-MM-DD')) }]} />
      </div>
    </>
  );
}

/** Also printed by the 街道汇总 (renderer/reporting/district-print.tsx). */
export function BreakdownTable({ block }: { block: Breakdown }) {
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th style={{ width: '40%' }}>项目</th>
          <th>人数</th>
          <th>总人数</th>
          <th>占比（%）</th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row) => (
          <tr key={row.label}>
            <td className="text">{row.label}</td>
            <td className="num">{row.count}</td>
            <td className="num">{row.denominator}</td>
            <td className="num">{row.percent}</td>
          </tr>
        ))}
        {block.total && (
          <tr className="total">
            <td className="text">合计</td>
            <td className="num">{block.total.count}</td>
            <td className="num">{block.total.denominator}</td>
            <td className="num">{block.total.percent}</td>
          </tr>
        )}
        {block.aggregates.map((row) => (
          <tr key={row.label}>
            <td className="text">其中：{row.label}</td>
            <td className="num">{row.count}</td>
            <td className="num">{row.denominator}</td>
            <td className="num">{row.percent}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ZoneTable({ zones, total }: { zones: ZoneStats[]; total: ZoneStats }) {
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th rowSpan={2}>片区</th>
          <th colSpan={2}>在册妇女</th>
          <th colSpan={2}>45周岁及以上</th>
          <th colSpan={2}>大专及以上</th>
        </tr>
        <tr>
          <th>人数</th>
          <th>占全部（%）</th>
          <th>人数</th>
          <th>占本片区（%）</th>
          <th>人数</th>
          <th>占本片区（%）</th>
        </tr>
      </thead>
      <tbody>
        {[...zones, total].map((zone) => (
          <tr key={`${zone.zoneId}-${zone.label}`} className={zone === total ? 'total' : undefined}>
            <td className="text">{zone.label}</td>
            <td className="num">{zone.members.count}</td>
            <td className="num">{zone.members.percent}</td>
            <td className="num">{zone.age45plus.count}</td>
            <td className="num">{zone.age45plus.percent}</td>
            <td className="num">{zone.collegePlus.count}</td>
            <td className="num">{zone.collegePlus.percent}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
