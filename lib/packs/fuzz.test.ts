/**
 * Fuzz test of the pack, delta and signed-feed readers: a few thousand
 * mutated files, each of which must be refused with a clear PackError or
 * accepted as valid, never crash or hang. The classes of issue 13 (bytes that
 * are not UTF-8, bounds on sources, sparse lists, lone surrogates, over-long
 * paragraphs, damaged snapshots) are here too, and a sample of them is
 * imported into a seeded corpus, which every refusal must leave unchanged.
 * The database side of the older classes (import, apply, sync) is in
 * lib/corpus/fuzz.test.ts.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed> npx vitest run lib/packs/fuzz.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, seedPack, seededDB } from '../../tests/support/unit.ts';
import { corpusDigest } from '../corpus/digest.ts';
import { applyDelta, importPack } from '../corpus/import.ts';
import type { CorpusDB } from '../corpus/db.ts';
import { parseMessage } from '../messages.ts';
import { utf8 } from './bytes.ts';
import { applyDeltaToPack, parseDelta, parsePackFile, parsePackFileBytes, validateDelta, type PackFile } from './delta.ts';
import { loneSurrogate } from './fields.ts';
import { openFeed, validateFeed } from './feed.ts';
import { MAX_SOURCE_LENGTH, MAX_SOURCES, parsePack, validatePack, type Pack } from './format.ts';
import {
  fuzzSeed,
  hasInvisible,
  mutate,
  mutateBounds,
  mutateBytes,
  mutateDelta,
  mutateSnapshot,
  outcome,
  rng,
  serialize,
  sparseValue,
  Tally,
  unclear,
  type Mutant,
  type Outcome,
  type Rng,
} from '../../tests/support/fuzz.ts';
import { keyFingerprint, publicKeyOf, sign } from './signature.ts';

const SEED = fuzzSeed(20_261_215);
/** Per-case bound: parsing and validating one file of at most a few MB takes milliseconds. */
const CASE_MS = 5_000;
const NOW = new Date('2026-12-15T00:00:00Z');
const testKey = JSON.parse(fixture('packs/test-key.json')) as { publicKey: string; secretKey: string; fingerprint: string };
/** A second fixed key, so runs are reproducible (Ed25519 signatures are deterministic). */
const otherKey = { publicKey: '', secretKey: 'cnDOMuRWJqpvfOn7A10RiK10M6XgpFnITNYNIkGsaWw=' };

const base: Pack = seedPack();
const deltaValue = JSON.parse(fixture('packs/delta-v1.json')) as unknown;
const envelope = JSON.parse(fixture('packs/feed-v1-signed.json')) as { payload: string; signature: string; publicKey: string };
const feedValue = JSON.parse(envelope.payload) as unknown;
const tally = new Tally();

/** Fails with the seed, case number and mutation, so the case can be replayed. */
function fail(category: string, i: number, m: Mutant, why: string): never {
  throw new Error(`[fuzz seed ${SEED}, ${category} case ${i}] ${m.mutation}: ${why}\ninput (first 300 chars): ${JSON.stringify(m.text.slice(0, 300))}`);
}

/** Runs one case: bounded, refusals checked for clarity, the outcome counted. */
async function run<T>(category: string, i: number, m: Mutant, fn: () => T | Promise<T>): Promise<Outcome<T>> {
  let o: Outcome<T>;
  try {
    o = await outcome(fn, CASE_MS);
  } catch (e) {
    fail(category, i, m, (e as Error).message);
  }
  if (o.kind === 'rejected') {
    const why = unclear(o.message, m.text);
    if (why) fail(category, i, m, `unclear refusal (${why}): ${JSON.stringify(o.message.slice(0, 400))}`);
    tally.add(category, 'rejected', hasInvisible(o.message));
    return o;
  }
  tally.add(category, 'accepted');
  return o;
}

/** An accepted pack must satisfy the format's invariants whatever the input looked like. */
function checkPack(p: Pack, category: string, i: number, m: Mutant): void {
  const ids = new Set(p.documents.map((d) => d.id));
  const ok =
    Number.isSafeInteger(p.revision) && p.revision >= 1 && /^[\w.-]{1,200}$/.test(p.id) && ids.size === p.documents.length &&
    p.documents.every((d) => typeof d.text === 'string' && d.text.trim() !== '' && Array.isArray(d.sources)) &&
    p.documents.every((d) => d.sources.length <= MAX_SOURCES && d.sources.every((x) => typeof x === 'string' && x.length <= MAX_SOURCE_LENGTH) && loneSurrogate(d.id) < 0) &&
    p.documents.every((_, i) => i in p.documents) &&
    // Prototype pollution would show on every object, not only the parsed one.
    !('polluted' in {}) && Object.getPrototypeOf(p) === Object.prototype;
  if (!ok) fail(category, i, m, 'accepted a pack that breaks the format invariants');
  // What was accepted must read back the same: validation is a fixed point.
  expect(validatePack(JSON.parse(JSON.stringify(p)))).toEqual(p);
}

beforeAll(async () => {
  otherKey.publicKey = await publicKeyOf(otherKey.secretKey);
});

afterAll(() => {
  console.log(`Pack/feed fuzz, seed ${SEED}: ${tally.total()} cases (the "corpus:" rows against a seeded corpus, the others without one)`);
  console.table(tally.table());
});

describe(`fuzz: pack and delta files, parsePackFile (seed ${SEED})`, () => {
  it('refuses or accepts 500 mutated full packs, never crashing', async () => {
    const r = rng(SEED);
    for (let i = 0; i < 500; i++) {
      const m = mutate(base, r);
      const o = await run('file: full pack', i, m, () => parsePackFile(m.text));
      if (o.kind === 'accepted') {
        if (o.value.kind !== 'pack') fail('file: full pack', i, m, `read as a ${o.value.kind}`);
        checkPack(o.value.pack, 'file: full pack', i, m);
        // parsePack, the full-pack-only reader, must agree.
        expect(parsePack(m.text)).toEqual(o.value.pack);
      }
    }
  });

  it('refuses or accepts 400 mutated deltas, and applies the accepted ones to the base or refuses clearly', async () => {
    const r = rng(SEED + 1);
    const baseIds = base.documents.map((d) => d.id);
    for (let i = 0; i < 400; i++) {
      const m = r.chance(0.35) ? mutateDelta(deltaValue, baseIds, r) : mutate(deltaValue, r);
      const o = await run('file: delta', i, m, () => parsePackFile(m.text));
      if (o.kind !== 'accepted') continue;
      if (o.value.kind !== 'delta') {
        if (o.value.kind === 'pack') checkPack(o.value.pack, 'file: delta', i, m);
        continue;
      }
      const delta = o.value.delta;
      expect(validateDelta(JSON.parse(JSON.stringify(delta)))).toEqual(delta);
      const applied = await run('file: delta applied to base (pure)', i, m, () => applyDeltaToPack(base, delta));
      if (applied.kind === 'accepted') {
        checkPack(applied.value, 'file: delta applied to base (pure)', i, m);
        if (applied.value.revision !== delta.revision) fail('file: delta applied', i, m, 'applied pack has another revision');
      }
    }
  });
});

/** An envelope around `payload` signed by `key` (a publisher who signs whatever it is given). */
async function signedBy(payload: string, key: { publicKey: string; secretKey: string } = testKey): Promise<string> {
  return JSON.stringify({ format: 'fact-compare-signed', formatVersion: 1, publicKey: key.publicKey, signature: await sign(utf8(payload), key.secretKey), payload });
}

/** Envelope-level damage: the signature, the key or the payload changed after signing. */
function mutateEnvelope(r: Rng): Mutant {
  const e: Record<string, unknown> = { ...envelope };
  const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
  switch (r.int(12)) {
    case 0: {
      const at = r.int(envelope.signature.length - 2);
      e.signature = flip(envelope.signature, at);
      return { mutation: `signature character ${at} changed`, text: JSON.stringify(e) };
    }
    case 1:
      e.signature = envelope.signature.slice(0, r.int(envelope.signature.length));
      return { mutation: 'signature truncated', text: JSON.stringify(e) };
    case 2:
      e.signature = r.pick<unknown>([null, 0, [], {}, true, '', ' ', '====', 'A'.repeat(88), `${envelope.signature}\n`, ` ${envelope.signature} `, envelope.signature.replace(/=+$/, ''), envelope.signature.replace(/\+/g, '-')]);
      return { mutation: `signature = ${JSON.stringify(e.signature)}`, text: JSON.stringify(e) };
    case 3:
      e.publicKey = r.pick<unknown>([otherKey.publicKey, null, 0, '', 'abc', testKey.fingerprint, flip(envelope.publicKey, r.int(40)), ` ${envelope.publicKey}\n`, envelope.publicKey.replace(/=$/, ''), ['x']]);
      return { mutation: `publicKey = ${JSON.stringify(e.publicKey)}`, text: JSON.stringify(e) };
    case 4: {
      const p = mutate(feedValue, r);
      e.payload = p.text;
      return { mutation: `payload changed without re-signing: ${p.mutation}`, text: JSON.stringify(e) };
    }
    case 5:
      e.payload = `${envelope.payload}${r.pick([' ', '\n', '\u0000', '\ufeff'])}`;
      return { mutation: 'payload with one character appended', text: JSON.stringify(e) };
    case 6:
      e.payload = r.pick<unknown>([JSON.parse(envelope.payload), null, 5, [], '']);
      return { mutation: `payload of type ${Array.isArray(e.payload) ? 'list' : typeof e.payload}`, text: JSON.stringify(e) };
    case 7:
      delete e[r.pick(['format', 'formatVersion', 'publicKey', 'signature', 'payload'])];
      return { mutation: 'an envelope field removed', text: JSON.stringify(e) };
    case 8:
      e.formatVersion = r.pick<unknown>([2, 0, '1', null, { toString: 1 }, 1.5]);
      return { mutation: `formatVersion = ${JSON.stringify(e.formatVersion)}`, text: JSON.stringify(e) };
    case 9: {
      const m = mutate(envelope, r);
      return { mutation: `envelope: ${m.mutation}`, text: m.text };
    }
    case 10:
      return { mutation: 'the bare feed, unsigned', text: envelope.payload };
    default:
      Object.defineProperty(e, '__proto__', { value: { signature: envelope.signature, polluted: true }, enumerable: true });
      e.signature = undefined;
      return { mutation: 'signature only under an own "__proto__" key', text: JSON.stringify(e) };
  }
}

describe(`fuzz: signed feeds, openFeed (seed ${SEED})`, () => {
  const options = async (r: Rng) => {
    const pinnedKey = r.pick([testKey.fingerprint, testKey.publicKey, undefined, testKey.fingerprint, ` ${testKey.publicKey} `]);
    return { pinnedKey, now: NOW, minRevision: r.pick([undefined, 1, 2]), packId: r.pick([undefined, 'seed-venezuela-russia']) };
  };

  it('refuses or accepts 300 damaged envelopes', async () => {
    const r = rng(SEED + 2);
    for (let i = 0; i < 300; i++) {
      const m = mutateEnvelope(r);
      const o = await run('feed: damaged envelope', i, m, async () => openFeed(m.text, await options(r)));
      if (o.kind === 'accepted') {
        // Only changes that leave the signed bytes and the key alone may pass: what is accepted is
        // exactly the feed the publisher signed.
        expect(o.value.publicKey).toBe(testKey.publicKey);
        expect(o.value.feed).toEqual(validateFeed(feedValue));
      }
    }
  });

  it('refuses or accepts 350 mutated feeds correctly signed by the publisher (a publisher who signs garbage)', async () => {
    const r = rng(SEED + 3);
    for (let i = 0; i < 350; i++) {
      const m = mutate(feedValue, r);
      const text = await signedBy(m.text);
      const o = await run('feed: signed garbage', i, { ...m, text }, async () => openFeed(text, await options(r)));
      if (o.kind === 'accepted') {
        const f = o.value.feed;
        expect(validateFeed(JSON.parse(JSON.stringify(f)))).toEqual(f);
        expect(f.files.some((x) => x.kind === 'full' && x.revision === f.revision)).toBe(true);
        expect(typeof o.value.stale).toBe('boolean');
      }
    }
  });

  it('refuses 100 feeds under the wrong or a malformed pinned key, or signed by another key', async () => {
    const r = rng(SEED + 4);
    const otherFingerprint = await keyFingerprint(otherKey.publicKey);
    for (let i = 0; i < 100; i++) {
      const byOther = r.chance(0.5);
      const text = byOther ? await signedBy(envelope.payload, otherKey) : fixture('packs/feed-v1-signed.json');
      const pinnedKey = byOther
        ? r.pick([testKey.fingerprint, testKey.publicKey])
        : r.pick([otherFingerprint, otherKey.publicKey, testKey.fingerprint.toUpperCase(), testKey.fingerprint.slice(0, 20), 'SHA256:', 'not a key', testKey.publicKey.slice(1)]);
      const m = { mutation: `signed by ${byOther ? 'another key' : 'the test key'}, pinned ${JSON.stringify(pinnedKey)}`, text };
      const o = await run('feed: wrong key', i, m, () => openFeed(text, { pinnedKey, now: NOW }));
      if (o.kind === 'accepted') fail('feed: wrong key', i, m, 'accepted a feed not signed by the pinned key');
      expect(o.message).toMatch(/unknown key|pinned/);
    }
  });
});

describe('regressions found by the fuzz test', () => {
  it('refuses a formatVersion that is not a number with a clear message, never a TypeError or "[object Object]"', () => {
    const text = (v: string) => serialize({ ...base, formatVersion: 0 }).replace('"formatVersion":0', `"formatVersion":${v}`);
    expect(() => parsePackFile(text('{"toString":1}'))).toThrow('The pack "formatVersion" must be the number 1 or 2, not a object');
    expect(() => parsePackFile(text('{}'))).not.toThrow(/object Object/);
    expect(() => parsePackFile(text('"1"'))).toThrow('The pack "formatVersion" must be the number 1 or 2, not a string');
    expect(() => parsePackFile(JSON.stringify({ ...base, formatVersion: undefined }))).toThrow('The pack has no "formatVersion" (this version reads 1 and 2)');
    expect(() => parsePackFile(text('3'))).toThrow('Unsupported pack format version 3 (this version reads 1 and 2)');
    expect(() => validateFeed({ ...(feedValue as object), formatVersion: { toString: 1 } })).toThrow('The feed "formatVersion" must be the number 1');
  });

  it('reads a pack, delta or feed file that starts with a byte order mark', async () => {
    expect(parsePackFile(`\ufeff${JSON.stringify(base)}`)).toEqual({ kind: 'pack', pack: base });
    expect(parsePack(`\ufeff${JSON.stringify(base)}`)).toEqual(base);
    expect((await openFeed(`\ufeff${fixture('packs/feed-v1-signed.json')}`, { now: NOW })).feed.revision).toBe(2);
    // Only one: a second BOM is not whitespace JSON allows.
    expect(() => parsePackFile(`\ufeff\ufeff${JSON.stringify(base)}`)).toThrow(/not valid JSON/);
  });

  it('refuses a feed file url the URL parser cannot read, instead of failing later in sync', () => {
    const f = feedValue as { files: { url: string }[] };
    for (const url of ['http://', 'https://[::1', 'http://exa mple.org/p.json']) {
      const bad = { ...f, files: [{ ...f.files[0]!, url }, f.files[1]!] };
      expect(() => validateFeed(bad)).toThrow('Feed file 1 url is not a valid URL');
    }
  });
});

const r2: Pack = applyDeltaToPack(base, parseDelta(fixture('packs/delta-v1.json')));
const snapshotValue = {
  url: 'https://news.example/a',
  title: 'Russia evacuates diplomats’ families',
  byline: null,
  siteName: null,
  publishedTime: null,
  language: 'en',
  text: 'Russia began evacuating the families of its diplomats.\n\nMoscow denied it.',
  paragraphs: ['Russia began evacuating the families of its diplomats.', 'Moscow denied it.'],
};

/** Both readers agree on a file: accepted alike, or refused with the same message. */
function sameOutcome(a: Outcome<PackFile>, b: Outcome<PackFile>): boolean {
  if (a.kind === 'accepted' && b.kind === 'accepted') return JSON.stringify(a.value) === JSON.stringify(b.value);
  return a.kind === 'rejected' && b.kind === 'rejected' && a.message === b.message;
}

describe(`fuzz: bytes, bounds, holes, surrogates and paragraphs (issue 13, seed ${SEED})`, () => {
  it('reads 500 files given as bytes: another encoding as its text, anything not UTF-8 refused with the byte offset', async () => {
    const r = rng(SEED + 13);
    for (let i = 0; i < 500; i++) {
      const m = mutateBytes(r.chance(0.5) ? base : deltaValue, r);
      const category = m.valid ? 'bytes: UTF-8 or BOM-marked UTF-16' : 'bytes: not UTF-8 (refused)';
      const o = await run(category, i, m, () => parsePackFileBytes(m.bytes));
      if (m.valid) {
        const reference = await outcome(() => parsePackFile(m.text), CASE_MS);
        if (!sameOutcome(o, reference)) fail(category, i, m, `read differently from its text (${o.kind} vs ${reference.kind})`);
      } else if (o.kind === 'accepted') {
        fail(category, i, m, 'accepted bytes that are not UTF-8 text');
      } else if (!/^The file is not (UTF-8|text): .* at byte \d+/.test(o.message)) {
        fail(category, i, m, `refused without the byte offset: ${o.message}`);
      }
    }
  });

  it('refuses or accepts 500 files at and beyond the bounds: sources, ids with lone surrogates, one-paragraph texts', async () => {
    const r = rng(SEED + 14);
    for (let i = 0; i < 500; i++) {
      const delta = r.chance(0.4);
      const m = mutateBounds(delta ? deltaValue : base, r);
      const category = `bounds: ${delta ? 'delta' : 'full pack'}`;
      const o = await run(category, i, m, () => parsePackFile(m.text));
      if (o.kind === 'accepted') {
        if (m.mustRefuse) fail(category, i, m, 'accepted a file beyond a bound');
        if (o.value.kind === 'pack') checkPack(o.value.pack, category, i, m);
        else expect(validateDelta(JSON.parse(JSON.stringify(o.value.delta)))).toEqual(o.value.delta);
      } else if (!m.mustRefuse) {
        fail(category, i, m, `refused a file within the bounds: ${o.message}`);
      }
    }
  });

  it('refuses 300 packs and deltas with holes in a list (stored or cloned values), never a TypeError later', async () => {
    const r = rng(SEED + 15);
    for (let i = 0; i < 300; i++) {
      const delta = r.chance(0.5);
      const { mutation, value } = sparseValue(delta ? deltaValue : base, r);
      const m = { mutation, text: '' };
      const category = `sparse: ${delta ? 'delta' : 'full pack'}`;
      const o = await run(category, i, m, () => (delta ? validateDelta(value) : validatePack(value)));
      if (o.kind === 'accepted') fail(category, i, m, 'accepted a list with a hole');
    }
  });

  it('refuses or accepts 500 damaged article snapshots, never throwing', () => {
    const r = rng(SEED + 16);
    for (let i = 0; i < 500; i++) {
      const { mutation, value, mustRefuse } = mutateSnapshot(snapshotValue, r);
      const m = { mutation, text: '' };
      let parsed;
      try {
        parsed = parseMessage({ type: 'analyze', payload: value });
      } catch (e) {
        fail('message: snapshot', i, m, `threw ${(e as Error).name}: ${(e as Error).message}`);
      }
      if (parsed && mustRefuse) fail('message: snapshot', i, m, 'accepted a snapshot beyond a bound');
      if (!parsed && !mustRefuse) fail('message: snapshot', i, m, 'refused a snapshot within the bounds');
      if (parsed?.type === 'analyze') {
        const ps = parsed.payload.paragraphs;
        const ok = ps.length <= 20_000 && ps.every((_, k) => k in ps) && ps.every((p) => typeof p === 'string' && p.length <= 10_000);
        if (!ok) fail('message: snapshot', i, m, 'accepted paragraphs that break the bounds');
      }
      tally.add('message: snapshot', parsed ? 'accepted' : 'rejected');
    }
  });

  it('leaves the corpus unchanged on every refusal of 300 byte and bound cases imported as the options page does', { timeout: 120_000 }, async () => {
    const r = rng(SEED + 17);
    let db: CorpusDB = await seededDB();
    let baseline = await corpusDigest(db);
    const install = async (file: PackFile) =>
      file.kind === 'pack' ? importPack(db, file.pack, { refuseOlder: true }) : applyDelta(db, file.delta);
    for (let i = 0; i < 300; i++) {
      const delta = r.chance(0.5);
      const bytesCase = r.chance(0.5);
      const m = bytesCase ? mutateBytes(delta ? deltaValue : r2, r) : mutateBounds(delta ? deltaValue : r2, r);
      const category = `corpus: ${bytesCase ? 'bytes' : 'bounds'}`;
      const o = await run(category, i, m, async () => install(bytesCase ? parsePackFileBytes((m as { bytes: Uint8Array }).bytes) : parsePackFile(m.text)));
      if (o.kind === 'rejected') {
        if ((await corpusDigest(db)) !== baseline) fail(category, i, m, `the corpus changed although the file was refused (${o.message})`);
        continue;
      }
      if ('mustRefuse' in m && m.mustRefuse) fail(category, i, m, 'installed a file beyond a bound');
      if ('valid' in m && !m.valid) fail(category, i, m, 'installed bytes that are not UTF-8');
      // A fresh seeded corpus for the next case (its digest differs only by the install time).
      db = await seededDB();
      baseline = await corpusDigest(db);
    }
    expect(await corpusDigest(db)).toBe(baseline);
  });
});
