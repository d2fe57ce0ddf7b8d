import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/unit.ts';
import { buildSeedPack } from './seeds.ts';

describe('seed pack', () => {
  const dir = join(ROOT, 'seeds');
  const files = Object.fromEntries(readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  const metadata: unknown = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));

  it('turns every seed file into a document named after it, text unchanged', () => {
    const pack = buildSeedPack(metadata, files);
    expect(pack.documents).toHaveLength(5);
    for (const d of pack.documents) expect(d.text).toBe(files[`${d.id}.txt`]);
  });
  it('carries the metadata: outlet, date and cited sources', () => {
    const pack = buildSeedPack(metadata, files);
    const epoch = pack.documents.find((d) => d.id === '004_42f87ae980b4bccd')!;
    expect(epoch).toMatchObject({ outlet: 'The Epoch Times', author: 'Ivan Pentchoukov', published: '2019-06-03' });
    expect(epoch.sources.join(' ')).toMatch(/Wall Street Journal/);
  });
  it('matches the frozen fixture, so a seed change is deliberate', () => {
    const frozen = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8')) as unknown;
    expect(buildSeedPack(metadata, files)).toEqual(frozen);
  });
  it('names a seed file that has no metadata', () => {
    expect(() => buildSeedPack(metadata, { ...files, 'new.txt': 'x' })).toThrow(/no entry for new.txt/);
  });
});
