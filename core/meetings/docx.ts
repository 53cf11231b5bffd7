/** The 会议记录 as a Word file, same structure as the printout (core/meetings/layout.ts). */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { withoutForbiddenChars } from '../api/schemas';
import type { AppContext } from '../context';
import { getMeeting, type MeetingDetail } from './read';
import { actionLine, meetingDocumentTitle, meetingHeaderRows } from './layout';

const MM = 56.7; // twips per millimetre
const BODY = { font: 'FangSong', size: 28 }; // 仿宋 四号 (size is in half-points)
const TITLE = { font: 'SimSun', size: 44, bold: true }; // 宋体 二号 bold

const line = (text: string, opts: { bold?: boolean; indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    alignment: opts.align,
    indent: opts.indent ? { firstLine: Math.round(2 * 14 * 20) } : undefined,
    spacing: { line: 360 },
    children: [new TextRun({ text: withoutForbiddenChars(text), ...BODY, bold: opts.bold })],
  });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cell = (text: string, widthMm: number, bold = false) =>
  new TableCell({
    width: { size: Math.round(widthMm * MM), type: WidthType.DXA },
    borders: { top: border, bottom: border, left: border, right: border },
    children: withoutForbiddenChars(text)
      .split('\n')
      .map((t) => new Paragraph({ children: [new TextRun({ text: t, ...BODY, size: 24, bold })] })),
  });

function body(m: MeetingDetail): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    // Blank space top-centre of page 1 for the 归档章.
    new Paragraph({ spacing: { after: Math.round(16 * MM) }, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: withoutForbiddenChars(meetingDocumentTitle(m)), ...TITLE })] }),
    new Table({
      width: { size: Math.round(156 * MM), type: WidthType.DXA },
      rows: meetingHeaderRows(m).map(([label, value]) => new TableRow({ children: [cell(label, 30, true), cell(value, 126)] })),
    }),
    line(''),
  ];
  m.topics.forEach((t, i) => {
    out.push(line(`议题${i + 1}：${t.title}`, { bold: true }));
    if (t.notes) out.push(line(t.notes, { indent: true }));
    for (const s of t.speeches) out.push(line(`${s.speaker}：${s.content}`, { indent: true }));
  });
  if (m.resolutions.length) {
    out.push(line('决议：', { bold: true }));
    m.resolutions.forEach((r, i) => out.push(line(`${i + 1}. ${r}`, { indent: true })));
  }
  if (m.actions.length) {
    out.push(line('行动事项：', { bold: true }));
    m.actions.forEach((a, i) => out.push(line(`${i + 1}. ${actionLine(a)}`, { indent: true })));
  }
  out.push(line('散会。', { indent: true }));
  out.push(line(''));
  out.push(line('主持人（签字）：____________      记录人（签字）：____________', { align: AlignmentType.RIGHT }));
  if (m.corrections.length) {
    out.push(new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: '附：更正记录', ...BODY, bold: true })] }));
    m.corrections.forEach((c, i) => out.push(line(`${i + 1}. ${c.on} ${c.by} 更正：${c.what}（原因：${c.why}）`, { indent: true })));
  }
  return out;
}

export async function meetingDocx(ctx: AppContext, id: number): Promise<{ fileName: string; base64: string }> {
  const m = await getMeeting(ctx, id);
  const doc = new Document({
    styles: { default: { document: { run: { font: BODY.font, size: BODY.size } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), bottom: Math.round(35 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...BODY, children: ['— ', PageNumber.CURRENT, ' —'] })] })],
          }),
        },
        children: body(m),
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return { fileName: withoutForbiddenChars(`${m.date} ${meetingDocumentTitle(m)}.docx`), base64: buffer.toString('base64') };
}
