/**
 * Builds the `window.api` object from the list of method names. Shared by the
 * Electron preload and the browser harness; dependency-free so it can be
 * bundled into either.
 */
export type Transport = (method: string, input: unknown) => Promise<unknown>;

export function buildBridge(methodNames: readonly string[], call: Transport) {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const full of methodNames) {
    const [module, name] = full.split('.');
    if (!module || !name) continue;
    const group = (api[module] ??= {});
    group[name] = (input?: unknown) => call(full, input);
  }
  return api;
}
