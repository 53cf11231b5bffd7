/**
 * Print document 'yearbook' (#/print/yearbook?year=2026[&pages=3,4,…][&part=…]): the
 * 年度工作台账 on A4 portrait — a 封面, a 目录, then one part per page group.
 * `pages` are the start pages the core counted (core/yearbook/pdf.ts); without them the
 * 目录 names the parts only. `part` renders the 封面+目录 ('front') or one part alone,
 * which is how the core counts them.
 */
import type { Yearbook } from '../../core/yearbook/build';
import { partHeading, YEARBOOK_PARTS, type YearbookPartKey } from '../../core/yearbook/parts';
import { api } from '../api';
import '../deliberation/deliberation-print.css';
import { chineseDate } from '../print/layout';
import { definePrintDocument, type PrintDocumentProps } from '../print/types';
import { ArchivePart, BranchPart, DeliberationPart, MeetingsPart, MembersPart, StudyPart } from './print-parts';
import './yearbook-print.css';

const PARTS: Record<YearbookPartKey, (props: { y: Yearbook }) => React.JSX.Element> = {
  branch: BranchPart,
  members: MembersPart,
  meetings: MeetingsPart,
  study: StudyPart,
  deliberation: DeliberationPart,
  archive: ArchivePart,
};

async function load(params: URLSearchParams): Promise<Yearbook> {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new Error('缺少年度，无法打印年度工作台账。');
  return api.yearbook.build({ year });
}

/** The start pages from the route, or null when absent or not one positive number per part. */
export function startPages(params: URLSearchParams): number[] | null {
  const raw = params.get('pages');
  if (!raw) return null;
  const pages = raw.split(',').map(Number);
  return pages.length === YEARBOOK_PARTS.length && pages.every((p) => Number.isInteger(p) && p > 0) ? pages : null;
}

function Cover({ y }: { y: Yearbook }) {
  return (
    <div className="yearbook-cover" data-testid="yearbook-cover">
      <h1>{y.title}</h1>
      <dl>
        <dt>单{'\u3000\u3000'}位</dt>
        <dd>{y.branch.name || '（未填写社区妇联名称）'}</dd>
        <dt>所属街道</dt>
        <dd>{y.branch.street || '（未填写）'}</dd>
        <dt>全 宗 号</dt>
        <dd>{y.branch.fondsCode || '（未填写）'}</dd>
        <dt>编制日期</dt>
        <dd>{chineseDate(y.compiledOn)}</dd>
      </dl>
    </div>
  );
}

function Contents({ pages }: { pages: number[] | null }) {
  return (
    <div className="yearbook-toc" data-testid="yearbook-toc">
      <h1 className="yearbook-heading">目{'\u3000'}录</h1>
      <ol>
        {YEARBOOK_PARTS.map((p, i) => (
          <li key={p.key}>
            <span>{partHeading(i)}</span>
            <span className="yearbook-leader" aria-hidden />
            <span>{pages ? `第${pages[i]}页` : `第${i + 1}部分`}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function YearbookPrint({ data: y, params }: PrintDocumentProps<Yearbook>) {
  const only = params.get('part');
  const front = !only || only === 'front';
  const parts = YEARBOOK_PARTS.map((p, i) => ({ ...p, i })).filter((p) => !only || only === p.key);
  return (
    <div className="yearbook-doc">
      {/* No page number on the cover. */}
      <style>{'@page :first { @bottom-center { content: none; } }'}</style>
      {front && <Cover y={y} />}
      {front && <Contents pages={startPages(params)} />}
      {parts.map(({ key, i }) => {
        const Body = PARTS[key];
        return (
          <section key={key} className="yearbook-part" data-part={key}>
            <h1 className="yearbook-heading">{partHeading(i)}</h1>
            <Body y={y} />
          </section>
        );
      })}
    </div>
  );
}

export const yearbookDocument = definePrintDocument<Yearbook>({
  title: (_params, y) => y.title,
  orientation: 'portrait',
  load,
  Component: YearbookPrint,
});
