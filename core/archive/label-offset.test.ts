/** The label printer offset: stored in mm (0.1 mm steps), audited, out-of-range refused naming the axis. */
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';

describe('archive.labelOffset / saveLabelOffset', () => {
  it('starts at 0/0, keeps what was saved (rounded to 0.1 mm) with an audit line, refuses more than 20 mm', async () => {
    const app = await openAppLike();
    expect(await app.ok('archive.labelOffset')).toEqual({ x: 0, y: 0 });
    expect(await app.ok('archive.saveLabelOffset', { x: 1.26, y: -3 })).toEqual({ x: 1.3, y: -3 });
    expect(await app.ok('archive.labelOffset')).toEqual({ x: 1.3, y: -3 });
    const audit = (await app.auditRows()).at(-1)!;
    expect(audit.entity_type).toBe('archive_settings');
    expect(audit.after_json).toContain('向右 1.3 毫米，向下 -3 毫米');

    const refused = await app.call('archive.saveLabelOffset', { x: 25, y: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('左右偏移最多 20 毫米') } });
    expect(await app.ok('archive.labelOffset')).toEqual({ x: 1.3, y: -3 });
  });
});
