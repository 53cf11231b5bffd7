/**
 * The 议事 figures as plain tables, for the 统计 page and its print alike (one layout):
 * per quarter and for the year, then per 类别; each rate and median with the counts it
 * is built from; the 口径 line (withdrawn 议题 left out, and how many).
 */
import type { DeliberationFigures, Figures } from '../../../core/deliberation/figures';

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

const satisfaction = (s: Figures['satisfaction']) => (s.visited ? `${s.rate!.toFixed(1)}%（${s.satisfied}/${s.visited}）` : '—（0/0）');
const median = (m: Figures['medianDays']) => (m.value === null ? '—' : `${m.value}天（${m.n}项）`);

function PeriodRow({ label, f, total = false }: { label: string; f: Figures; total?: boolean }) {
  return (
    <tr className={total ? 'total' : undefined}>
      <td>{label}</td>
      <td className="num">{f.raised}</td>
      <td className="num">{f.accepted}</td>
      <td className="num">{f.rejected}</td>
      <td className="num">{f.closed}</td>
      <td className="num">{f.open}</td>
      <td className="num">{f.overdue}</td>
      <td className="num">{median(f.medianDays)}</td>
      <td className="num">{satisfaction(f.satisfaction)}</td>
    </tr>
  );
}

const HEAD = ['提出', '立项', '不予立项', '办结', '未办结', '超期', '提出至办结天数（中位数）', '满意率：（满意+基本满意）/回访数'];

/** The header row both tables share; only the first column's title differs. */
function FiguresHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th>{first}</th>
        {HEAD.map((h, i) => (
          <th key={h} className={i >= 6 ? 'wide' : undefined}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function FiguresTables({ figures: f }: { figures: DeliberationFigures }) {
  return (
    <>
      <h2>一、分季度情况</h2>
      <table className="print-table delib-figures" data-testid="figures-quarters">
        <FiguresHead first="期间" />
        <tbody>
          {f.quarters.map((q) => (
            <PeriodRow key={q.quarter} label={QUARTERS[q.quarter - 1]!} f={q.figures} />
          ))}
          <PeriodRow label="全年" f={f.yearly} total />
        </tbody>
      </table>
      <h2>二、分类别情况（全年）</h2>
      <table className="print-table delib-figures" data-testid="figures-categories">
        <FiguresHead first="类别" />
        <tbody>
          {f.byCategory.map((c) => (
            <PeriodRow key={c.category} label={c.category} f={c.yearly} />
          ))}
        </tbody>
      </table>
      <p className="delib-caliber" data-testid="figures-caliber">
        统计口径（截至{f.asOf}）：{f.koujing}
        {f.withdrawnExcluded ? `本年度已撤回${f.withdrawnExcluded}项，未计入。` : ''}
      </p>
    </>
  );
}
