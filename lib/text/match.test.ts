import { describe, expect, it } from 'vitest';
import { markShared } from './match.ts';

describe('markShared', () => {
  it('marks words that share a stem with the other text, keeping all the text', () => {
    const segs = markShared('Russia evacuated 30 diplomats on Friday.', 'evacuating diplomats from Russia');
    expect(segs.map((s) => s.text).join('')).toBe('Russia evacuated 30 diplomats on Friday.');
    expect(segs.filter((s) => s.match).map((s) => s.text)).toEqual(['Russia evacuated', 'diplomats']);
  });
  it('marks nothing when nothing is shared', () => {
    expect(markShared('Hello world', 'nothing here')).toEqual([{ text: 'Hello world', match: false }]);
  });
});
