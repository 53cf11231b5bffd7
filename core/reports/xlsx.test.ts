import { describe, expect, it } from 'vitest';
import { safeCell } from './xlsx';

describe('safeCell', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+86', '-2', '@SUM(A1)', '\t=x', '\r=x']) expect(safeCell(text)).toBe(`'${text}`);
  });
  it('leaves other text, numbers and empty cells alone', () => {
    expect(safeCell('王秀英')).toBe('王秀英');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBeNull();
    expect(safeCell('')).toBe('');
  });
});
