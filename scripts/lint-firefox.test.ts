import { describe, expect, it } from 'vitest';
import { unaccepted } from './lint-firefox.ts';

const w = (message: string, file: string) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', message, file });
const accepted = [
  w('Unsafe assignment to innerHTML', 'analyzer.js'),
  w('Unsafe assignment to innerHTML', 'analyzer.js'),
  w('Unsafe call to import for argument 0', 'analyzer.js'),
  w('Unsafe assignment to innerHTML', 'sidebar.js'),
  w('Unsafe call to import for argument 0', 'content-scripts/content.js'),
  w('Unsafe assignment to innerHTML', 'chunks/hooks.module-Daca7Ek2.js'),
];

describe('web-ext lint: accepted warnings only', () => {
  it('passes the six warnings the README traces to Readability, Preact and the bundle loader', () => {
    expect(unaccepted({ errors: [], notices: [], warnings: accepted })).toEqual([]);
  });

  it('fails a seventh innerHTML, a warning of another kind or file, and any error or notice', () => {
    expect(unaccepted({ errors: [], notices: [], warnings: [...accepted, w('Unsafe assignment to innerHTML', 'analyzer.js')] })).toEqual(['UNSAFE_VAR_ASSIGNMENT analyzer.js: Unsafe assignment to innerHTML']);
    expect(unaccepted({ errors: [], notices: [], warnings: [w('Unsafe assignment to innerHTML', 'background.js')] })).toHaveLength(1);
    expect(unaccepted({ errors: [], notices: [], warnings: [{ code: 'MANIFEST_FIELD_UNSUPPORTED', message: 'x', file: 'manifest.json' }] })).toHaveLength(1);
    expect(unaccepted({ errors: [{ code: 'JSON_INVALID', message: 'bad', file: 'manifest.json' }], notices: [], warnings: [] })).toEqual(['JSON_INVALID manifest.json: bad']);
  });
});
