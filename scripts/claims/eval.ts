/**
 * Claim-level evaluation: every labelled claim of tests/fixtures/claims
 * checked against every report of its corpus with the extension's own code,
 * and related-story detection on the same-story and near-miss articles.
 *
 * Usage: npm run eval:claims -- [--split dev|test|all] [--lang es|ru [--dir DIR] [--pairs FILE.jsonl]] [--verbose] [--json FILE]
 * With --lang, the Spanish or Russian set (tests/fixtures/claims-es, claims-ru; scripts/claims/eval-lang.ts);
 * with --dir, a set in another folder of the same layout (a new batch, measured before it joins the set).
 *
 * Dev is for tuning; test is held out (report it, do not tune on it).
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../../lib/analysis/analyze.ts';
import { gatherEvidence } from '../../lib/analysis/evidence.ts';
import { screenPage } from '../../lib/analysis/related.ts';
import { readStats, openCorpusDB, type CorpusDB } from '../../lib/corpus/db.ts';
import { idMap } from '../../lib/corpus/docstore.ts';
import { importPack } from '../../lib/corpus/import.ts';
import { screenSample } from '../../lib/extract/gate.ts';
import type { Claim } from '../../lib/claims/extract.ts';
import { readSeedPack } from '../seed-pack.ts';
import { evalAcrossLanguages } from './eval-lang.ts';
import { FNC_PACK_ID, SEED_IDS, VERDICTS, fncPack, readArticles, seedDocId, type EvalArticle, type Verdict } from './data.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const only = opt('--split') ?? 'all';
const jsonOut = opt('--json');
const lang = opt('--lang');
if (lang && lang !== 'es' && lang !== 'ru') {
  console.error(`--lang: es or ru, not ${lang}`);
  process.exit(2);
}

interface PairResult {
  article: string;
  split: 'dev' | 'test';
  claim: string;
  report: string;
  gold: Verdict;
  kind?: string;
  predicted: Verdict;
  passage?: string;
  why?: string;
}

interface RelatedResult {
  article: string;
  split: 'dev' | 'test';
  kind: EvalArticle['kind'];
  expect: boolean;
  gate: boolean;
  screen: number;
  screenPass: boolean;
  relatedness: number;
  related: boolean;
}

function html(a: EvalArticle): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${a.language}"><head><title>${esc(a.title)} | ${esc(a.outlet)}</title></head><body>
<header><nav><a href="/">${esc(a.outlet)}</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By Staff</p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>© ${esc(a.outlet)}</p></footer></body></html>`;
}

async function buildCorpus(): Promise<{ db: CorpusDB; docNo: (report: string) => number | undefined }> {
  const db = openCorpusDB({}, `eval-claims-${process.pid}`);
  const seeds = await readSeedPack(join(import.meta.dirname, '../..'));
  await importPack(db, seeds);
  const fnc = fncPack();
  if (fnc) await importPack(db, fnc);
  const seedMap = await idMap(db, seeds.id);
  const fncMap = fnc ? await idMap(db, FNC_PACK_ID) : new Map<string, number>();
  const seedIds = [...seedMap.keys()];
  return {
    db,
    docNo: (report) => (SEED_IDS.includes(report) ? seedMap.get(seedDocId(report, seedIds)) : fncMap.get(report)),
  };
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '  –  ';
}

function report(split: string, pairs: PairResult[], related: RelatedResult[], articles: EvalArticle[]): object {
  const lines: string[] = [];
  const matrix = new Map<string, number>();
  for (const p of pairs) matrix.set(`${p.gold}>${p.predicted}`, (matrix.get(`${p.gold}>${p.predicted}`) ?? 0) + 1);
  const m = (g: Verdict, p: Verdict): number => matrix.get(`${g}>${p}`) ?? 0;
  const labelled = articles.filter((a) => a.claims.length > 0);
  lines.push(`\n== ${split}: ${labelled.length} articles with claims, ${labelled.reduce((s, a) => s + a.claims.length, 0)} claims, ${pairs.length} claim–report pairs ==`);
  lines.push('stance         gold   pred  recall  precision');
  const perStance: Record<string, { gold: number; predicted: number; recall: number | null; precision: number | null }> = {};
  for (const v of VERDICTS) {
    const gold = VERDICTS.reduce((s, p) => s + m(v, p), 0);
    const predicted = VERDICTS.reduce((s, g) => s + m(g, v), 0);
    perStance[v] = { gold, predicted, recall: gold ? m(v, v) / gold : null, precision: predicted ? m(v, v) / predicted : null };
    lines.push(`${v.padEnd(13)} ${String(gold).padStart(5)} ${String(predicted).padStart(6)}  ${pct(m(v, v), gold).padStart(6)}  ${pct(m(v, v), predicted).padStart(9)}`);
  }
  lines.push('confusion (rows gold, columns predicted):');
  lines.push(`${''.padEnd(13)} ${VERDICTS.map((v) => v.slice(0, 11).padStart(12)).join('')}`);
  for (const g of VERDICTS) lines.push(`${g.padEnd(13)} ${VERDICTS.map((p) => String(m(g, p)).padStart(12)).join('')}`);
  const kinds = new Map<string, { n: number; found: number }>();
  for (const p of pairs.filter((x) => x.gold === 'conflicts')) {
    const k = kinds.get(p.kind ?? 'other') ?? { n: 0, found: 0 };
    k.n++;
    if (p.predicted === 'conflicts') k.found++;
    kinds.set(p.kind ?? 'other', k);
  }
  lines.push(`conflict recall by kind: ${[...kinds].map(([k, v]) => `${k} ${v.found}/${v.n}`).join(', ') || 'none labelled'}`);
  const falseConflicts = pairs.filter((p) => p.predicted === 'conflicts' && p.gold !== 'conflicts').length;
  lines.push(`false conflicts: ${falseConflicts} over ${labelled.length} articles (${labelled.length ? (falseConflicts / labelled.length).toFixed(2) : '–'} per article)`);
  const same = related.filter((r) => r.expect);
  const near = related.filter((r) => !r.expect);
  const found = (r: RelatedResult): boolean => r.gate && r.screenPass && r.related;
  lines.push(
    `related: same-story found ${same.filter(found).length}/${same.length} (gate ${same.filter((r) => r.gate).length}, screen ${same.filter((r) => r.screenPass).length}, full ${same.filter((r) => r.related).length}); ` +
      `near misses flagged ${near.filter(found).length}/${near.length} (full check alone ${near.filter((r) => r.related).length})`,
  );
  console.log(lines.join('\n'));
  return {
    split,
    pairs: pairs.length,
    perStance,
    matrix: Object.fromEntries(matrix),
    conflictKinds: Object.fromEntries(kinds),
    falseConflictsPerArticle: labelled.length ? falseConflicts / labelled.length : null,
    related: { same: same.length, sameFound: same.filter(found).length, near: near.length, nearFlagged: near.filter(found).length },
  };
}

async function main(): Promise<void> {
  if (lang === 'es' || lang === 'ru') {
    const { db, docNo } = await buildCorpus();
    const out = await evalAcrossLanguages(lang, only, verbose, db, docNo, html, opt('--dir'), opt('--pairs'));
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results: out }, null, 1));
    return;
  }
  const articles = readArticles().filter((a) => only === 'all' || a.split === only);
  const { db, docNo } = await buildCorpus();
  const stats = await readStats(db);
  const pairs: PairResult[] = [];
  const related: RelatedResult[] = [];
  const t0 = performance.now();
  for (const a of articles) {
    const text = a.paragraphs.join('\n\n');
    const snapshot = { title: a.title, text, paragraphs: a.paragraphs, publishedTime: a.publishedTime, language: a.language };
    const { document } = parseHTML(html(a));
    const sample = screenSample(document as unknown as Document, `https://example.org/${a.id}`);
    const lead = sample ?? { url: '', title: a.title, lead: text.slice(0, 2000), language: a.language };
    const screen = await screenPage(db, lead);
    const full = await analyzeArticle(db, snapshot, { maxClaims: 0 });
    related.push({
      article: a.id, split: a.split, kind: a.kind, expect: a.expectRelated,
      gate: !!sample, screen: screen.relatedness, screenPass: screen.pass, relatedness: full.relatedness, related: full.related,
    });
    if (a.claims.length === 0) continue;
    const claims: Claim[] = a.claims.map((c, i) => {
      const paragraph = a.paragraphs.findIndex((p) => p.includes(c.text));
      const start = a.paragraphs[paragraph]!.indexOf(c.text);
      return { id: `c${i}`, text: c.text, paragraph, start, end: start + c.text.length, score: 1 };
    });
    const reports = a.corpus.map((r) => ({ report: r, docNo: docNo(r) }));
    for (const r of reports) if (r.docNo === undefined) throw new Error(`${a.id}: report ${r.report} is not in the evaluation corpus`);
    const checked = await gatherEvidence(db, { paragraphs: a.paragraphs, publishedTime: a.publishedTime }, reports.map((r) => ({ docNo: r.docNo! })), stats.documents, { claims });
    for (const [i, c] of a.claims.entries()) {
      for (const r of reports) {
        const ev = checked[i]!.evidence.find((e) => (SEED_IDS.includes(r.report) ? e.docId.startsWith(`${r.report}_`) : e.docId === r.report && e.packId === FNC_PACK_ID));
        const label = c.labels[r.report];
        pairs.push({
          article: a.id, split: a.split, claim: c.text, report: r.report,
          gold: label?.stance ?? 'none', kind: label?.kind,
          predicted: ev?.stance ?? 'none', passage: ev?.passage,
          why: ev ? [...ev.reasons, ...((ev as { why?: string[] }).why ?? [])].join(' | ') : undefined,
        });
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const out: object[] = [];
  for (const split of only === 'all' ? ['dev', 'test'] : [only]) {
    out.push(report(split, pairs.filter((p) => p.split === split), related.filter((r) => r.split === split), articles.filter((a) => a.split === split)));
  }
  if (verbose) {
    console.log('\n== misses ==');
    for (const p of pairs) {
      if (p.gold === p.predicted) continue;
      console.log(`[${p.split} ${p.article} vs ${p.report}] gold ${p.gold}${p.kind ? `:${p.kind}` : ''}, got ${p.predicted}\n  claim:   ${p.claim}${p.passage ? `\n  passage: ${p.passage.slice(0, 300)}` : ''}${p.why ? `\n  why:     ${p.why}` : ''}`);
    }
    console.log('\n== related ==');
    for (const r of related) {
      const found = r.gate && r.screenPass && r.related;
      if (found === r.expect) continue;
      console.log(`[${r.split} ${r.article} ${r.kind}] expected ${r.expect ? 'related' : 'not related'}: gate ${r.gate}, screen ${r.screen}, full ${r.relatedness}`);
    }
  }
  console.log(`\n${articles.length} articles in ${seconds.toFixed(1)} s (corpus: ${stats.documents} reports)`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results: out, pairs, related }, null, 1));
}

await main();
