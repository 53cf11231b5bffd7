import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, denyAllPermissions, hardenContents, isAppUrl, webPreferencesFor } from './security';
import { windowOptionsFor } from './window-options';

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function attempt(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('Electron window security', () => {
  it('uses an isolated, sandboxed renderer without Node', () => {
    const prefs = webPreferencesFor('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(windowOptionsFor('/p.cjs').webPreferences).toEqual(webPreferencesFor('/p.cjs'));
    expect(windowOptionsFor('/p.cjs')).toMatchObject({ width: 1366, minWidth: 1024, title: '社区妇联工作台账' });
  });

  it('recognises only our own bundle as the app origin', () => {
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
    expect(isAppUrl('app://bundle/index.html#/settings/basic')).toBe(true);
    for (const url of [
      'app://bundle.evil.com/index.html',
      'app://evil/index.html',
      'app://bundle:8080/index.html',
      'app://user@bundle/index.html',
      'file:///C:/app/index.html',
      'https://bundle/index.html',
      'http://127.0.0.1:5199/',
      'javascript:alert(1)',
      'not a url',
      '',
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('blocks navigation and redirects away from the bundle, new windows and webviews', () => {
    const contents = new FakeContents();
    hardenContents(contents as never);
    expect(attempt(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(attempt(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt(contents, 'will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(attempt(contents, 'will-navigate', 'app://bundle/index.html#/settings/basic')).toBe(false);
    expect(attempt(contents, 'will-attach-webview', 'app://bundle/index.html')).toBe(true);
    expect(contents.openHandler?.({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: never) => (requestHandler = h),
      setPermissionCheckHandler: (h: never) => (checkHandler = h),
    } as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      requestHandler!(null, permission, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(checkHandler!()).toBe(false);
  });
});
