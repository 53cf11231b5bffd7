import { describe, expect, it } from 'vitest';
import { guardUnload, UNLOAD_QUESTION } from './unload-guard';

function fakeContents() {
  const handlers = new Map<string, (event: { preventDefault(): void }) => void>();
  return {
    contents: { on: (name: string, handler: (event: { preventDefault(): void }) => void) => handlers.set(name, handler) },
    /** Emits will-prevent-unload as Electron does; true when main let the window close. */
    unload() {
      let allowed = false;
      handlers.get('will-prevent-unload')!({ preventDefault: () => (allowed = true) });
      return allowed;
    },
  };
}

describe('closing the window with unsaved changes', () => {
  it('asks in Chinese with 留下 as the default and Esc answer; only 离开 lets the window close', () => {
    const asked: unknown[] = [];
    let answer = 1;
    const fake = fakeContents();
    guardUnload(fake.contents as never, (options) => (asked.push(options), answer));

    expect(fake.unload()).toBe(false);
    expect(asked).toEqual([UNLOAD_QUESTION]);
    expect(UNLOAD_QUESTION).toMatchObject({ message: '有未保存的修改，确定离开吗？', buttons: ['离开', '留下'], defaultId: 1, cancelId: 1 });

    answer = 0;
    expect(fake.unload()).toBe(true);
  });
});
