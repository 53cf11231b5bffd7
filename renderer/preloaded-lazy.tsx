/**
 * React.lazy with a load() that fetches the chunk before the first render.
 * Why: a lazy component that suspends on the first render commits its fallback, and
 * React 19 then holds the real content back until 300 ms after that fallback (its
 * Suspense reveal throttle) — a fresh print window waited ≈0.3 s for nothing.
 * Rendered once load() has settled, the component never suspends.
 */
import { lazy, type ComponentType } from 'react';

export function preloadedLazy(factory: () => Promise<{ default: ComponentType }>) {
  let Loaded: ComponentType | undefined;
  const load = () =>
    factory().then((module) => {
      Loaded = module.default;
      return module;
    });
  const Lazy = lazy(load);
  function Component() {
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { Component, load };
}
