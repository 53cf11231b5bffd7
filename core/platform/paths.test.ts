import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from './paths';

describe('where the data file lives', () => {
  it('follows Electron’s per-user app data folder on each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\fl\\AppData\\Roaming' }, 'win32', 'C:\\Users\\fl')).toBe(
      join('C:\\Users\\fl\\AppData\\Roaming', 'fulian-ledger'),
    );
    expect(defaultDataDir({}, 'linux', '/home/fl')).toBe('/home/fl/.config/fulian-ledger');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/fl')).toBe('/cfg/fulian-ledger');
  });

  it('takes --db first, then FULIAN_DB, then the default file', () => {
    const env = { FULIAN_DB: '/env/f.sqlite', XDG_CONFIG_HOME: '/cfg' };
    expect(resolveDbPath(['node', 'x', '--db', '/arg/a.sqlite'], env)).toBe('/arg/a.sqlite');
    expect(resolveDbPath(['node', 'x', '--db=/arg/b.sqlite'], env)).toBe('/arg/b.sqlite');
    expect(resolveDbPath(['node', 'x'], env)).toBe('/env/f.sqlite');
    if (process.platform !== 'win32') {
      expect(resolveDbPath(['node', 'x'], { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/fulian-ledger/fulian.sqlite');
    }
  });
});
