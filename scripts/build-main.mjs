// Bundles the Electron main process and preload. sqlite3 stays external so its
// .node binary is unpacked from asar; electron is provided at run time.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'sqlite3', 'esbuild'],
  logLevel: 'warning',
};

// __FULIAN_BUNDLE__ tells core/members/import/read-parallel.ts to start build/main/read-worker.cjs,
// not the TypeScript source; import.meta.url is only used from source.
const bundled = { define: { __FULIAN_BUNDLE__: 'true', 'import.meta.url': '"file:///bundled"' } };
await build({ ...common, ...bundled, entryPoints: ['electron/main.ts'], outfile: 'build/main/main.cjs' });
await build({ ...common, ...bundled, entryPoints: ['core/members/import/read-worker.ts'], outfile: 'build/main/read-worker.cjs' });
// A sandboxed preload may only require('electron'): everything else is inlined.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'build/main/preload.cjs' });
console.log('已构建 build/main/main.cjs、read-worker.cjs 与 preload.cjs');
