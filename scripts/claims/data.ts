/**
 * The claim-level evaluation set (tests/fixtures/claims): articles written for
 * the project, each claim labelled against every report of its corpus.
 * Node only; see tests/fixtures/claims/README.md for the format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack, type Pack } from '../../lib/packs/format.ts';

export type Verdict = 'corroborates' | 'conflicts' | 'discusses' | 'none';
export const VERDICTS: readonly Verdict[] = ['corroborates', 'conflicts', 'discusses', 'none'];
export type ConflictKind = 'number' | 'date' | 'denial' | 'entity' | 'other';

export interface Label {
  stance: Exclude<Verdict, 'none'>;
  kind?: ConflictKind;
  note?: string;
}

export interface LabelledClaim {
  text: string;
  /** Report id (seed prefix or FNC Body ID) → label; unlisted reports are `none`. */
  labels: Record<string, Label>;
  note?: string;
}

export interface EvalArticle {
  id: string;
  split: 'dev' | 'test';
  kind: 'same-story' | 'fnc' | 'near-miss';
  style: string;
  outlet: string;
  title: string;
  publishedTime: string | null;
  language: string;
  /** Report ids: the seeds' three-digit prefixes, or FNC Body IDs. */
  corpus: string[];
  expectRelated: boolean;
  paragraphs: string[];
  claims: LabelledClaim[];
}

export const CLAIMS_DIR = join(import.meta.dirname, '../../tests/fixtures/claims');
export const SEED_IDS = ['000', '001', '002', '003', '004'];
/** Pack id of the FNC-1 bodies the f-articles are checked against. */
export const FNC_PACK_ID = 'eval-fnc-bodies';

function fail(file: string, why: string): never {
  throw new Error(`${file}: ${why}`);
}

function parseLabel(file: string, v: unknown): Label {
  if (typeof v === 'string') {
    const [stance, kind] = v.split(':');
    v = { stance, kind };
  }
  const o = v as Partial<Label>;
  if (!o || !['corroborates', 'conflicts', 'discusses'].includes(o.stance as string)) fail(file, `bad label ${JSON.stringify(v)}`);
  if (o.stance === 'conflicts' && o.kind && !['number', 'date', 'denial', 'entity', 'other'].includes(o.kind)) fail(file, `bad conflict kind ${o.kind}`);
  return { stance: o.stance!, kind: o.stance === 'conflicts' ? (o.kind ?? 'other') : undefined, note: o.note };
}

/** Reads and checks every article of the set (claims must be sentences of the paragraphs). */
export function readArticles(dir = CLAIMS_DIR): EvalArticle[] {
  const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const raw = JSON.parse(readFileSync(join(dir, 'articles', f), 'utf8')) as Record<string, unknown>;
    const paragraphs = raw.paragraphs as string[];
    if (!Array.isArray(paragraphs) || paragraphs.some((p) => typeof p !== 'string')) fail(f, 'paragraphs must be strings');
    const corpus = raw.corpus === 'seeds' || raw.corpus === undefined ? SEED_IDS : (raw.corpus as unknown[]).map(String);
    const claims = ((raw.claims as unknown[]) ?? []).map((c) => {
      const o = c as { text: string; labels?: Record<string, unknown>; note?: string };
      if (!paragraphs.some((p) => p.includes(o.text))) fail(f, `claim not in any paragraph: ${o.text}`);
      const labels: Record<string, Label> = {};
      for (const [id, v] of Object.entries(o.labels ?? {})) {
        if (!corpus.includes(id)) fail(f, `label for ${id}, which is not in the article's corpus`);
        labels[id] = parseLabel(f, v);
      }
      return { text: o.text, labels, note: o.note };
    });
    const split = raw.split as string;
    if (split !== 'dev' && split !== 'test') fail(f, `split must be dev or test, not ${split}`);
    return {
      id: String(raw.id ?? f.replace(/\.json$/, '')),
      split,
      kind: raw.kind as EvalArticle['kind'],
      style: String(raw.style ?? ''),
      outlet: String(raw.outlet ?? ''),
      title: String(raw.title ?? ''),
      publishedTime: (raw.publishedTime as string | null) ?? null,
      language: String(raw.language ?? 'en'),
      corpus,
      expectRelated: raw.expectRelated !== false,
      paragraphs,
      claims,
    };
  });
}

/** The FNC-1 bodies the f-articles use, as a pack (ids are Body IDs). */
export function fncPack(dir = CLAIMS_DIR): Pack | null {
  let text: string;
  try {
    text = readFileSync(join(dir, 'fnc-bodies.json'), 'utf8');
  } catch {
    return null;
  }
  const bodies = JSON.parse(text) as Record<string, { story: string; text: string }>;
  return validatePack({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: FNC_PACK_ID,
    title: 'FNC-1 train bodies used by the claim evaluation',
    publisher: 'Fact Compare project (evaluation only)',
    revision: 1,
    created: '2026-12-03T00:00:00Z',
    expires: null,
    documents: Object.entries(bodies).map(([id, b]) => ({
      id,
      url: null,
      title: b.story,
      outlet: 'FNC-1',
      author: null,
      published: null,
      language: 'en',
      text: b.text,
      sources: [],
    })),
  });
}

/** Seed document id from its three-digit prefix. */
export function seedDocId(prefix: string, seedIds: readonly string[]): string {
  return seedIds.find((id) => id.startsWith(`${prefix}_`)) ?? prefix;
}
