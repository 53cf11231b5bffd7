import { protocol } from 'electron';
import { appProtocolResponse } from './protocol-response';
import { APP_SCHEME } from './security';

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps compiled bundle code between windows (off by default for custom schemes),
    // so a print window does not compile the scripts the main window already ran.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request.method, request.url));
}
