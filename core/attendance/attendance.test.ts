import { describe, expect, it } from 'vitest';
import { attendanceFigures, percentOneDecimal, type Attendance } from './attendance';

const people = (...list: Attendance[]) => list.map((attendance) => ({ attendance }));

describe('应到 / 实到 / 出席率', () => {
  it('应到 counts 出席 + 缺席 + 请假; 列席 is not expected; 实到 = 出席', () => {
    const f = attendanceFigures(people('出席', '出席', '出席', '请假', '缺席', '列席', '列席'));
    expect(f).toEqual({ expected: 5, present: 3, absent: 1, leave: 1, guests: 2, rate: '60.0' });
  });

  it('rounds half-up to one decimal without floating-point drift', () => {
    expect(percentOneDecimal(2, 3)).toBe('66.7');
    expect(percentOneDecimal(1, 3)).toBe('33.3');
    expect(percentOneDecimal(1, 16)).toBe('6.3'); // 6.25 → 6.3
    expect(percentOneDecimal(1, 8)).toBe('12.5');
    expect(percentOneDecimal(7, 7)).toBe('100.0');
    expect(percentOneDecimal(0, 9)).toBe('0.0');
  });

  it('has no 出席率 when nobody was expected (only 列席)', () => {
    expect(attendanceFigures(people('列席')).rate).toBeNull();
    expect(attendanceFigures([]).expected).toBe(0);
  });
});
