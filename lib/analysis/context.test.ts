import { describe, expect, it } from 'vitest';
import { parseDate, primarySource, timeContext } from './context.ts';

describe('timeContext', () => {
  it('marks a report from another period as earlier, with a readable gap', () => {
    expect(timeContext('2025-12-22T21:15:00-05:00', '2019-06-03')).toEqual({ period: 'earlier', label: '7 years earlier' });
  });
  it('keeps reports of the same weeks in the same period', () => {
    expect(timeContext('2025-12-23', '2025-12-22')).toEqual({ period: 'same', label: '1 day earlier' });
    expect(timeContext('2025-12-22T21:15:00-05:00', '2025-12-22')).toEqual({ period: 'same', label: 'same day' });
    expect(timeContext('2025-12-22', '2025-11').period).toBe('same');
    // A month-only or year-only date says no more than it knows.
    expect(timeContext('2025-12-22', '2025-11').label).toBe('about a month earlier');
    expect(timeContext('2025-12-22', '2025-12').label).toBe('the same month');
    expect(timeContext('2025-12-22', '2019').label).toBe('about 6 years earlier');
    expect(timeContext('2025-12-22', '2025').label).toBe('the same year');
    expect(timeContext('2025-12', '2025-09-14').label).toBe('about 3 months earlier');
  });
  it('is unknown without both dates', () => {
    expect(timeContext(null, '2019-06-03')).toEqual({ period: 'unknown', label: null });
    expect(parseDate('not a date')).toBeNull();
  });
});

describe('primarySource', () => {
  it('groups reports resting on the same agency', () => {
    expect(primarySource(['Associated Press, citing an anonymous European intelligence official'])).toBe('Associated Press');
    expect(primarySource(['AP, citing a European intelligence official', 'AFP (photo)'])).toBe('Associated Press');
    expect(primarySource(['The Wall Street Journal, citing an anonymous source'])).toBe('The Wall Street Journal');
    expect(primarySource(['ATORUS (Association of Tour Operators of Russia)'])).toBe('ATORUS');
    expect(primarySource([])).toBeNull();
  });
});
