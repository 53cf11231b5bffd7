/**
 * The keys of the app, as 帮助 → 快捷键 lists them. Each key is implemented
 * where it acts (global search, print, dialogs, forms); this list is what the
 * officer reads, so add a key here when you add one.
 */
export interface Shortcut {
  keys: string;
  does: string;
  where: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl + K', does: '全局搜索', where: '任何页面：查找成员、会议、学习、议题和档案' },
  { keys: 'Ctrl + P', does: '打印本页记录', where: '打开一条会议记录、学习记录或议题时，打开它的打印预览；成员卡片上打印她的学习情况；档案条目上打印归档章' },
  { keys: 'Esc', does: '关闭对话框', where: '任何对话框、弹出的说明和下拉列表' },
  { keys: 'Tab / Shift + Tab', does: '下一项 / 上一项', where: '表单和表格里，按页面上从左到右、从上到下的顺序' },
];
