/**
 * Closing the window (or reloading it) while an editor holds unsaved changes:
 * the page's beforeunload handler (renderer/records/unsaved-guard.tsx) blocks
 * the unload, Electron then emits will-prevent-unload, and here main asks in
 * Chinese. 离开 lets the window close; 留下 (the default, also Esc) keeps it.
 */
import type { MessageBoxSyncOptions, WebContents } from 'electron';

export const UNLOAD_QUESTION: MessageBoxSyncOptions = {
  type: 'question',
  title: '社区妇联工作台账',
  message: '有未保存的修改，确定离开吗？',
  detail: '离开后，这一页刚才填写或修改的内容不会保存。',
  buttons: ['离开', '留下'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
};
const LEAVE = 0;

type Contents = Pick<WebContents, 'on'>;
type Ask = (options: MessageBoxSyncOptions) => number;

export function guardUnload(contents: Contents, ask: Ask) {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here overrides the page's beforeunload: the window closes.
    if (ask(UNLOAD_QUESTION) === LEAVE) event.preventDefault();
  });
}
