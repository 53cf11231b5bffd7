/**
 * The renderer's Content-Security-Policy, shared by the built index.html (meta),
 * the Electron app:// protocol and the browser harness (headers).
 * antd injects its CSS-in-JS as <style> elements, hence 'unsafe-inline' for styles only.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** As a response header: no other page may show the app inside a frame. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** In index.html's <meta>, where browsers ignore frame-ancestors (and warn in the console about it). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
