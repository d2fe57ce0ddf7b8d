import { describe, expect, it } from 'vitest';
import { escapeBidiControls, hasBidiControls, stripBidiControls } from './bidi.ts';

describe('bidirectional controls', () => {
  const s = 'a\u202Eb\u2066c\u2069d\u200Ee\u200Ff\u061Cg\u202Ah\u202Ci';
  it('finds, strips and escapes every embedding, override, isolate and mark', () => {
    expect(hasBidiControls(s)).toBe(true);
    expect(hasBidiControls('plain עברית')).toBe(false);
    expect(stripBidiControls(s)).toBe('abcdefghi');
    expect(escapeBidiControls(s)).toBe('a\\u202Eb\\u2066c\\u2069d\\u200Ee\\u200Ff\\u061Cg\\u202Ah\\u202Ci');
    expect(JSON.parse(`"${escapeBidiControls(s)}"`)).toBe(s);
  });
});
