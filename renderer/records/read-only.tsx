/**
 * The read-only mode of a lockable record: the screen's twin of core/records/lock.ts.
 * One mode for every record that can be 定稿 (会议记录, 学习记录, 议题 …), and for an
 * operator whose role may not change it.
 *
 * How a module uses it (see renderer/meetings/MeetingEditPage.tsx):
 *
 *   <RecordReadOnly readOnly={record.status === '已定稿' || !may('study.update')}>
 *     …the editor's cards, fields as usual…
 *     <EditOnly><Button>保存</Button></EditOnly>                 // gone while read-only
 *     <StillActive><Button>打印预览</Button></StillActive>         // reading: always usable
 *     <StillActive when={may('meetings.addCorrection')}>…更正…</StillActive>
 *   </RecordReadOnly>
 *
 * - Every antd control inside (Input, Select, DatePicker, Radio, Checkbox, Button …)
 *   is disabled through antd's DisabledContext, so it is shown but cannot be changed,
 *   and it is no tab stop. Its text stays dark enough to read.
 *   Do not pass `disabled={false}` to a control inside: an explicit prop wins over the mode.
 * - <EditOnly> removes what only edits the record (保存, 删除, 定稿, 添加议题, 移除 …):
 *   no button the operator cannot use.
 * - <StillActive> switches the mode off for what may still change or be used on a
 *   finalized record (打印, 导出, 行动事项 status, 更正, later 归档); `when` is false
 *   when the operator's role may not do it (then it is disabled, not hidden).
 * - useReadOnly() for logic (e.g. "save the status at once").
 * The core still refuses every edit of a finalized record (LOCKED); this only shows it.
 */
import { ConfigProvider } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import './read-only.css';

const ReadOnlyContext = createContext(false);

/** Dark text on a light grey: a locked record must be as readable as an editable one. */
const READABLE = { token: { colorTextDisabled: 'rgba(0, 0, 0, 0.85)', colorBgContainerDisabled: '#f7f7f7' } };

export function RecordReadOnly({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <ConfigProvider componentDisabled={readOnly} theme={readOnly ? READABLE : undefined}>
        <div className={readOnly ? 'record-read-only' : undefined} data-read-only={readOnly || undefined}>
          {children}
        </div>
      </ConfigProvider>
    </ReadOnlyContext.Provider>
  );
}

/** True inside a read-only record (outside any <StillActive>). */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/** Shown only while the record may be edited. */
export function EditOnly({ children }: { children: ReactNode }) {
  return useReadOnly() ? null : <>{children}</>;
}

/** What stays usable on a read-only record; `when={false}` disables it (the operator's role). */
export function StillActive({ when = true, children }: { when?: boolean; children: ReactNode }) {
  return (
    <ReadOnlyContext.Provider value={!when}>
      <ConfigProvider componentDisabled={!when}>{children}</ConfigProvider>
    </ReadOnlyContext.Provider>
  );
}
