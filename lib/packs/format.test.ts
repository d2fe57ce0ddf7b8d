import { describe, expect, it } from 'vitest';
import { fixture } from '../test-support.ts';
import { PackError, parsePack, validatePack } from './format.ts';

const seed = (): Record<string, unknown> => JSON.parse(fixture('formats/pack-v1-seed.json')) as Record<string, unknown>;

describe('pack format v1', () => {
  it('reads the frozen version-1 seed pack', () => {
    const pack = parsePack(fixture('formats/pack-v1-seed.json'));
    expect(pack.revision).toBe(1);
    expect(pack.documents.map((d) => d.id)).toEqual([
      '000_9ae17a76aaeb9e70',
      '001_9c17a2890fb4d939',
      '002_936c50cc775e99f4',
      '003_34df27f0f9e83260',
      '004_42f87ae980b4bccd',
    ]);
    expect(pack.documents[4]!.outlet).toBe('The Epoch Times');
  });
  it('explains a truncated file', () => {
    const text = fixture('formats/pack-v1-seed.json');
    expect(() => parsePack(text.slice(0, text.length / 2))).toThrow(/not valid JSON.*truncated/);
  });
  it.each([
    ['a list', [], /expected a JSON object/],
    ['another format', { ...seed(), format: 'zip' }, /format/],
    ['a future version', { ...seed(), formatVersion: 2 }, /Unsupported pack format version 2/],
    ['a fractional revision', { ...seed(), revision: 1.5 }, /revision/],
    ['a missing title', { ...seed(), title: undefined }, /title is missing/],
    ['an id with slashes', { ...seed(), id: '../x' }, /Pack id/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => validatePack(value)).toThrow(message);
    expect(() => validatePack(value)).toThrow(PackError);
  });
  it('refuses duplicate document ids', () => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    p.documents = [...docs, { ...docs[0] }];
    expect(() => validatePack(p)).toThrow(/Duplicate document id "000_9ae17a76aaeb9e70"/);
  });
  it('refuses a document with no text or a bad date', () => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    expect(() => validatePack({ ...p, documents: [{ ...docs[0], text: '  ' }] })).toThrow(/Document 1 text is empty/);
    expect(() => validatePack({ ...p, documents: [{ ...docs[0], published: 'last Friday' }] })).toThrow(/not an ISO 8601 date/);
    expect(() => validatePack({ ...p, documents: [{ ...docs[0], sources: 'AP' }] })).toThrow(/sources must be a list/);
  });
});

describe('field checks found by the fuzz test', () => {
  it('refuses dates that do not exist, which Date.parse would shift', async () => {
    const { isoDate } = await import('./fields.ts');
    for (const bad of ['2025-02-30', '2025-13-01', '2025-06-01T24:00', '0000-01-01', '2025-04-31']) {
      expect(() => isoDate(bad, 'Date'), bad).toThrow(/not an ISO 8601 date/);
    }
    for (const good of ['2024-02-29', '2025-12-31T23:59:59Z', '2025-06', '2025']) expect(isoDate(good, 'Date')).toBe(good);
  });
  it('shows invisible characters from the input as escapes in messages', async () => {
    const { quote } = await import('./fields.ts');
    expect(quote('a\u202Eb\u0000c')).toBe('"a\\u202eb\\u0000c"');
  });
});

describe('bounds on document fields (issue 13)', () => {
  const doc = (over: Record<string, unknown>) => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    return { ...p, documents: [{ ...docs[0], ...over }, ...docs.slice(1)] };
  };

  it('refuses a source of 5,000,000 characters, naming the document and the source', () => {
    expect(() => validatePack(doc({ sources: ['AP', 'x'.repeat(5_000_000)] }))).toThrow('Document 1 source 2 is too long (5000000 characters; at most 2,000)');
  });

  it('refuses 200,000 sources, saying how many are allowed', () => {
    const sources = Array.from({ length: 200_000 }, (_, i) => `Source ${i}`);
    expect(() => validatePack(doc({ sources }))).toThrow('Document 1 has 200,000 sources (at most 1,000)');
  });

  it('still reads a document with 1,000 sources of 2,000 characters', () => {
    const sources = Array.from({ length: 1_000 }, (_, i) => `${i}`.padEnd(2_000, 'x'));
    expect(validatePack(doc({ sources })).documents[0]!.sources).toHaveLength(1_000);
  });

  it('refuses sparse lists (possible outside JSON: stored or cloned values) instead of failing later', () => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    expect(() => validatePack({ ...p, documents: [docs[0], , docs[2]] })).toThrow('Document 2 is not an object');
    expect(() => validatePack(doc({ sources: ['AP', , 'Reuters'] }))).toThrow('Document 1 sources must be a list of strings (entry 2 is missing)');
  });

  it('refuses a document id with a lone surrogate (it could not be opened from a link)', () => {
    expect(() => validatePack(doc({ id: 'report-\ud800' }))).toThrow('Document 1 id is not valid Unicode (a lone surrogate at character 8)');
    expect(() => validatePack(doc({ id: '\udc00x' }))).toThrow('Document 1 id is not valid Unicode (a lone surrogate at character 1)');
    expect(validatePack(doc({ id: 'report-👍' })).documents[0]!.id).toBe('report-👍');
  });
});
