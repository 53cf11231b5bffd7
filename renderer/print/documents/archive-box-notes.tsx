/**
 * Print document 'archive-box-notes': the 备考表 that goes into each box
 * (#/print/archive-box-notes?boxes=1,2, or ?year=2026 for all of the year's boxes),
 * one A4 page per box: 盒内文件情况说明, 整理人, 整理日期, 检查人, 检查日期.
 */
import { api } from '../../api';
import { chineseDate, PrintMeta } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { idsOrYear } from './archive-params';
import './archive-print.css';

type Remarks = Array<Awaited<ReturnType<typeof api.archive.boxRemarks>>>;

async function load(params: URLSearchParams): Promise<Remarks> {
  const { ids, year } = idsOrYear(params, 'boxes', '备考表');
  const boxIds = ids ?? (await api.archive.boxes({ year })).map((b) => b.id);
  return Promise.all(boxIds.map((id) => api.archive.boxRemarks({ id })));
}

function BoxNotesPages({ data, branch }: PrintDocumentProps<Remarks>) {
  if (data.length === 0) return <p className="print-message">没有档案盒。</p>;
  return (
    <>
      {data.map((b) => (
        <section key={b.boxId} className="archive-notes-page" data-testid="box-notes-page">
          <h1>备考表</h1>
          <PrintMeta items={[`全宗名称：${branch.name || '（未填写社区妇联名称）'}`, b.box, `共${b.itemCount}件，${b.pageCount}页`]} />
          <div className="archive-notes-box">
            <div className="heading">盒内文件情况说明</div>
            <div className="contents">{b.盒内文件情况说明}</div>
            <div className="signatures">
              <span>
                整理人：<span className="print-blank">{b.整理人}</span>
              </span>
              <span>
                整理日期：<span className="print-blank">{b.整理日期 ? chineseDate(b.整理日期) : ''}</span>
              </span>
              <span>
                检查人：<span className="print-blank">{b.检查人}</span>
              </span>
              <span>
                检查日期：<span className="print-blank">{b.检查日期 ? chineseDate(b.检查日期) : ''}</span>
              </span>
            </div>
          </div>
        </section>
      ))}
    </>
  );
}

export const archiveBoxNotesDocument = definePrintDocument<Remarks>({
  title: (_p, data) => `备考表（${data.length}盒）`,
  orientation: 'portrait',
  load,
  Component: BoxNotesPages,
  count: (data) => data.length,
});
