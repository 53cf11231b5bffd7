/** 办理反馈单 of one 议题 (#/print/deliberation-feedback?id=…): goes back to the proposer with the result. */
import { api } from '../../api';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { FeedbackSheet, type FeedbackData } from './deliberation-parts';
import { recordId } from './record-parts';

function FeedbackPrint({ data, branch }: PrintDocumentProps<FeedbackData>) {
  return (
    <div className="delib-doc">
      <FeedbackSheet data={data} branchName={branch.name} />
    </div>
  );
}

export const deliberationFeedbackDocument = definePrintDocument<FeedbackData>({
  title: (_params, d) => `${d.item.code} 办理反馈单`,
  orientation: 'portrait',
  load: (params) => api.deliberation.printFeedback({ id: recordId(params, '缺少议题编号，无法打印办理反馈单。') }),
  Component: FeedbackPrint,
});
