import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../lib/packs/bytes.ts';
import { applyDeltaToPack, parseDelta } from '../../lib/packs/delta.ts';
import { checkFile, chooseFile, openFeed } from '../../lib/packs/feed.ts';
import { parsePack } from '../../lib/packs/format.ts';
import { readSeedPack } from '../seed-pack.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules/.bin/tsx');

async function pack(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/pack/cli.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs a command expected to fail: exit code 1 and exactly one line on stderr matching `message`. */
async function fails(message: RegExp, ...args: string[]): Promise<void> {
  const r = await pack(...args);
  expect(r.code, r.stdout).toBe(1);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
const json = <T = Record<string, unknown>>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pack CLI', { timeout: 120_000 }, () => {
  it('prints usage with --help and refuses no command or an unknown one', async () => {
    const help = await pack('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: .*cli\.ts <command>/);
    for (const c of ['build', 'keygen', 'sign', 'verify', 'diff', 'feed']) expect(help.stdout).toContain(`  ${c} `);
    expect(help.stdout).toContain('PACKID-rBASE-rREV.delta.json');
    expect((await pack('diff', '--help')).code).toBe(0);
    await Promise.all([
      fails(/no command given/),
      fails(/unknown command "publish"/, 'publish'),
      fails(/Unknown option '--bogus'/, 'build', 'seeds', '--bogus'),
      fails(/--out is required/, 'build', 'seeds'),
    ]);
  });

  it('keygen writes a key file, prints its fingerprint and never overwrites', async () => {
    const r = await pack('keygen', '--out', at('key.json'));
    expect(r.code).toBe(0);
    const key = json<{ publicKey: string; secretKey: string; fingerprint: string }>(at('key.json'));
    expect(key.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(key.secretKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(r.stdout).toContain(`fingerprint: ${key.fingerprint}`);
    expect(key.fingerprint).toMatch(/^SHA256:[0-9a-f]{4}(:[0-9a-f]{4}){7}$/);
    const before = readFileSync(at('key.json'), 'utf8');
    await fails(/already exists; refusing to overwrite it/, 'keygen', '--out', at('key.json'));
    expect(readFileSync(at('key.json'), 'utf8')).toBe(before);
    expect((await pack('keygen', '--out', at('other-key.json'))).code).toBe(0);
  });

  it('build turns the seeds folder into the same pack as readSeedPack', async () => {
    mkdirSync(at('pub'));
    const r = await pack('build', 'seeds', '--out', at('pub', 'seed-venezuela-russia-r1.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/revision 1, 5 documents/);
    expect(parsePack(readFileSync(at('pub', 'seed-venezuela-russia-r1.json'), 'utf8'))).toEqual(await readSeedPack(root));
  });

  it('build reads HTML through Readability and takes header flags', async () => {
    cpSync(join(root, 'seeds'), at('src'), { recursive: true });
    unlinkSync(at('src', '004_42f87ae980b4bccd.txt'));
    writeFileSync(at('src', '000_9ae17a76aaeb9e70.txt'), `${readFileSync(at('src', '000_9ae17a76aaeb9e70.txt'), 'utf8')}\nUpdate: a convoy left.\n`);
    writeFileSync(
      at('src', '0025_wire.html'),
      '<!doctype html><html lang="en"><head><title>Plane lands in Caracas</title><meta property="og:site_name" content="Example Wire"></head><body>' +
        '<nav>Home | World | Sports</nav><article><h1>Plane lands in Caracas</h1>' +
        '<p>A Russian government plane landed at Maiquetía airport outside Caracas on Wednesday to fly out the families of Russian diplomats, a European intelligence official said.</p>' +
        '<p>The evacuation of women and children began on Friday. Moscow denied any evacuation and called the reports a provocation by Western media.</p>' +
        '<p>Witnesses saw a convoy of about thirty vehicles leave the embassy compound in the early hours, escorted by police.</p>' +
        '<script>track()</script></article><footer>© Example</footer></body></html>',
    );
    const meta = json<{ documents: Record<string, unknown> }>(at('src', 'metadata.json'));
    delete meta.documents['004_42f87ae980b4bccd.txt'];
    meta.documents['0025_wire.html'] = { published: '2025-12-24', sources: ['Associated Press'] };
    writeFileSync(at('src', 'metadata.json'), JSON.stringify(meta));
    const r = await pack('build', at('src'), '--out', at('pub', 'seed-venezuela-russia-r2.json'), '--revision', '2', '--created', '2026-12-01T00:00:00Z');
    expect(r.code, r.stderr).toBe(0);
    const r2 = parsePack(readFileSync(at('pub', 'seed-venezuela-russia-r2.json'), 'utf8'));
    expect(r2).toMatchObject({ revision: 2, created: '2026-12-01T00:00:00Z' });
    const wire = r2.documents.find((d) => d.id === '0025_wire')!;
    expect(wire).toMatchObject({ title: 'Plane lands in Caracas', outlet: 'Example Wire', published: '2025-12-24', sources: ['Associated Press'] });
    expect(wire.text).toMatch(/^A Russian government plane.*\n\nThe evacuation/);
    expect(wire.text).not.toMatch(/track\(\)|Sports|©/);
  });

  it('diff writes a delta that turns revision 1 into revision 2', async () => {
    const r = await pack('diff', at('pub', 'seed-venezuela-russia-r1.json'), at('pub', 'seed-venezuela-russia-r2.json'), '--out', at('pub', 'seed-venezuela-russia-r1-r2.delta.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/revision 1 → 2, 1 added, 1 replaced, 1 removed/);
    const delta = parseDelta(readFileSync(at('pub', 'seed-venezuela-russia-r1-r2.delta.json'), 'utf8'));
    const r1 = parsePack(readFileSync(at('pub', 'seed-venezuela-russia-r1.json'), 'utf8'));
    expect(applyDeltaToPack(r1, delta)).toEqual(parsePack(readFileSync(at('pub', 'seed-venezuela-russia-r2.json'), 'utf8')));
    await fails(/must be greater than the old pack's revision/, 'diff', at('pub', 'seed-venezuela-russia-r2.json'), at('pub', 'seed-venezuela-russia-r1.json'), '--out', at('x.json'));
    await fails(/cannot read pack .*nope\.json: no such file/, 'diff', at('nope.json'), at('pub', 'seed-venezuela-russia-r1.json'), '--out', at('x.json'));
  });

  it('feed signs a feed of the latest full pack and its deltas, which the client opens and checks', async () => {
    writeFileSync(at('pub', 'notes.txt'), 'not a pack file, ignored');
    const r = await pack('feed', at('pub'), '--key', at('key.json'), '--base-url', 'https://packs.example.org/news', '--out', at('feed.json'), '--expires', '2027-06-01');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/revision 2, full pack and 1 delta, signed by SHA256:/);
    const key = json<{ publicKey: string; fingerprint: string }>(at('key.json'));
    const opened = await openFeed(readFileSync(at('feed.json'), 'utf8'), { pinnedKey: key.fingerprint, now: new Date('2027-01-01') });
    expect(opened).toMatchObject({ publicKey: key.publicKey, stale: false, feed: { packId: 'seed-venezuela-russia', revision: 2, expires: '2027-06-01' } });
    expect(opened.feed.files.map((f) => f.url)).toEqual([
      'https://packs.example.org/news/seed-venezuela-russia-r2.json',
      'https://packs.example.org/news/seed-venezuela-russia-r1-r2.delta.json',
    ]);
    const delta = chooseFile(opened.feed, 1)!;
    expect(delta.kind).toBe('delta');
    await checkFile(new Uint8Array(readFileSync(at('pub', 'seed-venezuela-russia-r1-r2.delta.json'))), delta);
    const full = chooseFile(opened.feed, null)!;
    expect(full.kind).toBe('full');
    await checkFile(new Uint8Array(readFileSync(at('pub', 'seed-venezuela-russia-r2.json'))), full);
    await expect(checkFile(utf8('{}'), full)).rejects.toThrow(/bytes but the feed says/);
  });

  it('verify checks the signed feed against a key file, a key or a fingerprint, and refuses another key', async () => {
    const key = json<{ publicKey: string; fingerprint: string }>(at('key.json'));
    const results = await Promise.all([at('key.json'), key.publicKey, key.fingerprint].map((k) => pack('verify', at('feed.json'), '--public-key', k)));
    for (const r of results) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`OK: .*feed for pack seed-venezuela-russia revision 2.*signed by ${key.fingerprint}`));
    }
    const env = json(at('feed.json'));
    writeFileSync(at('tampered-feed.json'), JSON.stringify({ ...env, payload: (env.payload as string).replace('"revision": 2', '"revision": 3') }));
    writeFileSync(at('truncated-feed.json'), readFileSync(at('feed.json'), 'utf8').slice(0, 200));
    await Promise.all([
      fails(/signed by an unknown key .*expected fingerprint/, 'verify', at('feed.json'), '--public-key', at('other-key.json')),
      fails(/signature is not valid/, 'verify', at('tampered-feed.json'), '--public-key', at('key.json')),
      fails(/not valid JSON.*truncated/, 'verify', at('truncated-feed.json'), '--public-key', at('key.json')),
    ]);
  });

  it('sign and verify a detached signature; a changed file or another key fails', async () => {
    const file = at('pub', 'seed-venezuela-russia-r2.json');
    const s = await pack('sign', file, '--key', at('key.json'));
    expect(s.code, s.stderr).toBe(0);
    expect(readFileSync(`${file}.sig`, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    const v = await pack('verify', file, '--sig', `${file}.sig`, '--public-key', at('key.json'));
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^OK: .* is signed by SHA256:/);
    const copy = at('changed.json');
    writeFileSync(copy, `${readFileSync(file, 'utf8')} `);
    writeFileSync(at('garbage.sig'), 'this is not base64!!\n');
    await Promise.all([
      pack('verify', file, '--public-key', at('key.json')).then((r) => expect(r.code).toBe(0)),
      fails(/is not valid for/, 'verify', file, '--public-key', at('other-key.json')),
      fails(/signature in .* is not valid for/, 'verify', copy, '--sig', `${file}.sig`, '--public-key', at('key.json')),
      fails(/is not valid for/, 'verify', file, '--sig', at('garbage.sig'), '--public-key', at('key.json')),
      fails(/holds no base64 Ed25519 public key/, 'verify', file, '--public-key', at('garbage.sig')),
      fails(/cannot read key file .*: no such file/, 'sign', file, '--key', at('missing-key.json')),
    ]);
  });

  it('builds from JSONL, with the header from flags', async () => {
    const doc = { id: 'a1', url: null, title: 'Headline', outlet: 'Wire', author: null, published: '2025-01-02', language: 'en', text: 'Body text.', sources: [] };
    writeFileSync(at('docs.jsonl'), `${JSON.stringify(doc)}\n\n${JSON.stringify({ ...doc, id: 'a2' })}\n`);
    const r = await pack('build', at('docs.jsonl'), '--out', at('j.json'), '--id', 'wire', '--title', 'Wire', '--publisher', 'Me', '--revision', '3', '--expires', '2027-01-01');
    expect(r.code, r.stderr).toBe(0);
    expect(parsePack(readFileSync(at('j.json'), 'utf8'))).toMatchObject({ id: 'wire', revision: 3, expires: '2027-01-01', documents: [{ id: 'a1' }, { id: 'a2' }] });
    writeFileSync(at('bad.jsonl'), `${JSON.stringify(doc)}\n{"id": "x",\n`);
    writeFileSync(at('dup.jsonl'), `${JSON.stringify(doc)}\n${JSON.stringify(doc)}\n`);
    const header = ['--out', at('j2.json'), '--id', 'w', '--title', 'W', '--publisher', 'P', '--revision', '1'];
    await Promise.all([
      fails(/pack id is missing: give --id/, 'build', at('docs.jsonl'), '--out', at('j2.json'), '--title', 'W', '--publisher', 'P', '--revision', '1'),
      fails(/--revision must be a positive integer/, 'build', at('docs.jsonl'), '--out', at('j2.json'), '--revision', 'two'),
      fails(/bad\.jsonl line 2 is not valid JSON/, 'build', at('bad.jsonl'), ...header),
      fails(/Duplicate document id "a1"/, 'build', at('dup.jsonl'), ...header),
    ]);
  });

  it('explains folder problems: a file without metadata, an unsupported file, no metadata.json', async () => {
    mkdirSync(at('bad-src'));
    writeFileSync(at('bad-src', 'a.txt'), 'Title\n\nText.');
    await fails(/metadata\.json: no such file/, 'build', at('bad-src'), '--out', at('b.json'));
    writeFileSync(at('bad-src', 'metadata.json'), JSON.stringify({ pack: { id: 'b', title: 'B', publisher: 'P', revision: 1 }, documents: {} }));
    await fails(/has no entry for a\.txt/, 'build', at('bad-src'), '--out', at('b.json'));
    writeFileSync(at('bad-src', 'metadata.json'), JSON.stringify({ pack: { id: 'b', title: 'B', publisher: 'P', revision: 1 }, documents: { 'a.txt': {} } }));
    expect((await pack('build', at('bad-src'), '--out', at('b.json'))).code).toBe(0);
    expect(parsePack(readFileSync(at('b.json'), 'utf8')).documents[0]).toMatchObject({ id: 'a', title: 'Title', text: 'Title\n\nText.' });
    writeFileSync(at('bad-src', 'scan.pdf'), '%PDF');
    await fails(/scan\.pdf: unsupported file type/, 'build', at('bad-src'), '--out', at('b.json'));
  });

  it('feed refuses a folder whose files do not fit their names or each other', async () => {
    mkdirSync(at('pub2'));
    await Promise.all([
      fails(/no such folder/, 'feed', at('nowhere'), '--key', at('key.json'), '--base-url', 'https://x.org/', '--out', at('f.json')),
      fails(/--base-url must be an absolute http\(s\) URL/, 'feed', at('pub'), '--key', at('key.json'), '--base-url', 'packs/', '--out', at('f.json')),
      fails(/holds no pack files/, 'feed', at('pub2'), '--key', at('key.json'), '--base-url', 'https://x.org/', '--out', at('f.json')),
      fails(/no secretKey/, 'feed', at('pub'), '--key', at('feed.json'), '--base-url', 'https://x.org/', '--out', at('f.json')),
    ]);
    cpSync(at('pub', 'seed-venezuela-russia-r1.json'), at('pub2', 'seed-venezuela-russia-r1.json'));
    cpSync(at('pub', 'seed-venezuela-russia-r1-r2.delta.json'), at('pub2', 'seed-venezuela-russia-r1-r2.delta.json'));
    await fails(/leads to revision 2, but .* has no full pack of it/, 'feed', at('pub2'), '--key', at('key.json'), '--base-url', 'https://x.org/', '--out', at('f.json'));
    cpSync(at('pub', 'seed-venezuela-russia-r1.json'), at('pub2', 'seed-venezuela-russia-r2.json'));
    await fails(/seed-venezuela-russia-r2\.json holds revision 1 .* does not match its name/, 'feed', at('pub2'), '--key', at('key.json'), '--base-url', 'https://x.org/', '--out', at('f.json'));
    const r2 = json(at('pub', 'seed-venezuela-russia-r2.json'));
    writeFileSync(at('pub2', 'seed-venezuela-russia-r2.json'), JSON.stringify({ ...r2, title: 'Changed after the diff' }));
    await fails(/applied to revision 1 does not give seed-venezuela-russia-r2\.json; rebuild it with diff/, 'feed', at('pub2'), '--key', at('key.json'), '--base-url', 'https://x.org/', '--out', at('f.json'));
  });
});

describe('pack CLI: bounds and honesty (issue 13)', { timeout: 120_000 }, () => {
  let d: string;
  const p = (...parts: string[]) => join(d, ...parts);
  const header = (revision: number) => ['--id', 'seed-venezuela-russia', '--title', 'Seed corpus', '--publisher', 'Fact Compare project', '--revision', String(revision), '--created', '2026-12-01T00:00:00Z'];
  /** A folder with one document `name` of `body`, described by metadata.json (unless `described` is false). */
  const folder = (sub: string, files: Record<string, string | Buffer>, described = Object.keys(files)) => {
    mkdirSync(p(sub));
    for (const [name, body] of Object.entries(files)) writeFileSync(p(sub, name), body);
    const documents = Object.fromEntries(described.map((name) => [name, { title: `Title of ${name}` }]));
    writeFileSync(p(sub, 'metadata.json'), JSON.stringify({ pack: { id: 'x', title: 'X', publisher: 'P', revision: 1 }, documents }));
    return p(sub);
  };

  beforeAll(() => {
    d = mkdtempSync(join(tmpdir(), 'pack-cli-13-'));
  });
  afterAll(() => {
    rmSync(d, { recursive: true, force: true });
  });

  it('diff refuses a Latin-1 pack with its name and the byte offset, instead of reading U+FFFD into the delta', async () => {
    const seed = await readSeedPack(root);
    const text = JSON.stringify({ ...seed, title: 'Seed corpus, caf\u00e9 edition' });
    const latin = Buffer.from(text.replace(/[^\u0000-\u00ff]/g, '?'), 'latin1');
    writeFileSync(p('latin-r1.json'), latin);
    writeFileSync(p('r2.json'), JSON.stringify({ ...seed, revision: 2 }));
    await fails(
      new RegExp(`^pack diff: cannot read pack ${p('latin-r1.json')}: the file is not UTF-8: byte 0xe9 at byte ${latin.indexOf(0xe9)} \\(save it as UTF-8\\)\\n$`),
      'diff', p('latin-r1.json'), p('r2.json'), '--out', p('never.json'),
    );
  });

  it('build refuses a Latin-1 or binary document by name and offset, and reads UTF-16 with a byte-order mark', async () => {
    await fails(/latin\/a\.txt: the file is not UTF-8: byte 0xe9 at byte 3 \(save it as UTF-8\)/, 'build', folder('latin', { 'a.txt': Buffer.from('Caf\u00e9\n\nText.', 'latin1') }), '--out', p('l.json'));
    await fails(/binary\/a\.txt: the file is not text: a binary byte \(NUL\) at byte 4/, 'build', folder('binary', { 'a.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }), '--out', p('b.json'));
    const utf16 = folder('utf16', { 'a.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café in Caracas\n\nThe text — “quoted”.', 'utf16le')]) });
    const r = await pack('build', utf16, '--out', p('u.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(parsePack(readFileSync(p('u.json'), 'utf8')).documents[0]!.text).toBe('Café in Caracas\n\nThe text — “quoted”.');
  });

  it('build warns, naming the file and its size, when an HTML article is cut at the extraction bound', async () => {
    const para = `<p>${'Russia evacuated the families of its diplomats from Venezuela, officials said. '.repeat(12)}</p>`;
    const dir2 = folder('long', { 'long.html': `<!doctype html><html lang="en"><head><title>Long</title></head><body><article><h1>Long</h1>${para.repeat(600)}</article></body></html>` });
    const r = await pack('build', dir2, '--out', p('long.json'));
    expect(r.code, r.stderr).toBe(0);
    const kept = parsePack(readFileSync(p('long.json'), 'utf8')).documents[0]!.text.length;
    expect(r.stderr.trim()).toBe(`warning: ${join(dir2, 'long.html')}: the article is 569,398 characters; only the first ${kept.toLocaleString('en-US')} were kept (the extraction reads at most 400,000)`);
  });

  it('build treats a symbolic link to a file as that file: needing metadata, read when described; a broken link is named', async () => {
    writeFileSync(p('target.txt'), 'Linked headline\n\nLinked text.');
    const undescribed = folder('links', { 'a.txt': 'A\n\nText.' });
    symlinkSync(p('target.txt'), p('links', 'linked.txt'));
    await fails(/has no entry for linked\.txt/, 'build', undescribed, '--out', p('k.json'));
    const described = folder('links2', { 'a.txt': 'A\n\nText.' }, ['a.txt', 'linked.txt']);
    symlinkSync(p('target.txt'), p('links2', 'linked.txt'));
    const r = await pack('build', described, '--out', p('k2.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(parsePack(readFileSync(p('k2.json'), 'utf8')).documents.map((x) => [x.id, x.text])).toEqual([['a', 'A\n\nText.'], ['linked', 'Linked headline\n\nLinked text.']]);
    const broken = folder('links3', { 'a.txt': 'A\n\nText.' });
    symlinkSync(p('nowhere.txt'), p('links3', 'gone.txt'));
    await fails(/links3\/gone\.txt is a symbolic link to nothing readable/, 'build', broken, '--out', p('k3.json'));
  });

  it('build refuses HTML over 20 MB from its size and HTML over 60,000 elements before parsing it, in seconds', async () => {
    const big = folder('big', {});
    writeFileSync(p('big', 'big.html'), Buffer.alloc(21 * 1024 * 1024, 0x20));
    writeFileSync(p('big', 'metadata.json'), JSON.stringify({ pack: { id: 'x', title: 'X', publisher: 'P', revision: 1 }, documents: { 'big.html': {} } }));
    const started = performance.now();
    await fails(/^pack build: document .*big\/big\.html is 21\.0 MB; HTML documents of more than 20\.0 MB are not read\n$/, 'build', big, '--out', p('big.json'));
    const li = '<li><b>Reader</b> wrote: <span>a comment</span></li>';
    const crowded = folder('crowded', { 'c.html': `<html><body><article><p>Text.</p></article><ul>${li.repeat(25_000)}</ul></body></html>` });
    await fails(/^pack build: .*crowded\/c\.html: too many elements to read: about 75,005 in 1\.3 MB of HTML \(the limit is 60,000\)\n$/, 'build', crowded, '--out', p('c.json'));
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('verify refuses a feed file that is not UTF-8 with the byte offset', async () => {
    writeFileSync(p('feed-latin.json'), Buffer.from('{"format":"fact-compare-signed","payload":"caf\u00e9"}', 'latin1'));
    writeFileSync(p('k.pub'), `${JSON.parse(readFileSync(join(root, 'tests/fixtures/packs/test-key.json'), 'utf8')).publicKey}\n`);
    await fails(/cannot read .*feed-latin\.json: the file is not UTF-8: byte 0xe9 at byte 46/, 'verify', p('feed-latin.json'), '--public-key', p('k.pub'));
  });

  it('document order is part of a revision: a reordering diff says so, and build → diff → apply gives the target pack byte for byte', async () => {
    const seed = await readSeedPack(root);
    const line = (x: object) => `${JSON.stringify(x)}\n`;
    writeFileSync(p('r1.jsonl'), seed.documents.map(line).join(''));
    const reordered = [...seed.documents].reverse();
    writeFileSync(p('r2.jsonl'), reordered.map(line).join(''));
    const changed = [{ ...seed.documents[3]!, text: `${seed.documents[3]!.text}\nCorrection.` }, ...seed.documents.slice(0, 2), { ...seed.documents[0]!, id: 'new-report' }];
    writeFileSync(p('r3.jsonl'), changed.map(line).join(''));
    for (const [n, rev] of [['r1', 1], ['r2', 2], ['r3', 3]] as const) expect((await pack('build', p(`${n}.jsonl`), '--out', p(`${n}.json`), ...header(rev))).code).toBe(0);

    const only = await pack('diff', p('r1.json'), p('r2.json'), '--out', p('r1-r2.delta.json'));
    expect(only.stdout).toMatch(/revision 1 → 2, 0 added, 0 replaced, 0 removed, documents reordered/);
    const mixed = await pack('diff', p('r2.json'), p('r3.json'), '--out', p('r2-r3.delta.json'));
    expect(mixed.stdout).toMatch(/revision 2 → 3, 1 added, 1 replaced, 2 removed, documents reordered/);

    const r1 = parsePack(readFileSync(p('r1.json'), 'utf8'));
    const r2 = applyDeltaToPack(r1, parseDelta(readFileSync(p('r1-r2.delta.json'), 'utf8')));
    const r3 = applyDeltaToPack(r2, parseDelta(readFileSync(p('r2-r3.delta.json'), 'utf8')));
    for (const [applied, file] of [[r2, 'r2.json'], [r3, 'r3.json']] as const) {
      const bytes = utf8(JSON.stringify(applied));
      expect(await sha256Hex(bytes)).toBe(await sha256Hex(new Uint8Array(readFileSync(p(file)))));
    }
  });
});

describe('pack CLI: ClaimReview inputs (issue 15)', { timeout: 120_000 }, () => {
  const claimreview = (name: string) => join(root, 'tests/fixtures/claimreview', name);

  it('--help describes ClaimReview inputs', async () => {
    const help = await pack('--help');
    expect(help.stdout).toContain('FILE.jsonld');
    expect(help.stdout).toMatch(/ClaimReview\s+JSON-LD/);
  });

  it('build mixes reports and fact-checks from one folder into a format-2 pack, warning of untidy items by file', async () => {
    cpSync(join(root, 'seeds'), at('mixed'), { recursive: true });
    rmSync(at('mixed', 'factchecks'), { recursive: true, force: true });
    cpSync(claimreview('datafeed.json'), at('mixed', 'feed.json'));
    cpSync(claimreview('untidy.jsonld'), at('mixed', 'untidy.jsonld'));
    const r = await pack('build', at('mixed'), '--out', at('mixed.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/revision 1, 11 documents \(5 reports, 6 fact-checks; pack format 2\)/);
    expect(r.stderr).toContain(`warning: ${at('mixed', 'feed.json')}: item 3 (dataFeedElement[1].item, "https://checkdesk.example/reviews/park#again"): the same review as item 1; kept once`);
    expect(r.stderr).toContain(`warning: ${at('mixed', 'untidy.jsonld')}: item 2 (@graph[1], "javascript:alert(1)"): the review URL "javascript:alert(1)" is not an http(s) URL`);
    const built = parsePack(readFileSync(at('mixed.json'), 'utf8'));
    expect(built.formatVersion).toBe(2);
    expect(built.title).toBe('Seed corpus: Russia, the U.S. and Venezuela');
    expect(built.documents.slice(0, 5).map((d) => d.kind)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(built.documents.slice(5).every((d) => d.kind === 'fact-check')).toBe(true);
    // Rebuilding gives the same ids: a later revision replaces reviews rather than adding them again.
    expect((await pack('build', at('mixed'), '--out', at('mixed-again.json'))).code).toBe(0);
    expect(parsePack(readFileSync(at('mixed-again.json'), 'utf8')).documents.map((d) => d.id)).toEqual(built.documents.map((d) => d.id));
  });

  it('build reads one ClaimReview file, taking the title and publisher from its DataFeed', async () => {
    const r = await pack('build', claimreview('datafeed.json'), '--out', at('feed-pack.json'), '--id', 'checks', '--revision', '1', '--created', '2026-01-01');
    expect(r.code, r.stderr).toBe(0);
    const built = parsePack(readFileSync(at('feed-pack.json'), 'utf8'));
    expect(built).toMatchObject({ id: 'checks', title: 'Checkdesk Example fact-checks (test fixture)', publisher: 'Checkdesk Example', formatVersion: 2 });
    expect(built.documents).toHaveLength(3);
    const api = await pack('build', claimreview('api.json'), '--out', at('api-pack.json'), '--id', 'api', '--revision', '1', '--title', 'API', '--publisher', 'Me');
    expect(api.code, api.stderr).toBe(0);
    expect(api.stderr).toContain('claims[2]: the claim has no claimReview; skipped');
    await fails(/the pack title is missing: give --title/, 'build', claimreview('single.jsonld'), '--out', at('x.json'), '--id', 'one', '--revision', '1');
  });

  it('builds the sample fact-check pack, marked as sample data', async () => {
    const r = await pack('build', join(root, 'seeds/factchecks'), '--out', at('sample.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const sample = parsePack(readFileSync(at('sample.json'), 'utf8'));
    expect(sample.title).toMatch(/^Sample data — not real fact-checks/);
    expect(sample.publisher).toMatch(/^Sample data — not real fact-checks/);
    expect(sample.documents.length).toBeGreaterThanOrEqual(6);
    expect(sample.documents.length).toBeLessThanOrEqual(10);
    const ratings = new Set(sample.documents.map((d) => d.review!.normalizedRating));
    expect(ratings.has('true') && ratings.has('false')).toBe(true);
    const entire = sample.documents.filter((d) => d.review!.claimReviewed === 'Russia evacuated its entire embassy staff from Caracas.');
    expect(entire.map((d) => d.review!.normalizedRating)).toEqual(['false', 'false']);
    expect(new Set(entire.map((d) => d.review!.claimGroup)).size).toBe(1);
    expect(sample.documents.every((d) => /sample|ejemplo/i.test(d.outlet))).toBe(true);
  });

  it('refuses a malformed ClaimReview input naming the file and item, and writes nothing', async () => {
    mkdirSync(at('bad'));
    cpSync(claimreview('single.jsonld'), at('bad', 'a.jsonld'));
    cpSync(claimreview('no-claim.jsonld'), at('bad', 'b.jsonld'));
    await fails(
      /pack build: .*b\.jsonld: item 2 \(\[1\], "https:\/\/checkdesk\.example\/reviews\/no-claim"\): the review has no claim/,
      'build', at('bad'), '--out', at('bad.json'), '--id', 'bad', '--title', 'Bad', '--publisher', 'Me', '--revision', '1',
    );
    expect(() => readFileSync(at('bad.json'))).toThrow(/ENOENT/);
    writeFileSync(at('broken.jsonld'), '{"@type": "ClaimReview", "claimReviewed": ');
    await fails(/broken\.jsonld: The file is not valid JSON/, 'build', at('broken.jsonld'), '--out', at('broken.json'), '--id', 'b', '--revision', '1', '--title', 'B', '--publisher', 'B');
    await fails(/neither a folder nor a \.jsonl, \.jsonld, \.json or \.html file/, 'build', join(root, 'seeds/000_9ae17a76aaeb9e70.txt'), '--out', at('x.json'));
  });

  it('build reads a fact-check page’s ClaimReview markup: the page’s article is the review text, its canonical URL the review’s', async () => {
    const r = await pack('build', claimreview('page.html'), '--out', at('page.json'), '--id', 'page', '--revision', '1', '--title', 'Pages', '--publisher', 'Me');
    expect(r.code, r.stderr).toBe(0);
    // The broken block is named; the page's other blocks (an Organization) are not reviews.
    expect(r.stderr).toContain(`${claimreview('page.html')}: JSON-LD block 2 is not valid JSON`);
    const built = parsePack(readFileSync(at('page.json'), 'utf8'));
    expect(built.documents).toHaveLength(1);
    const [d] = built.documents;
    expect(d).toMatchObject({ kind: 'fact-check', url: 'https://checkdesk.example/reviews/rotterdam-bridge', outlet: 'Checkdesk Example' });
    expect(d!.review).toMatchObject({ claimReviewed: 'A storm brought down the Erasmus Bridge in Rotterdam on Monday.', normalizedRating: 'false', claimant: 'A viral video' });
    expect(d!.text).toMatch(/The bridge is standing and open to traffic/);
    expect(d!.text).not.toMatch(/All reviews/);

    // In a folder beside reports: a fact-check, with no metadata.json entry; one there is refused.
    cpSync(join(root, 'seeds'), at('with-page'), { recursive: true });
    rmSync(at('with-page', 'factchecks'), { recursive: true, force: true });
    cpSync(claimreview('page.html'), at('with-page', 'rotterdam.html'));
    const mixed = await pack('build', at('with-page'), '--out', at('with-page.json'));
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.stdout).toMatch(/6 documents \(5 reports, 1 fact-check; pack format 2\)/);
    const meta = JSON.parse(readFileSync(at('with-page', 'metadata.json'), 'utf8')) as { documents: Record<string, unknown> };
    meta.documents['rotterdam.html'] = { title: 'x' };
    writeFileSync(at('with-page', 'metadata.json'), JSON.stringify(meta));
    await fails(/describes rotterdam\.html, a fact-check page: its fields come from its ClaimReview markup/, 'build', at('with-page'), '--out', at('x.json'));

    // A page whose only ClaimReview block is not JSON is refused by name; a page with none is not a fact-check page.
    writeFileSync(at('broken.html'), readFileSync(claimreview('page.html'), 'utf8').replace('"claimReviewed":', '"claimReviewed"'));
    await fails(/broken\.html: JSON-LD block 3 holds a ClaimReview but is not valid JSON/, 'build', at('broken.html'), '--out', at('x.json'), '--id', 'b', '--revision', '1', '--title', 'B', '--publisher', 'B');
    await fails(/the page has no ClaimReview markup/, 'build', join(root, 'tests/fixtures/pages/demo-russia-evacuation.html'), '--out', at('x.json'), '--id', 'b', '--revision', '1', '--title', 'B', '--publisher', 'B');
    expect(() => readFileSync(at('x.json'))).toThrow(/ENOENT/);
  });
});
