// Bundles the Electron main process and preload. sqlite3 stays external so its
// .node binary is unpacked from asar; electron is provided at run time.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'build/main/main.cjs' });
// A sandboxed preload may only require('electron'): everything else is inlined.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'build/main/preload.cjs' });
console.log('已构建 build/main/main.cjs 与 preload.cjs');
