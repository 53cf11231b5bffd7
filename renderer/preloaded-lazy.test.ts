import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadedLazy } from './preloaded-lazy';

const Page = () => createElement('p', null, '打印内容');
const chunk = () => Promise.resolve({ default: Page });
const inSuspense = (Component: ComponentType) => renderToString(createElement(Suspense, { fallback: createElement('i', null, '等待') }, createElement(Component)));

describe('preloadedLazy', () => {
  it('renders the loaded component on the first render after load(), where React.lazy shows the fallback', async () => {
    const plain = lazy(chunk);
    await chunk();
    expect(inSuspense(plain)).toContain('等待');

    const route = preloadedLazy(chunk);
    await route.load();
    const html = inSuspense(route.Component);
    expect(html).toContain('<p>打印内容</p>');
    expect(html).not.toContain('等待');
  });

  it('still works as a lazy component when rendered before its chunk is loaded', async () => {
    const route = preloadedLazy(chunk);
    expect(inSuspense(route.Component)).toContain('等待');
    await route.load();
    expect(inSuspense(route.Component)).toContain('<p>打印内容</p>');
  });
});
