/** The Chinese application menu: 文件 / 编辑 / 视图 / 帮助. */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  print(): void;
  about(): void;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
        { type: 'separator' },
        { label: '退出', accelerator: 'Alt+F4', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '放大字体', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小字体', role: 'zoomOut' },
        { label: '恢复默认大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: '关于社区妇联工作台账', click: () => actions.about() }],
    },
  ];
}
