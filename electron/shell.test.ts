import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { tempDir } from '../db/test-helpers';
import { buildMenuTemplate } from './menu';
import { createWindowPdfRenderer } from './pdf-window';
import { A4_PDF_OPTIONS, A4_PRINT_OPTIONS, printWithDialog } from './print';
import { printWindowOptionsFor, windowOptionsFor } from './window-options';
import { appProtocolResponse } from './protocol-response';

describe('app:// protocol', () => {
  function bundle() {
    const root = join(tempDir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<html>首页</html>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    return root;
  }

  it('serves files of the built renderer with the CSP header', async () => {
    const root = bundle();
    const index = await appProtocolResponse(root, 'GET', 'app://bundle/index.html');
    expect(index.status).toBe(200);
    expect(await index.text()).toBe('<html>首页</html>');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await appProtocolResponse(root, 'GET', 'app://bundle/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('forbids showing the app inside a frame of any other page', async () => {
    const index = await appProtocolResponse(bundle(), 'GET', 'app://bundle/index.html');
    expect(index.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(index.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses anything outside the renderer folder, other hosts and other methods', async () => {
    const root = bundle();
    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://bundle/..%5csecret.txt',
      'app://bundle/missing.js',
      'app://other/index.html',
    ]) {
      const res = await appProtocolResponse(root, 'GET', url);
      expect(res.status, url).toBe(404);
    }
    expect((await appProtocolResponse(root, 'POST', 'app://bundle/index.html')).status).toBe(405);
  });
});

describe('CSP', () => {
  it('allows only our own scripts and connections', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});

describe('application menu', () => {
  it('is in Chinese with 文件/编辑/视图/帮助, 打印 and 退出', () => {
    const printed: string[] = [];
    const template = buildMenuTemplate({ print: () => printed.push('print'), about: () => printed.push('about') });
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    const file = template[0]!.submenu as { label?: string; role?: string; click?: () => void }[];
    expect(file.map((i) => i.label).filter(Boolean)).toEqual(['打印…', '退出']);
    expect(file.find((i) => i.label === '退出')?.role).toBe('quit');
    file.find((i) => i.label === '打印…')!.click!();
    expect(printed).toEqual(['print']);
  });
});

describe('printing', () => {
  it('always asks Chromium for A4 and the page’s own @page size', async () => {
    expect(A4_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(A4_PRINT_OPTIONS).toMatchObject({ pageSize: 'A4', silent: false });
    const seen: unknown[] = [];
    const result = await printWithDialog({
      print: (options: unknown, callback: (ok: boolean, reason: string) => void) => {
        seen.push(options);
        callback(false, 'cancelled');
      },
    } as never);
    expect(seen).toEqual([A4_PRINT_OPTIONS]);
    expect(result).toEqual({ printed: false, reason: 'cancelled' });
  });
});

describe('PDF service (printToPDF in a hidden window)', () => {
  it('uses a hidden A4 window with the main window’s security settings', () => {
    const options = printWindowOptionsFor('/app/preload.cjs');
    expect(options).toMatchObject({ show: false, width: 1240, height: 1754 });
    expect(options.webPreferences).toEqual(windowOptionsFor('/app/preload.cjs').webPreferences);
    expect(options.webPreferences).toMatchObject({ preload: '/app/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('waits for the route’s ready signal, then prints A4 with the page’s @page size; refuses bad routes and after close', async () => {
    const seen: unknown[] = [];
    const pdf = createWindowPdfRenderer(async (route, use, wait) => {
      seen.push(route, wait);
      return use({
        printToPDF: async (options: unknown) => (seen.push(options), Buffer.from('%PDF-1.4')),
        print: () => undefined,
      } as never);
    });
    expect((await pdf.render('/print/meeting?id=4', { timeoutMs: 5000 })).toString()).toBe('%PDF-1.4');
    expect(seen).toEqual(['/print/meeting?id=4', { timeoutMs: 5000, route: '/print/meeting?id=4' }, A4_PDF_OPTIONS]);
    await expect(pdf.render('file:///etc/passwd')).rejects.toThrow('打印地址“file:///etc/passwd”无效');
    await pdf.close();
    await expect(pdf.render('/print/meeting?id=4')).rejects.toThrow('PDF 服务已关闭');
    expect(seen).toHaveLength(3);
  });
});

describe('electron-builder.yml', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8'));

  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('builds a Chinese NSIS installer and a portable exe for Windows x64, and an AppImage', () => {
    expect(config.appId).toBe('cn.org.fulian.ledger');
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      createDesktopShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.linux.target).toEqual(['AppImage']);
    expect(config.asarUnpack).toContain('**/node_modules/sqlite3/**');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('packages the built files and the entry point package.json names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.main).toBe('build/main/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['build/main/**', 'build/renderer/**', 'package.json']));
    expect(Object.keys(pkg.dependencies)).toEqual(['playwright-core', 'sqlite3']);
    // The harness's and CLI's PDF engine stays out of the installer: the desktop app uses printToPDF.
    expect(config.files).toContain('!**/node_modules/playwright-core/**');
  });
});
