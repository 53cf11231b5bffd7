/**
 * Building blocks every print document shares, so all printouts look alike:
 * a centred title, a line of facts under it (单位 / 日期 …), tables with
 * class "print-table", and a signature line at the end.
 */
import type { ReactNode } from 'react';

export function PrintTitle({ children }: { children: ReactNode }) {
  return <h1 className="print-title">{children}</h1>;
}

/** One line under the title: items spread left to right, e.g. 单位：… 统计截止日期：… */
export function PrintMeta({ items }: { items: ReactNode[] }) {
  return (
    <div className="print-meta">
      {items.map((item, i) => (
        <span key={i}>{item}</span>
      ))}
    </div>
  );
}

/** 填表人 ____ 填表日期 ____: labels with the value (or a blank to sign on) after each. */
export function SignatureLine({ fields }: { fields: Array<{ label: string; value?: string }> }) {
  return (
    <div className="print-signature">
      {fields.map(({ label, value }) => (
        <span key={label}>
          {label}：<span className="print-blank">{value ?? ''}</span>
        </span>
      ))}
    </div>
  );
}

/** A heading for one section (表) of a document. */
export function PrintSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="print-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Text with every date (2026-12-01, 2026年12月1日) kept on one line, with its label
 * when it has one (完成时限：2026-12-05): a printed date never breaks.
 */
export function KeepDates({ text }: { text: string }) {
  const parts = text.split(/((?:[\u4e00-\u9fff]{2,4}：)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日))/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="print-nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** 2026-11-29 → 2026年11月29日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
