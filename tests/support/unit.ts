// Helpers for the unit tests beside the code in lib/ (test-only: outside lib/, never bundled).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCorpusDB, type CorpusDB } from '../../lib/corpus/db.ts';
import { importPack } from '../../lib/corpus/import.ts';
import { parsePack, type Pack, type PackDocument } from '../../lib/packs/format.ts';
import { parseHTML } from 'linkedom';
import type { ArticleSnapshot } from '../../lib/analysis/types.ts';
import { extractSnapshot } from '../../lib/extract/snapshot.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

let n = 0;
/** A fresh, empty corpus database in fake-indexeddb. */
export function freshDB(): CorpusDB {
  return openCorpusDB({}, `test-${process.pid}-${++n}`);
}

/** The frozen version-1 seed pack fixture. */
export function seedPack(): Pack {
  return parsePack(readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8'));
}

/** A fresh database with the seed pack installed. */
export async function seededDB(): Promise<CorpusDB> {
  const db = freshDB();
  await importPack(db, seedPack());
  return db;
}

/** Reads a fixture file under tests/fixtures. */
export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
}

/** The snapshot the content script would send for a fixture page (linkedom for the DOM). */
export function pageSnapshot(path: string): ArticleSnapshot {
  const { document } = parseHTML(fixture(path));
  return extractSnapshot(document as unknown as Document, 'https://example.org/')!;
}

/** A report that is not in the seed corpus (a wire story about the same evacuation), for updates in tests. */
export const WIRE_REPORT: PackDocument = {
  id: '0025_wire',
  url: 'https://example.org/wire',
  title: 'Russian plane lands in Caracas',
  outlet: 'Example Wire',
  author: null,
  published: '2025-12-24',
  language: 'en',
  text: 'A Russian government plane landed outside Caracas on Wednesday to fly out diplomats’ families.',
  sources: ['Associated Press'],
};
