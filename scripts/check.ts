// npm run check -- [--json] FILE|URL...
// Checks pages against the default corpus with the same lib/ code the
// extension runs, using an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../lib/analysis/analyze.ts';
import type { ArticleSnapshot } from '../lib/analysis/types.ts';
import { openCorpusDB } from '../lib/corpus/db.ts';
import { importPack } from '../lib/corpus/import.ts';
import { screenSample } from '../lib/extract/gate.ts';
import { extractSnapshot } from '../lib/extract/snapshot.ts';
import { screenPage, type ScreenResult } from '../lib/analysis/related.ts';
import type { ScreenSample } from '../lib/analysis/types.ts';
import { readSeedPack } from './seed-pack.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = 20 * 1024 * 1024;

class InputError extends Error {}

async function load(input: string): Promise<{ body: string; type: 'html' | 'text' }> {
  let bytes: Uint8Array;
  let contentType = '';
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
    } catch (e) {
      throw new InputError(`could not fetch (${(e as Error).message})`);
    }
    if (!res.ok) throw new InputError(`HTTP ${res.status} ${res.statusText}`);
    contentType = res.headers.get('content-type') ?? '';
    bytes = new Uint8Array(await res.arrayBuffer());
  } else {
    try {
      bytes = await readFile(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message);
    }
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`too large (${(bytes.length / 1048576).toFixed(1)} MB; limit 20 MB)`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError('not an HTML or text file (binary content)');
  const body = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((body.slice(0, 8192).match(/\uFFFD/g)?.length ?? 0) > 8) throw new InputError('not an HTML or text file (not UTF-8 text)');
  const isHtml = /html/i.test(contentType) || /\.x?html?$/i.test(input) || /^\s*(<!doctype html|<html|<head|<body|<article|<!--)/i.test(body);
  if (!isHtml && !/\.(txt|text|md)$/i.test(input) && contentType && !/^text\//i.test(contentType)) {
    throw new InputError(`not an HTML or text document (${contentType})`);
  }
  return { body, type: isHtml ? 'html' : 'text' };
}

/** The article as the extension would extract it, and the sample its screen would see (HTML only). */
function snapshotOf(input: string, body: string, type: 'html' | 'text'): { snapshot: ArticleSnapshot | null; sample: ScreenSample | null } {
  const url = /^https?:/i.test(input) ? input : `file://${input}`;
  if (type === 'text') {
    const lines = body.split(/\r?\n/).map((l) => l.trim());
    const title = lines.find((l) => l) ?? '';
    const paragraphs = lines.slice(lines.indexOf(title) + 1).filter((l) => l);
    return { snapshot: { url, title, byline: null, siteName: null, publishedTime: null, language: null, text: paragraphs.join('\n\n'), paragraphs }, sample: null };
  }
  const { document } = parseHTML(body);
  const doc = document as unknown as Document;
  const sample = screenSample(doc, url);
  return { snapshot: sample ? extractSnapshot(doc, url) : null, sample };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const inputs = args.filter((a) => a !== '--json');
  if (inputs.length === 0) {
    console.error('usage: npm run check -- [--json] FILE.html|FILE.txt|URL...');
    return 2;
  }
  const db = openCorpusDB();
  await importPack(db, await readSeedPack(root));
  let failed = 0;
  for (const input of inputs) {
    try {
      const { body, type } = await load(input);
      const { snapshot, sample } = snapshotOf(input, body, type);
      // The CLI analyses every article in full; the screen's verdict is shown beside it.
      const screen: ScreenResult | null = sample ? await screenPage(db, sample) : null;
      const started = performance.now();
      const report = snapshot ? await analyzeArticle(db, snapshot) : null;
      const ms = performance.now() - started;
      const reports = (report?.reports ?? []).map((r) => ({
        docId: r.docId,
        title: r.title,
        outlet: r.outlet,
        published: r.published,
        score: r.score,
        passage: r.passage,
      }));
      if (json) {
        const claims = (report?.claims ?? []).map((c) => ({
          text: c.text,
          verdict: c.verdict,
          evidence: c.evidence.map((e) => ({
            docId: e.docId,
            stance: e.stance,
            confidence: e.confidence,
            passage: e.passage,
            reasons: e.reasons,
            values: e.values,
            why: e.why,
            period: e.time.period,
            sourceGroup: e.sourceGroup,
          })),
        }));
        console.log(
          JSON.stringify({
            file: input,
            related: report?.related ?? false,
            relatedness: report?.relatedness ?? 0,
            screen,
            article: snapshot ? { title: snapshot.title, language: snapshot.language, published: snapshot.publishedTime } : null,
            languageSupported: report?.languageSupported ?? true,
            reports,
            claims,
            summary: report?.summary ?? null,
            ms: Math.round(ms),
          }),
        );
      } else if (!snapshot || !report) {
        console.log(`${input}: no article found — not related`);
      } else {
        const screened = screen ? `; screen ${screen.pass ? 'passed' : 'failed'} at ${screen.relatedness.toFixed(3)}` : '';
        console.log(`${input}: ${report.related ? 'RELATED' : 'not related'} (relatedness ${report.relatedness.toFixed(3)}${screened}) — “${snapshot.title}”`);
        for (const r of reports) {
          console.log(`  ${r.score.toFixed(3)}  ${r.title} — ${r.outlet}, ${r.published ?? 'undated'} [${r.docId}]`);
          console.log(`         “${r.passage.length > 220 ? `${r.passage.slice(0, 217)}…` : r.passage}”`);
        }
        if (report.related && !report.languageSupported) console.log(`  Claims not checked: language "${report.language}" is not supported yet.`);
        if (report.claims.length) {
          const s = report.summary;
          console.log(`  Claims: ${s.claims} checked, ${s.withEvidence} with evidence, ${s.conflicts} in conflict, ${s.corroborated} corroborated (${Math.round(ms)} ms)`);
        }
        for (const c of report.claims) {
          console.log(`  [${c.verdict}] ${c.text}`);
          if (c.evidence.length === 0) console.log('      no report in the corpus speaks to this');
          for (const e of c.evidence) {
            console.log(`      ${e.stance} (${e.confidence.toFixed(2)}) ${e.docId}${e.time.period !== 'same' && e.time.label ? ` · ${e.time.label}` : ''}${e.sameSourceAs ? ` · same source as ${e.sameSourceAs}` : ''}`);
            for (const r of e.reasons) console.log(`        - ${r}`);
          }
        }
      }
    } catch (e) {
      failed++;
      const reason = e instanceof InputError ? e.message : `failed: ${(e as Error).message}`;
      console.error(`error: ${input}: ${reason}`);
      if (json) console.log(JSON.stringify({ file: input, error: reason }));
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
