import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const pages = join(root, 'tests/fixtures/pages');

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), ['scripts/check.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run check', () => {
  it('prints one JSON object per input with the stable fields', async () => {
    const { code, stdout } = await check('--json', join(pages, 'demo-russia-evacuation.html'), join(pages, 'unrelated-local-news.html'));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    const [demo, local] = lines as [Record<string, unknown>, Record<string, unknown>];
    expect(demo).toMatchObject({ file: join(pages, 'demo-russia-evacuation.html'), related: true });
    expect(typeof demo.relatedness).toBe('number');
    const reports = demo.reports as Record<string, unknown>[];
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(reports[0]!).sort()).toEqual(['docId', 'outlet', 'passage', 'published', 'score', 'title']);
    expect(local).toMatchObject({ related: false, reports: [] });
  });

  it('adds claims with their evidence in --json', async () => {
    const { stdout } = await check('--json', join(pages, 'related-conflict-number.html'));
    const out = JSON.parse(stdout) as { claims: { text: string; evidence: Record<string, unknown>[] }[] };
    expect(out.claims.length).toBeGreaterThan(3);
    const evidence = out.claims.flatMap((c) => c.evidence);
    for (const e of evidence) {
      expect(['corroborates', 'conflicts', 'discusses']).toContain(e.stance);
      expect(typeof e.confidence).toBe('number');
      expect(typeof e.passage).toBe('string');
      expect(Array.isArray(e.reasons)).toBe(true);
    }
    const warships = out.claims.find((c) => /8 warships/.test(c.text))!;
    expect(warships.evidence[0]).toMatchObject({ docId: '002_936c50cc775e99f4', stance: 'conflicts' });
    expect(warships.evidence[0]!.why).toContain('Differs: “8 warships” here, “11 warships” in the report');
  });

  it('reads plain text files: first line is the headline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const file = join(dir, 'story.txt');
    writeFileSync(
      file,
      'Russia evacuates diplomats’ families from Venezuela\n\nRussia has started evacuating the families of its diplomats from Venezuela, a European intelligence official told the Associated Press, as U.S. pressure on Maduro grows. Women and children left on Friday. Moscow denied the drawdown, calling the reports Western provocations.\n',
    );
    const { stdout } = await check(file);
    expect(stdout).toMatch(/RELATED \(relatedness 0\.\d+\)/);
    expect(stdout).toMatch(/Russia Evacuates Diplomat Families from Venezuela/);
  });

  it('reports a bad input in one line, processes the others and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const { code, stdout, stderr } = await check(join(dir, 'missing.html'), binary, join(pages, 'demo-russia-evacuation.html'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `error: ${join(dir, 'missing.html')}: no such file`,
      `error: ${binary}: not an HTML or text file (binary content)`,
    ]);
    expect(stdout).toMatch(/demo-russia-evacuation.html: RELATED/);
  });

  it('says when a page has no article', async () => {
    const { code, stdout } = await check(join(pages, 'no-article.html'), join(pages, 'empty.html'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/no-article.html: no article found — not related/);
    expect(stdout).toMatch(/empty.html: no article found — not related/);
  });
});
