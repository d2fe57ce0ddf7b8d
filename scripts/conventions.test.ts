// Meta-tests in the style of refined-github's: conventions the code base keeps, checked on its files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['components', 'entrypoints', 'lib', 'utils', 'scripts', 'tests'];

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
        // Globs and placeholders name no single file.
        if (/[*]|\bX\b|\bFILE\b/.test(path)) continue;
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
});
