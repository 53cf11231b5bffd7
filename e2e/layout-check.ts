/**
 * What an officer would call "cut off" at 1366×768, measured instead of pixel-diffed
 * (issue 15 item 11): the page scrolls sideways, or some visible text sits in a box
 * that hides what does not fit (overflow hidden/clip, or text-overflow: ellipsis) and
 * does not fit. Text meant to be shortened says so and keeps the whole text at hand:
 * antd's ellipsis (Typography ellipsis, table cells with `ellipsis`, which show it on
 * hover), an element with a `title`, or one marked `data-ellipsis`.
 */
import type { Page } from '@playwright/test';

export interface LayoutProblem {
  kind: 'page-scrolls-sideways' | 'text-clipped';
  /** A short path to the element, for the failure message. */
  where: string;
  text: string;
  detail: string;
}

/** Runs in the page: every layout problem it has now. */
export function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const MEANT_TO_SHORTEN = [
      '[title]',
      '[data-ellipsis]',
      '.ant-typography-ellipsis',
      '.ant-table-cell-ellipsis',
      '.ant-select-selection-item', // the chosen option of a narrow select: the list shows it whole
      '.ant-select-selection-placeholder',
      '.ant-select-content-value',
      '.ant-select-placeholder',
    ].join(', ');
    const problems: Array<{ kind: 'page-scrolls-sideways' | 'text-clipped'; where: string; text: string; detail: string }> = [];
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = el; at && parts.length < 4; at = at.parentElement) {
        const cls = [...at.classList].filter((c) => !/^css-|^ant-[a-z]+-css-var/.test(c)).slice(0, 2).join('.');
        const id = at.id ? `#${at.id}` : '';
        const test = at.getAttribute('data-testid') ? `[data-testid=${at.getAttribute('data-testid')}]` : '';
        parts.unshift(`${at.tagName.toLowerCase()}${id}${test}${cls ? `.${cls}` : ''}`);
      }
      return parts.join(' > ');
    };

    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push({ kind: 'page-scrolls-sideways', where: 'html', text: '', detail: `页面宽 ${root.scrollWidth}px，窗口 ${root.clientWidth}px` });
    }

    const visible = (el: Element, style: CSSStyleDeclaration) => {
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      if (el.closest('[aria-hidden="true"], [hidden], .ant-select-dropdown-hidden, .ant-tooltip-hidden, .ant-popover-hidden')) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();

    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof SVGElement) continue;
      const style = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      if (!clipsX && !clipsY) continue;
      const text = (el.innerText ?? '').trim();
      if (!text || !visible(el, style)) continue;
      if (el.closest(MEANT_TO_SHORTEN)) continue;
      // A box that clips only its own decoration (a scroller, a card) is not what is measured:
      // the text must be its own, or that of a single line of inline content inside it.
      if (!ownText(el) && el.children.length > 1 && style.whiteSpace !== 'nowrap') continue;
      const wide = clipsX && el.scrollWidth > el.clientWidth + 1;
      const tall = clipsY && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0;
      if (wide || tall) {
        problems.push({
          kind: 'text-clipped',
          where: describe(el),
          text: text.slice(0, 40),
          detail: wide ? `内容宽 ${el.scrollWidth}px，只显示 ${el.clientWidth}px` : `内容高 ${el.scrollHeight}px，只显示 ${el.clientHeight}px`,
        });
      }
    }
    return problems;
  });
}
