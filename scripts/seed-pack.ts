import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSeedPack } from '../lib/packs/seeds.ts';
import type { Pack } from '../lib/packs/format.ts';

/** Reads seeds/ under `root` into the default pack. */
export async function readSeedPack(root: string): Promise<Pack> {
  const dir = join(root, 'seeds');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt'));
  const files: Record<string, string> = {};
  for (const n of names) files[n] = await readFile(join(dir, n), 'utf8');
  const metadata: unknown = JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8'));
  return buildSeedPack(metadata, files);
}

/** Writes the default pack to public/packs/default.json, where the extension installs it from. */
export async function writeSeedPack(root: string): Promise<string> {
  const pack = await readSeedPack(root);
  const out = join(root, 'public', 'packs', 'default.json');
  await mkdir(join(root, 'public', 'packs'), { recursive: true });
  await writeFile(out, JSON.stringify(pack));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await writeSeedPack(process.cwd());
  console.log(`wrote ${out}`);
}
