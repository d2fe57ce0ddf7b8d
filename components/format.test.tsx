import { describe, expect, it } from 'vitest';
import { formatDate, formatMoment } from './format.ts';

describe('dates in one style, the reader’s locale', () => {
  it('writes full, month-only and year-only dates with the month as a word', () => {
    expect(formatDate('2025-12-22T21:15:00-05:00', 'en-GB')).toBe('22 Dec 2025');
    expect(formatDate('2025-12-22', 'en-US')).toBe('Dec 22, 2025');
    expect(formatDate('2025-11', 'en-GB')).toBe('Nov 2025');
    expect(formatDate('2019', 'en-GB')).toBe('2019');
    expect(formatDate(null)).toBe('undated');
    expect(formatDate('sometime', 'en-GB')).toBe('sometime');
  });
  it('writes install and sync moments in the same style, never a numeric 12/3/2026', () => {
    const s = formatMoment(Date.UTC(2026, 11, 3, 12, 0), 'en-US');
    expect(s).toMatch(/^Dec 3, 2026/);
    expect(s).not.toMatch(/\d+\/\d+\/\d+/);
  });
});
