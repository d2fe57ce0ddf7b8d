import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
      `error: ${binary}: the file is not text: a binary byte (NUL) at byte 4`,
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

describe('npm run check: inputs it cannot read honestly (issue 13)', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-13-'));
  const demo = readFileSync(join(pages, 'demo-russia-evacuation.html'), 'utf8');

  it('refuses a Latin-1 page with the file name and byte offset instead of reading it as U+FFFD', async () => {
    const file = join(dir, 'latin1.html');
    const html = demo.replace('<body>', '<body><p>Caf\u00e9 con leche.</p>');
    const bytes = Buffer.from(html.replace(/[^\u0000-\u00ff]/g, '?'), 'latin1');
    writeFileSync(file, bytes);
    const { code, stderr } = await check(file);
    expect(code).toBe(1);
    const at = bytes.findIndex((b) => b >= 0x80);
    expect(stderr.trim()).toBe(`error: ${file}: the file is not UTF-8: byte 0x${bytes[at]!.toString(16)} at byte ${at} (save it as UTF-8)`);
  });

  it('refuses a binary file named .txt, even with no NUL byte in its first 8 KB', async () => {
    const file = join(dir, 'photo.txt');
    const bytes = Buffer.concat([Buffer.from('Headline\n\n'.repeat(1_000)), Buffer.from([0x89, 0x50, 0x00, 0xff])]);
    writeFileSync(file, bytes);
    const { code, stderr, stdout } = await check(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`error: ${file}: the file is not text: a binary byte (NUL) at byte 10002`);
  });

  it('reads a UTF-16 page with a byte-order mark instead of calling it binary', async () => {
    const file = join(dir, 'utf16.html');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(demo, 'utf16le')]));
    const { code, stdout, stderr } = await check(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/utf16\.html: RELATED/);
  });

  it('says an empty .html file is empty, in one line, instead of an internal TypeError', async () => {
    const empty = join(dir, 'empty.html');
    const blank = join(dir, 'blank.html');
    const bare = join(dir, 'bare.html');
    writeFileSync(empty, '');
    writeFileSync(blank, ' \n\t\n');
    writeFileSync(bare, 'Just a line of text, no tags at all.');
    const { code, stdout, stderr } = await check(empty, blank, bare);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`error: ${empty}: the file is empty`, `error: ${blank}: the file holds only white space`]);
    expect(stdout.trim()).toBe(`${bare}: no article found — not related`);
  });

  it('refuses a page of 400,000 elements before parsing it, naming its size and the limit, within seconds', async () => {
    const file = join(dir, 'crowded.html');
    const li = '<li><b>Reader</b> wrote: <span>a comment about the story, long enough to weigh something in the page</span></li>';
    writeFileSync(file, `<!doctype html><html lang="en"><head><title>Big</title></head><body>${demo}<ul>${li.repeat(133_000)}</ul></body></html>`);
    const started = performance.now();
    const { code, stderr } = await check(file);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^error: ${file}: too many elements to read: about 399,\\d{3} in 14\\.\\d MB of HTML \\(the limit is 60,000\\)$`));
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a file over 20 MB from its size, without reading it', async () => {
    const file = join(dir, 'huge.html');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 0x20));
    const { code, stderr } = await check(file);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`error: ${file}: too large (21.0 MB; the limit is 20.0 MB)`);
  });

  it('answers a text file that is one 1,000,000-character line quickly (the line is split and cut like a page)', async () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, `Russia evacuates diplomats\n${'Russia evacuated the families of its diplomats from Venezuela, officials said. '.repeat(12_600)}\n`);
    const started = performance.now();
    const { code, stdout } = await check(file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/one-line\.txt: (RELATED|not related)/);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  describe('the article date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-date-'));
    const story = 'Rostec pulls most of its staff out of Venezuela\n\nThe Russian state defence group Rostec has brought home nearly all of its employees from Venezuela, leaving only a few dozen people in the country, according to a report this week. Rostec denied the report, saying its work in Caracas continues.\n';
    const periods = (stdout: string) => (JSON.parse(stdout) as { claims: { evidence: { docId: string; period: string }[] }[] }).claims.flatMap((c) => c.evidence.filter((e) => e.docId === '004_42f87ae980b4bccd').map((e) => e.period));

    it('--date dates a .txt article, so a 2019 report is earlier context, not a current verdict', async () => {
      const file = join(dir, 'rostec.txt');
      writeFileSync(file, story);
      const undated = await check('--json', file);
      expect((JSON.parse(undated.stdout) as { article: { dateSource: string } }).article.dateSource).toBe('unknown');
      expect(periods(undated.stdout)).toContain('unknown');
      const dated = await check('--json', '--date', '2025-12-22', file);
      expect(JSON.parse(dated.stdout)).toMatchObject({ article: { published: '2025-12-22', dateSource: 'option' } });
      expect(periods(dated.stdout).length).toBeGreaterThan(0);
      expect(new Set(periods(dated.stdout))).toEqual(new Set(['earlier']));
      const text = await check(file);
      expect(text.stdout).toMatch(/Article date: unknown, so every report counts as current \(give one with --date YYYY-MM-DD\)/);
    });

    it('reads a date line at the top of a text file, and refuses a malformed --date', async () => {
      const file = join(dir, 'rostec-dated.txt');
      writeFileSync(file, `2025-12-22\n${story}`);
      const out = JSON.parse((await check('--json', file)).stdout) as { article: { title: string; published: string; dateSource: string } };
      expect(out.article).toMatchObject({ title: 'Rostec pulls most of its staff out of Venezuela', published: '2025-12-22', dateSource: 'page' });
      const bad = await check('--date', '22/12/2025', file);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--date needs a date as YYYY-MM-DD/);
    });
  });

  it('prints evidence as the sidebar shows it: verdict, outlet, date and the quoted passage', async () => {
    const { stdout } = await check(join(pages, 'related-conflict-number.html'));
    expect(stdout).toMatch(/^ {6}CONFLICTS · .+, \d{4}(-\d{2}){0,2}.* \[002_936c50cc775e99f4\]$/m);
    expect(stdout).toMatch(/^ {8}“.*11 warships.*”$/m);
  });

  it('says why a URL could not be fetched', async () => {
    // A port nothing listens on: taken from the system, then freed.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    server.close();
    const url = `http://127.0.0.1:${port}/article`;
    const { code, stderr } = await check(url);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`error: ${url}: could not fetch: the server refused the connection (is it running?)`);
  });
});
