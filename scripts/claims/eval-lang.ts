/**
 * eval:claims for Spanish and Russian articles (npm run eval:claims -- --lang es|ru): related-story
 * detection through the gate, the screen and the full check, and for every labelled claim the
 * cross-language verdict against each seed report, scored separately for claims the checker
 * compares (a figure, date or name) and for those it must leave without a verdict.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../../lib/analysis/analyze.ts';
import { compareAcrossLanguages } from '../../lib/analysis/across-languages.ts';
import { screenPage } from '../../lib/analysis/related.ts';
import type { CorpusDB } from '../../lib/corpus/db.ts';
import type { Claim } from '../../lib/claims/extract.ts';
import type { SourceLanguage } from '../../lib/crosslang/detect.ts';
import { screenSample } from '../../lib/extract/gate.ts';
import { SEED_IDS, readArticles, type EvalArticle } from './data.ts';

type Stance = 'corroborates' | 'conflicts' | 'discusses' | 'none';

interface Pair {
  article: string;
  split: string;
  claim: string;
  report: string;
  gold: Stance;
  kind?: string;
  predicted: Stance;
  compared: boolean;
  passage?: string;
  why?: string;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

/** Runs the cross-language evaluation for `lang` and prints its figures per split. */
export async function evalAcrossLanguages(
  lang: SourceLanguage,
  only: string,
  verbose: boolean,
  db: CorpusDB,
  docNo: (report: string) => number | undefined,
  html: (a: EvalArticle) => string,
  dir = join(import.meta.dirname, `../../tests/fixtures/claims-${lang}`),
  pairsFile?: string,
): Promise<object[]> {
  const articles = readArticles(dir).filter((a) => only === 'all' || a.split === only);
  const pairs: Pair[] = [];
  const related: { article: string; split: string; expect: boolean; gate: boolean; screen: number; screenPass: boolean; relatedness: number; related: boolean; language: string | null }[] = [];
  // The seed reports the sidebar lists with each article: it checks claims against those only.
  const listed = new Map<string, Set<string>>();
  const t0 = performance.now();
  for (const a of articles) {
    const text = a.paragraphs.join('\n\n');
    const { document } = parseHTML(html(a));
    const sample = screenSample(document as unknown as Document, `https://example.org/${a.id}`);
    const screen = await screenPage(db, sample ?? { url: '', title: a.title, lead: text.slice(0, 2000), language: a.language });
    const full = await analyzeArticle(db, { title: a.title, text, paragraphs: a.paragraphs, publishedTime: a.publishedTime, language: a.language }, { maxClaims: 0 });
    related.push({ article: a.id, split: a.split, expect: a.expectRelated, gate: !!sample, screen: screen.relatedness, screenPass: screen.pass, relatedness: full.relatedness, related: full.related, language: full.language });
    listed.set(a.id, new Set(full.reports.map((r) => SEED_IDS.find((id) => r.docId.startsWith(`${id}_`))).filter((id): id is string => !!id)));
    if (a.claims.length === 0 || a.kind === 'near-miss') continue;
    const claims: Claim[] = a.claims.map((c, i) => {
      const paragraph = a.paragraphs.findIndex((p) => p.includes(c.text));
      const start = a.paragraphs[paragraph]!.indexOf(c.text);
      return { id: `c${i}`, text: c.text, paragraph, start, end: start + c.text.length, score: 1 };
    });
    const reports = SEED_IDS.map((r) => ({ report: r, docNo: docNo(r)! }));
    const checked = await compareAcrossLanguages(db, { paragraphs: a.paragraphs, publishedTime: a.publishedTime }, lang, claims, reports);
    for (const [i, c] of a.claims.entries()) {
      for (const r of reports) {
        const ev = checked[i]!.evidence.find((e) => e.docId.startsWith(`${r.report}_`));
        const label = c.labels[r.report];
        pairs.push({
          article: a.id, split: a.split, claim: c.text, report: r.report, gold: label?.stance ?? 'none', kind: label?.kind,
          predicted: ev?.stance ?? 'none', compared: checked[i]!.compared, passage: ev?.passage,
          why: ev ? [...ev.reasons, ...ev.values.map((v) => `${v.claim} · ${v.report}`)].join(' | ') : undefined,
        });
      }
    }
  }
  // Every claim–report pair with its verdict, for reading the right ones beside the wrong ones.
  if (pairsFile) writeFileSync(pairsFile, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const out: object[] = [];
  for (const split of only === 'all' ? ['dev', 'test'] : [only]) {
    const ps = pairs.filter((p) => p.split === split);
    const rs = related.filter((r) => r.split === split);
    const found = (r: (typeof rs)[number]): boolean => r.gate && r.screenPass && r.related;
    const same = rs.filter((r) => r.expect);
    const near = rs.filter((r) => !r.expect);
    const anchored = ps.filter((p) => p.compared);
    const stance = (s: Stance): { gold: number; predicted: number; right: number } => ({
      gold: anchored.filter((p) => p.gold === s).length,
      predicted: anchored.filter((p) => p.predicted === s).length,
      right: anchored.filter((p) => p.gold === s && p.predicted === s).length,
    });
    const conflicts = stance('conflicts');
    // The issue's target is on conflicts an anchor can show: a figure, a date or a reversed denial.
    // A different person, place or body for the same role (entity, other) is counted beside it.
    const ofAnchorKind = (p: Pair): boolean => p.kind === 'number' || p.kind === 'date' || p.kind === 'denial';
    const anchorConflicts = anchored.filter((p) => p.gold === 'conflicts' && ofAnchorKind(p));
    const corroborates = stance('corroborates');
    const kinds = new Map<string, [number, number]>();
    for (const p of anchored.filter((x) => x.gold === 'conflicts')) {
      const k = kinds.get(p.kind ?? 'other') ?? [0, 0];
      kinds.set(p.kind ?? 'other', [k[0] + (p.predicted === 'conflicts' ? 1 : 0), k[1] + 1]);
    }
    const claimsOf = new Set(ps.map((p) => `${p.article}\u0000${p.claim}`));
    const comparedClaims = new Set(anchored.map((p) => `${p.article}\u0000${p.claim}`));
    const unanchoredVerdicts = ps.filter((p) => !p.compared && p.predicted !== 'none').length;
    console.log(`\n== ${lang} ${split}: ${rs.length} articles, ${claimsOf.size} labelled claims (${comparedClaims.size} compared: a figure, date or name), ${ps.length} claim–report pairs ==`);
    console.log(`related: same-story found ${same.filter(found).length}/${same.length} (gate ${same.filter((r) => r.gate).length}, screen ${same.filter((r) => r.screenPass).length}, full ${same.filter((r) => r.related).length}); near misses flagged ${near.filter(found).length}/${near.length} (full check alone ${near.filter((r) => r.related).length})`);
    const anchorFound = anchorConflicts.filter((p) => p.predicted === 'conflicts').length;
    console.log(`anchored conflicts (figure, date, denial): found ${anchorFound}/${anchorConflicts.length} (${pct(anchorFound, anchorConflicts.length)}), precision over every conflict shown ${conflicts.right}/${conflicts.predicted} (${pct(conflicts.right, conflicts.predicted)}); all kinds found ${conflicts.right}/${conflicts.gold} (${pct(conflicts.right, conflicts.gold)}); by kind: ${[...kinds].map(([k, [f, n]]) => `${k} ${f}/${n}`).join(', ') || 'none'}`);
    console.log(`anchored corroborations: found ${corroborates.right}/${corroborates.gold} (${pct(corroborates.right, corroborates.gold)}), precision ${corroborates.right}/${corroborates.predicted} (${pct(corroborates.right, corroborates.predicted)})`);
    const verdictPairs = anchored.filter((p) => p.gold === 'conflicts' || p.gold === 'corroborates');
    const shown = verdictPairs.filter((p) => listed.get(p.article)?.has(p.report));
    console.log(`reports listed by the sidebar: ${shown.length}/${verdictPairs.length} of the labelled conflicts and corroborations are against a listed report (${pct(shown.length, verdictPairs.length)}); found among them: ${shown.filter((p) => p.predicted === p.gold).length}`);
    // Which anchor each corroboration shown rests on, and how often it is right: the weak kinds show here.
    const byReason = new Map<string, [number, number]>();
    for (const p of anchored.filter((x) => x.predicted === 'corroborates')) {
      const reason = /^The same date/.test(p.why ?? '') ? 'date' : /^The same figure/.test(p.why ?? '') ? 'figure' : /^The same people/.test(p.why ?? '') ? 'names' : /^Says the same/.test(p.why ?? '') ? 'verifier' : /^Denied/.test(p.why ?? '') ? 'denial' : 'other';
      const r = byReason.get(reason) ?? [0, 0];
      byReason.set(reason, [r[0] + (p.gold === 'corroborates' ? 1 : 0), r[1] + 1]);
    }
    console.log(`corroborations shown, right by what they rest on: ${[...byReason].map(([k, [r, n]]) => `${k} ${r}/${n}`).join(', ')}`);
    const disc = stance('discusses');
    console.log(`anchored discusses: found ${disc.right}/${disc.gold}, predicted ${disc.predicted}; labelled claims not compared: ${claimsOf.size - comparedClaims.size}, verdicts given to them: ${unanchoredVerdicts}`);
    out.push({ lang, split, related: { same: same.length, sameFound: same.filter(found).length, near: near.length, nearFlagged: near.filter(found).length }, conflicts, anchorConflicts: { gold: anchorConflicts.length, right: anchorFound }, corroborates, discusses: disc, unanchoredVerdicts });
  }
  if (verbose) {
    console.log('\n== misses ==');
    for (const p of pairs) {
      if (p.gold === p.predicted || (!p.compared && p.predicted === 'none')) continue;
      // Discusses against no label is a soft line; a verdict on either side of it is listed.
      if ((p.gold === 'discusses' || p.gold === 'none') && (p.predicted === 'discusses' || p.predicted === 'none')) continue;
      console.log(`[${p.split} ${p.article} vs ${p.report}] gold ${p.gold}${p.kind ? `:${p.kind}` : ''}, got ${p.predicted}${p.compared ? '' : ' (not compared)'}\n  claim:   ${p.claim}${p.passage ? `\n  passage: ${p.passage.slice(0, 240)}` : ''}${p.why ? `\n  why:     ${p.why}` : ''}`);
    }
    console.log('\n== related ==');
    for (const r of related) console.log(`[${r.split} ${r.article}] expect ${r.expect}: language ${r.language}, gate ${r.gate}, screen ${r.screen}${r.screenPass ? '' : ' (stopped)'}, full ${r.relatedness}${r.related ? ' related' : ''}`);
  }
  console.log(`\n${articles.length} ${lang} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Every pair with what was found, for --json: what the summary counts, one by one.
  out.push({ pairs });
  return out;
}
