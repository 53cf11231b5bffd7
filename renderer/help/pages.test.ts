import { describe, expect, it, vi } from 'vitest';

// The pages are imported, never rendered: the API bridge only looks for window.api.
vi.hoisted(() => Object.assign(globalThis, { window: globalThis }));
import { uiModules } from '../modules';
import { helpFor } from './page-help';

describe('这一页做什么', () => {
  it('every page of every module has a short help text, found for its route', () => {
    const pages = uiModules.flatMap((m) => m.pages.map((p) => ({ module: m.name, ...p })));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      expect(page.help, `${page.module} ${page.path}`).toMatch(/^.{2,12}：.{10,200}$/u);
    }
    expect(helpFor('/meetings/12')).toMatch(/^会议记录：/);
    expect(helpFor('/meetings/actions')).toMatch(/^行动事项：/);
    expect(helpFor('/nowhere')).toBeUndefined();
  });
});
