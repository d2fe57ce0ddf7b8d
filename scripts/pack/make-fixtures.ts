// tsx scripts/pack/make-fixtures.ts
// Writes the frozen version-1 fixtures of tests/fixtures/packs/ (see the
// README there). Run once per format version; the output is deterministic
// (Ed25519 signatures are), so re-running with the same test key rewrites
// identical files. The test key is created only if it does not exist.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { utf8 } from '../../lib/packs/bytes.ts';
import { applyDeltaToPack, diffPacks } from '../../lib/packs/delta.ts';
import { FEED_FORMAT, FEED_FORMAT_VERSION, sha256Hex, signFeed } from '../../lib/packs/feed.ts';
import { parsePack, type PackDocument } from '../../lib/packs/format.ts';
import { generateKeyPair, keyFingerprint } from '../../lib/packs/signature.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'tests/fixtures/packs');

const base = parsePack(await readFile(join(root, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8'));
const added: PackDocument = {
  id: 'fixture-added-report',
  url: 'https://example.org/fixture-report',
  title: 'Fixture report added in revision 2',
  outlet: 'Example Wire',
  author: null,
  published: '2025-12-24',
  language: 'en',
  text: 'A Russian government plane landed outside Caracas on Wednesday to fly out the families of Russian diplomats, a European intelligence official said.',
  sources: ['Associated Press'],
};
const [first, ...rest] = base.documents;
const next = {
  ...base,
  revision: 2,
  created: '2026-12-01T00:00:00Z',
  documents: [
    { ...first!, text: `${first!.text}\nCorrection: an earlier version misstated the day the evacuation began.` },
    ...rest.filter((d) => d.id !== '004_42f87ae980b4bccd'),
    added,
  ],
};
const delta = diffPacks(base, next);
const deltaText = `${JSON.stringify(delta, null, 2)}\n`;
// The full revision-2 pack is not stored: it is applyDeltaToPack(seed, delta), serialised with JSON.stringify.
const fullText = JSON.stringify(applyDeltaToPack(base, delta));

const keyFile = join(dir, 'test-key.json');
if (!existsSync(keyFile)) {
  const keys = await generateKeyPair();
  const note = 'TEST KEY ONLY: published in the repository, never trust it for real feeds';
  await writeFile(keyFile, `${JSON.stringify({ note, ...keys, fingerprint: await keyFingerprint(keys.publicKey) }, null, 2)}\n`);
}
const keys = JSON.parse(await readFile(keyFile, 'utf8')) as { publicKey: string; secretKey: string };

const envelope = await signFeed(
  {
    format: FEED_FORMAT,
    formatVersion: FEED_FORMAT_VERSION,
    packId: next.id,
    title: next.title,
    publisher: next.publisher,
    revision: 2,
    created: '2026-12-01T00:00:00Z',
    expires: '2027-12-01T00:00:00Z',
    files: [
      { kind: 'full', revision: 2, url: 'seed-venezuela-russia-r2.json', size: utf8(fullText).length, sha256: await sha256Hex(utf8(fullText)) },
      { kind: 'delta', revision: 2, baseRevision: 1, url: 'seed-venezuela-russia-r1-r2.delta.json', size: utf8(deltaText).length, sha256: await sha256Hex(utf8(deltaText)) },
    ],
  },
  keys,
);
await writeFile(join(dir, 'delta-v1.json'), deltaText);
await writeFile(join(dir, 'feed-v1-signed.json'), `${JSON.stringify(envelope, null, 2)}\n`);
console.log(`wrote ${dir}/delta-v1.json and feed-v1-signed.json, signed by ${await keyFingerprint(keys.publicKey)}`);
