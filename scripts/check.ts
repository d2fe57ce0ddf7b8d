// npm run check -- [--json] [--date YYYY-MM-DD] [--pack PACK.json]... FILE|URL...
// Checks pages against the default corpus with the same lib/ code the
// extension runs, using an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../lib/analysis/analyze.ts';
import type { ArticleSnapshot } from '../lib/analysis/types.ts';
import { openCorpusDB } from '../lib/corpus/db.ts';
import { importPack } from '../lib/corpus/import.ts';
import { screenSample } from '../lib/extract/gate.ts';
import { boundParagraphs, extractSnapshot } from '../lib/extract/snapshot.ts';
import { screenPage, type ScreenResult } from '../lib/analysis/related.ts';
import { fetchFailure } from '../lib/corpus/sync.ts';
import type { ScreenSample } from '../lib/analysis/types.ts';
import { TextDecodeError, TooLargeError, decodeText, readBodyLimited } from '../lib/packs/bytes.ts';
import { formatBytes, type Pack } from '../lib/packs/format.ts';
import { parsePackFileBytes } from '../lib/packs/delta.ts';
import { MAX_HTML_BYTES, parsePage, tooManyElements } from './pack/html.ts';
import { readSeedPack } from './seed-pack.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = MAX_HTML_BYTES;

class InputError extends Error {}

const DATE_LINE = /^(?:date(?:d)?\s*:\s*)?(\d{4}-\d{2}-\d{2})$/i;
const DATE_ARG = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Text of a page's bytes: the charset its server declares when that is not UTF-8 (a declared
 * Latin-1 page is read as Latin-1, not guessed at), else UTF-8 or BOM-marked UTF-16. Anything else
 * (a Latin-1 file, a binary file named .txt) is refused with the byte offset, never read as U+FFFD.
 */
function decodePage(bytes: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  // A byte-order mark outranks the declared charset, as in browsers.
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (charset && !/^utf-?8$/i.test(charset) && !bom) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      throw new InputError(`the page declares the charset "${charset.slice(0, 40)}", which this tool cannot read`);
    }
  }
  try {
    return decodeText(bytes, 'the file');
  } catch (e) {
    throw e instanceof TextDecodeError ? new InputError(e.message) : e;
  }
}

async function load(input: string): Promise<{ body: string; type: 'html' | 'text' }> {
  let bytes: Uint8Array;
  let contentType = '';
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
    } catch (e) {
      // "fetch failed" says nothing: name the cause (host not found, refused, timeout).
      throw new InputError(fetchFailure(e, null, true).replace(/^Could not read the server/, 'could not fetch'));
    }
    if (!res.ok) throw new InputError(`HTTP ${res.status} ${res.statusText}`);
    contentType = res.headers.get('content-type') ?? '';
    try {
      bytes = await readBodyLimited(res, MAX_BYTES);
    } catch (e) {
      if (e instanceof TooLargeError) throw new InputError(`too large (more than ${formatBytes(MAX_BYTES)}; not read further)`);
      throw new InputError(`could not fetch (${(e as Error).message})`);
    }
  } else {
    try {
      // The size first: a file over the limit is refused without being read.
      const { size } = await stat(input);
      if (size > MAX_BYTES) throw new InputError(`too large (${formatBytes(size)}; the limit is ${formatBytes(MAX_BYTES)})`);
      bytes = await readFile(input);
    } catch (e) {
      if (e instanceof InputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message);
    }
  }
  const body = decodePage(bytes, contentType);
  if (!body.trim()) throw new InputError(bytes.length ? 'the file holds only white space' : 'the file is empty');
  const isHtml = /html/i.test(contentType) || /\.x?html?$/i.test(input) || /^\s*(<!doctype html|<html|<head|<body|<article|<!--)/i.test(body);
  if (!isHtml && !/\.(txt|text|md)$/i.test(input) && contentType && !/^text\//i.test(contentType)) {
    throw new InputError(`not an HTML or text document (${contentType})`);
  }
  // Counted on the raw text: linkedom would build the whole tree before the extraction could refuse it.
  const crowded = isHtml ? tooManyElements(body, bytes.length) : null;
  if (crowded) throw new InputError(crowded);
  return { body, type: isHtml ? 'html' : 'text' };
}

/** The article as the extension would extract it, and the sample its screen would see (HTML only). */
function snapshotOf(input: string, body: string, type: 'html' | 'text'): { snapshot: ArticleSnapshot | null; sample: ScreenSample | null } {
  const url = /^https?:/i.test(input) ? input : `file://${input}`;
  if (type === 'text') {
    let lines = body.split(/\r?\n/).map((l) => l.trim());
    // A first line that is only a date ("2025-12-22", "Date: 2025-12-22") dates the article.
    const first = lines.findIndex((l) => l);
    const dated = first >= 0 ? DATE_LINE.exec(lines[first]!) : null;
    if (dated) lines = lines.slice(first + 1);
    const title = lines.find((l) => l) ?? '';
    // Bounded as the extraction bounds a page's: long lines split, the whole cut at MAX_TEXT.
    const { paragraphs } = boundParagraphs(lines.slice(lines.indexOf(title) + 1).filter((l) => l));
    return { snapshot: { url, title: title.slice(0, 2000), byline: null, siteName: null, publishedTime: dated?.[1] ?? null, language: null, text: paragraphs.join('\n\n'), paragraphs }, sample: null };
  }
  const doc = parsePage(body);
  const sample = screenSample(doc, url);
  return { snapshot: sample ? extractSnapshot(doc, url) : null, sample };
}

/** A pack file given with --pack, decoded strictly and validated; the message names the file. */
async function readPackFile(file: string): Promise<Pack> {
  let parsed: ReturnType<typeof parsePackFileBytes>;
  try {
    parsed = parsePackFileBytes(new Uint8Array(await readFile(file)));
  } catch (e) {
    throw new InputError(`--pack ${file}: ${(e as Error).message}`);
  }
  if (parsed.kind !== 'pack') throw new InputError(`--pack ${file}: an update (delta) file, not a full pack`);
  return parsed.pack;
}

/** Where the article's date came from, for the output. */
function dateSource(read: ArticleSnapshot | null, date: string | null): 'option' | 'page' | 'unknown' {
  return date ? 'option' : read?.publishedTime ? 'page' : 'unknown';
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const d = args.indexOf('--date');
  const date = d >= 0 ? args[d + 1] ?? '' : null;
  if (date !== null && (!DATE_ARG.test(date) || Number.isNaN(Date.parse(date)))) {
    console.error(`error: --date needs a date as YYYY-MM-DD (got "${date}")`);
    return 2;
  }
  // Values of options, by position: `--date D`, `--pack P` (repeatable).
  const taken = new Set<number>();
  if (d >= 0) taken.add(d).add(d + 1);
  const packFiles: string[] = [];
  args.forEach((a, i) => {
    if (a !== '--pack') return;
    taken.add(i).add(i + 1);
    if (args[i + 1]) packFiles.push(args[i + 1]!);
  });
  if (args.includes('--pack') && packFiles.length !== args.filter((a) => a === '--pack').length) {
    console.error('error: --pack needs a pack file');
    return 2;
  }
  const inputs = args.filter((a, i) => a !== '--json' && !taken.has(i));
  if (inputs.length === 0) {
    console.error('usage: npm run check -- [--json] [--date YYYY-MM-DD] [--pack PACK.json]... FILE.html|FILE.txt|URL...');
    return 2;
  }
  const db = openCorpusDB();
  // Installed on the first input that loads: a refused input is answered without waiting for it.
  let seeded: Promise<unknown> | null = null;
  let failed = 0;
  for (const input of inputs) {
    try {
      const { body, type } = await load(input);
      // The default corpus, then the packs given (report or fact-check packs): a bad pack stops the run.
      await (seeded ??= readSeedPack(root).then(async (pack) => {
        await importPack(db, pack);
        for (const file of packFiles) await importPack(db, await readPackFile(file));
      }));
      const { snapshot: read, sample } = snapshotOf(input, body, type);
      // --date stands for the article's own date (a .txt file has none; a page's may be missing).
      const snapshot = read && date ? { ...read, publishedTime: date } : read;
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
            article: snapshot ? { title: snapshot.title, language: snapshot.language, published: snapshot.publishedTime, dateSource: dateSource(read, date) } : null,
            languageSupported: report?.languageSupported ?? true,
            reports,
            claims,
            // Every published fact-check matched to a claim of the article.
            factChecks: (report?.claims ?? []).flatMap((c) =>
              (c.factChecks ?? []).map((f) => ({
                claim: c.text,
                claimReviewed: f.claimReviewed,
                rating: f.rating,
                normalizedRating: f.normalizedRating,
                publisher: f.publisher,
                url: f.url,
                datePublished: f.datePublished,
                period: f.time.period,
              })),
            ),
            summary: report?.summary ?? null,
            ms: Math.round(ms),
          }),
        );
      } else if (!snapshot || !report) {
        console.log(`${input}: no article found — not related`);
      } else {
        const screened = screen ? `; screen ${screen.pass ? 'passed' : 'failed'} at ${screen.relatedness.toFixed(3)}` : '';
        console.log(`${input}: ${report.related ? 'RELATED' : 'not related'} (relatedness ${report.relatedness.toFixed(3)}${screened}) — “${snapshot.title}”`);
        console.log(
          snapshot.publishedTime
            ? `  Article date: ${snapshot.publishedTime.slice(0, 10)} (${dateSource(read, date)}); reports over a year apart are earlier or later context, not conflicts`
            : '  Article date: unknown, so every report counts as current (give one with --date YYYY-MM-DD)',
        );
        for (const r of reports) {
          console.log(`  ${r.score.toFixed(3)}  ${r.title} — ${r.outlet}, ${r.published ?? 'undated'} [${r.docId}]`);
          console.log(`         “${r.passage.length > 220 ? `${r.passage.slice(0, 217)}…` : r.passage}”`);
        }
        if (report.related && !report.languageSupported) console.log(`  Claims not checked: language "${report.language}" is not supported yet.`);
        if (report.related && report.crossLanguage) {
          const x = report.crossLanguage;
          console.log(`  Compared across languages (${x.language}) by figures, dates and names, without translation: ${x.compared} claims compared, ${x.notCompared} sentences without them not compared.`);
        }
        if (report.claims.length) {
          const s = report.summary;
          console.log(`  Claims: ${s.claims} checked, ${s.withEvidence} with evidence, ${s.conflicts} in conflict, ${s.corroborated} corroborated (${Math.round(ms)} ms)`);
        }
        for (const c of report.claims) {
          console.log(`  [${c.verdict}] ${c.text}`);
          for (const f of c.factChecks ?? []) {
            console.log(`      FACT-CHECKED · ${f.publisher || 'Unknown fact-checker'}, ${f.datePublished?.slice(0, 10) ?? 'undated'}: ${f.normalizedRating}${f.rating ? ` (rated “${f.rating}”)` : ''}`);
            console.log(`        claim reviewed: “${f.claimReviewed}”${f.url ? ` ${f.url}` : ''}`);
          }
          if (c.evidence.length === 0) console.log('      no report in the corpus speaks to this');
          for (const e of c.evidence) {
            // As the sidebar shows it: outlet, date, the passage quoted, why.
            console.log(`      ${e.stance.toUpperCase()} · ${e.outlet || 'Unknown outlet'}, ${e.published?.slice(0, 10) ?? 'undated'}${e.time.period !== 'same' && e.time.label ? ` (${e.time.label})` : ''}${e.sameSourceAs ? ` · same source as ${e.sameSourceAs}` : ''} [${e.docId}]`);
            console.log(`        “${e.passage.length > 300 ? `${e.passage.slice(0, 297)}…` : e.passage}”`);
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
