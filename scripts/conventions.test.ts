// Meta-tests in the style of refined-github's: conventions the code base keeps, checked on its files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['components', 'entrypoints', 'lib', 'utils', 'scripts', 'tests'];
/** Files the build writes (from seeds/), named in comments before any build ran. */
const GENERATED = new Set(['public/packs/default.json']);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

describe('conventions', () => {
  it('every file path a comment or document names exists', () => {
    const sources = [...FOLDERS.flatMap((d) => files(join(ROOT, d), /\.(ts|tsx|mts|md)$/)), join(ROOT, 'README.md'), join(ROOT, 'lib/packs/FORMAT.md')];
    const missing: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?<![\w./-])((?:lib|scripts|components|entrypoints|utils|tests|docs|seeds|public)\/[\w./-]*\.(?:ts|tsx|mts|json|md|html|jsonl))\b/g)) {
        const path = m[1]!;
        // Globs and placeholders name no single file; build outputs exist only after a build.
        if (/[*]|\bX\b|\bFILE\b/.test(path) || GENERATED.has(path)) continue;
        if (!existsSync(join(ROOT, path))) missing.push(`${relative(ROOT, file)}: ${path}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('lib/ has no import cycle between its folders (top-level modules count one each)', () => {
    const lib = join(ROOT, 'lib');
    const node = (path: string): string => {
      const rel = relative(lib, path);
      return rel.includes('/') ? rel.split('/')[0]! : rel;
    };
    const edges = new Map<string, Set<string>>();
    for (const file of files(lib, /\.tsx?$/).filter((f) => !/\.test\.tsx?$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from '(\.{1,2}\/[^']+)'/gm)) {
        const target = join(file, '..', m[1]!);
        if (!target.startsWith(lib)) continue;
        const [a, b] = [node(file), node(target)];
        if (a !== b) (edges.get(a) ?? edges.set(a, new Set()).get(a)!).add(b);
      }
    }
    const cycles: string[] = [];
    const visit = (n: string, path: string[]): void => {
      if (path.includes(n)) {
        cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
        return;
      }
      if (path.length > 12) return;
      for (const next of edges.get(n) ?? []) visit(next, [...path, n]);
    };
    for (const n of edges.keys()) visit(n, []);
    expect([...new Set(cycles)].slice(0, 10)).toEqual([]);
  });

  it('one word list per concept: calendar words and assertion cues are declared once, in lib/text', () => {
    // The stance model's lexicon is a trained model's input vocabulary and is versioned with it.
    const own = new Set(['lib/text/calendar.ts', 'lib/text/cues.ts', 'lib/stance/lexicon.ts']);
    const lists: [string, RegExp][] = [
      ['denial words', /(?:\bdenied\b|den\(\?:?y\|ies).*(?:\bdismiss|\breject)/],
      ['hedges', /\breportedly\b.*\ballegedly\b/],
      ['negation words', /\bnever\b.*\bneither\b.*\bnor\b/],
      ['month names', /\bjanuary\b.*\bfebruary\b.*\bmarch\b/i],
      ['weekday names', /\bmonday\b.*\btuesday\b.*\bwednesday\b/i],
    ];
    const found: string[] = [];
    for (const file of files(join(ROOT, 'lib'), /\.tsx?$/)) {
      const rel = relative(ROOT, file);
      if (own.has(rel) || rel.endsWith('.test.ts')) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
        for (const [what, re] of lists) if (re.test(line)) found.push(`${rel}:${i + 1}: ${what}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('every protocol message has a parser case and a handler', () => {
    const messages = readFileSync(join(ROOT, 'lib/messages.ts'), 'utf8');
    const keys = (iface: string): string[] => {
      const body = new RegExp(`export interface ${iface} \\{([\\s\\S]*?)\\n\\}`).exec(messages)![1]!;
      return [...body.matchAll(/^ {2}(\w+): \{ request:/gm)].map((m) => m[1]!);
    };
    const cases = (fn: string): string[] => {
      const start = messages.indexOf(`export function ${fn}(`);
      const body = messages.slice(start, messages.indexOf('\n}\n', start));
      return [...body.matchAll(/case '(\w+)'/g)].map((m) => m[1]!);
    };
    const background = readFileSync(join(ROOT, 'entrypoints/background.ts'), 'utf8');
    const gate = readFileSync(join(ROOT, 'entrypoints/content/page-gate.ts'), 'utf8');
    const runtime = keys('Protocol');
    const tab = keys('TabProtocol');
    expect(runtime.length).toBeGreaterThanOrEqual(9);
    expect(tab.length).toBeGreaterThanOrEqual(4);
    expect(cases('parseMessage').sort()).toEqual([...runtime].sort());
    expect(cases('parseTabMessage').sort()).toEqual([...tab].sort());
    for (const k of runtime) expect(background, `background handler for ${k}`).toMatch(new RegExp(`\\basync ${k}\\(`));
    for (const k of tab) expect(gate, `content-script handler for ${k}`).toMatch(new RegExp(`case '${k}'`));
  });

  it('every version of every stored format has a frozen fixture', async () => {
    const { DB_SCHEMA_VERSION } = await import('../lib/corpus/db.ts');
    const { PACK_FORMAT_VERSIONS } = await import('../lib/packs/format.ts');
    const { DELTA_FORMAT_VERSION } = await import('../lib/packs/delta.ts');
    const formats = join(ROOT, 'tests/fixtures');
    const fixtures = files(formats, /\.json$/).map((f) => {
      try {
        return JSON.parse(readFileSync(f, 'utf8')) as { format?: string; formatVersion?: number; schemaVersion?: number };
      } catch {
        return {};
      }
    });
    const has = (format: string, version: number) => fixtures.some((f) => f.format === format && f.formatVersion === version);
    // Databases: every schema before the current one, as that version left it (the upgrade tests read them).
    for (let v = 1; v < DB_SCHEMA_VERSION; v++) expect(existsSync(join(formats, `formats/db-v${v}.json`)), `db-v${v}.json`).toBe(true);
    for (const v of PACK_FORMAT_VERSIONS) expect(has('fact-compare-pack', v), `pack format ${v}`).toBe(true);
    for (let v = 1; v <= DELTA_FORMAT_VERSION; v++) expect(has('fact-compare-pack-delta', v), `delta format ${v}`).toBe(true);
    expect(has('fact-compare-signed', 1), 'signed envelope 1').toBe(true);
  });
});
