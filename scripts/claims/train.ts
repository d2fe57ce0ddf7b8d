/**
 * Trains the claim-versus-passage verifier (lib/verify/model.json): gradient-
 * boosted trees over the alignment features of lib/verify/features.ts, on
 * sentence pairs from VitaminC (supports / refutes / not enough info, mostly
 * changed figures, dates and names) plus unrelated pairs made by pairing a
 * claim with evidence about another point of the same page or of another page.
 * Split by Wikipedia page; the held-out pages give the validation figures.
 *
 * Usage: npm run train:claims -- [DATASETS_DIR] [--rounds N] [--limit N]
 *   DATASETS_DIR defaults to ../shared/datasets
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../lib/random.ts';
import { fnv1a } from '../../lib/text/hash.ts';
import { Ensemble } from '../../lib/stance/gbdt.ts';
import { compare, FEATURE_COUNT, FEATURE_NAMES, prepareText } from '../../lib/verify/features.ts';
import { REPORT_CLASSES, VERIFY_CLASSES, VERIFY_MODEL_FORMAT_VERSION, type VerifyModelJson } from '../../lib/verify/model.ts';
import { REPORT_FEATURE_NAMES, preScore, readReport } from '../../lib/verify/report-features.ts';
import { furnitureMask } from '../../lib/verify/furniture.ts';
import { sentences as splitSentences } from '../../lib/text/sentences.ts';
import type { EnsembleJson } from '../../lib/stance/gbdt.ts';
import { readSeedPack } from '../seed-pack.ts';
import { fncPack, readArticles, seedDocId } from './data.ts';
import { wordVectors } from '../../lib/verify/shared-vectors.ts';
import { DEFAULT_GBDT, trainGbdt } from '../stance/gbdt-train.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(import.meta.dirname, '../../../shared/datasets');
const rounds = Number(opt('--rounds', '250'));
const limit = Number(opt('--limit', '0'));
const reuse = args.includes('--reuse-sentence-model');
const modelPath = join(import.meta.dirname, '../../lib/verify/model.json');

interface Row { claim: string; evidence: string; label: number; page: string; case: string }

/** Undoes the PTB tokenisation of the VitaminC text. */
export function detokenize(s: string): string {
  return s
    .replace(/-LRB-/g, '(').replace(/-RRB-/g, ')').replace(/-LSB-/g, '[').replace(/-RSB-/g, ']')
    .replace(/``\s*/g, '"').replace(/\s*''/g, '"')
    .replace(/\s+([.,;:!?%)\]'])/g, '$1').replace(/([([$])\s+/g, '$1')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d)\b/g, '$1')
    .replace(/\uFFFD/g, ' ')
    .trim();
}

const LABEL: Record<string, number> = { SUPPORTS: 0, REFUTES: 1, 'NOT ENOUGH INFO': 2 };

function read(file: string): Row[] {
  let text: string;
  try {
    text = readFileSync(join(dir, 'vitaminc', file), 'utf8');
  } catch (e) {
    console.error(`cannot read ${join(dir, 'vitaminc', file)}: ${(e as Error).message}`);
    process.exit(2);
  }
  return text.split('\n').filter(Boolean).map((l) => {
    const o = JSON.parse(l) as { claim: string; evidence: string; label: string; page: string; case_id: string };
    return { claim: detokenize(o.claim), evidence: detokenize(o.evidence), label: LABEL[o.label]!, page: o.page, case: o.case_id };
  });
}

const vectors = wordVectors();

function trainSentenceModel(news: { x: Float64Array; label: number }[]): EnsembleJson {
const random = mulberry32(7);
let rows = [...read('vitaminc_real_test.jsonl'), ...read('vitaminc_synthetic_test.jsonl')];
if (limit) rows = rows.filter(() => random() < limit / 55_197);
// Unrelated pairs: the claim against evidence written for another claim of the same page
// (same topic, another point) and of another page.
const byPage = new Map<string, Row[]>();
for (const r of rows) (byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!).push(r);
const negatives: Row[] = [];
const claims = new Map<string, Row>();
for (const r of rows) if (!claims.has(r.case)) claims.set(r.case, r);
for (const r of claims.values()) {
  const same = byPage.get(r.page)!.filter((x) => x.case !== r.case && x.claim !== r.claim);
  if (same.length) negatives.push({ ...r, evidence: same[Math.floor(random() * same.length)]!.evidence, label: 3 });
  if (random() < 0.5) {
    const other = rows[Math.floor(random() * rows.length)]!;
    if (other.page !== r.page) negatives.push({ ...r, evidence: other.evidence, label: 3 });
  }
}
rows = [...rows, ...negatives];
const isVal = (r: Row): boolean => fnv1a(r.page) % 100 < 15;

const prepared = new Map<string, ReturnType<typeof prepareText>>();
const prep = (s: string): ReturnType<typeof prepareText> => {
  let p = prepared.get(s);
  if (!p) prepared.set(s, (p = prepareText(s, vectors)));
  return p;
};
const t0 = performance.now();
const X = rows.map((r) => compare(prep(r.claim), prep(r.evidence), vectors).features);
console.log(`${rows.length} pairs (${negatives.length} unrelated), features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const trainIdx = rows.map((r, i) => (isVal(r) ? -1 : i)).filter((i) => i >= 0);
const valIdx = rows.map((r, i) => (isVal(r) ? i : -1)).filter((i) => i >= 0);
// Classes weighted to equal total weight: refutes and unrelated are not rarer in news than in VitaminC.
const counts = [0, 0, 0, 0];
for (const i of trainIdx) counts[rows[i]!.label]!++;
const weightOf = (label: number): number => trainIdx.length / (4 * counts[label]!);
const t1 = performance.now();
// News pairs from the dev split teach what VitaminC cannot: a sentence on the same topic
// that does not state the claim's fact is not support.
const NEWS_WEIGHT = 4;
const json = trainGbdt(
  [...trainIdx.map((i) => X[i]!), ...news.map((r) => r.x)],
  [...trainIdx.map((i) => rows[i]!.label), ...news.map((r) => r.label)],
  [...trainIdx.map((i) => weightOf(rows[i]!.label)), ...news.map((r) => NEWS_WEIGHT * weightOf(r.label))],
  4,
  { ...DEFAULT_GBDT, rounds, maxDepth: 5, learningRate: 0.1, subsample: 0.8, seed: 3 },
);
console.log(`trained ${rounds} rounds on ${trainIdx.length} pairs in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

const model = new Ensemble(json, FEATURE_COUNT);
const confusion = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
for (const i of valIdx) {
  const p = model.probabilities(X[i]!);
  let best = 0;
  for (let k = 1; k < 4; k++) if (p[k]! > p[best]!) best = k;
  confusion[rows[i]!.label]![best]!++;
}
console.log(`validation (held-out pages, ${valIdx.length} pairs); rows gold, columns predicted: ${VERIFY_CLASSES.join(' / ')}`);
for (const [k, row] of confusion.entries()) {
  const n = row.reduce((a, b) => a + b, 0);
  const col = confusion.reduce((a, r) => a + r[k]!, 0);
  console.log(`  ${VERIFY_CLASSES[k]!.padEnd(10)} ${row.map((x) => String(x).padStart(6)).join('')}   recall ${((100 * row[k]!) / n).toFixed(1)}%  precision ${((100 * row[k]!) / col).toFixed(1)}%`);
}
return json;
}


// Stage 2: the report model, on the dev split of the project's labelled news claims.
const root = join(import.meta.dirname, '../..');
const seeds = await readSeedPack(root);
const fnc = fncPack();
const reportTexts = new Map<string, { text: string; title: string }>();
for (const d of seeds.documents) reportTexts.set(d.id.slice(0, 3), { text: d.text, title: d.title });
for (const d of fnc?.documents ?? []) reportTexts.set(d.id, { text: d.text, title: d.title });
const preparedReports = new Map<string, { sentences: ReturnType<typeof prepareText>[]; skip: boolean[] }>();
function report(id: string): { sentences: ReturnType<typeof prepareText>[]; skip: boolean[] } {
  let r = preparedReports.get(id);
  if (!r) {
    const doc = reportTexts.get(id);
    if (!doc) throw new Error(`report ${id} is not in the evaluation corpus`);
    const texts = splitSentences(doc.text).map((x) => x.text);
    r = { sentences: texts.map((t) => prepareText(t, vectors)), skip: furnitureMask(texts, doc.title) };
    preparedReports.set(id, r);
  }
  return r;
}
void seedDocId;
const articles = readArticles().filter((a) => a.split === 'dev' && a.claims.length > 0);
// Sentence-level news pairs from the dev labels: the sentence that states most of the claim
// for corroborations and conflicts, the closest sentences of reports that do not speak to it.
const news: { x: Float64Array; label: number }[] = [];
for (const a of articles) {
  for (const c of a.claims) {
    const pc = prepareText(c.text, vectors);
    for (const id of a.corpus) {
      const { sentences, skip } = report(id);
      const order = sentences.map((x, i) => ({ i, s: skip[i] ? -1 : preScore(pc, x) })).filter((x) => x.s > 0.25).sort((x, y) => y.s - x.s).slice(0, 3);
      if (order.length === 0) continue;
      const cmp = order.map((o) => compare(pc, sentences[o.i]!, vectors));
      const gold = c.labels[id]?.stance ?? 'none';
      if (gold === 'none') for (const x of cmp) news.push({ x: x.features, label: 3 });
      else {
        const best = cmp.reduce((x, y) => (y.strictCoverage > x.strictCoverage ? y : x));
        news.push({ x: best.features, label: gold === 'corroborates' ? 0 : gold === 'conflicts' ? 1 : 2 });
      }
    }
  }
}
const sentenceJson: EnsembleJson = reuse
  ? ((j: VerifyModelJson & { ensemble?: EnsembleJson }) => j.sentence ?? j.ensemble!)(JSON.parse(readFileSync(modelPath, "utf8")) as VerifyModelJson)
  : trainSentenceModel(news);
const sentenceModel = new Ensemble(sentenceJson, FEATURE_COUNT);
const R: { x: Float64Array; y: number; article: string; claim: string; report: string; passage: string }[] = [];
const showMisses = args.includes('--misses');
for (const a of articles) {
  for (const c of a.claims) {
    const pc = prepareText(c.text, vectors);
    for (const id of a.corpus) {
      const { sentences, skip } = report(id);
      const reading = readReport(pc, sentences, skip, (x) => sentenceModel.probabilities(x), vectors);
      const gold = c.labels[id]?.stance ?? 'none';
      const x = reading?.features ?? new Float64Array(REPORT_FEATURE_NAMES.length);
      // Conflicts are learnt as "the same statement": the readable difference decides them (lib/verify/verify.ts).
      R.push({ x, y: REPORT_CLASSES.indexOf(gold === 'conflicts' ? 'corroborates' : gold), article: a.id, claim: c.text, report: id, passage: reading ? sentences[reading.bySupport.i]!.text : '' });
    }
  }
}
const reportOptions = { ...DEFAULT_GBDT, rounds: Number(opt('--report-rounds', '120')), maxDepth: 3, learningRate: 0.08, subsample: 0.9, minChildWeight: 2, seed: 5 };
// Wrong conflicts cost more trust than missed corroborations: 'none' and 'discusses' keep full weight.
const classWeight = (y: number): number => (JSON.parse(process.env.FC_CLASS_WEIGHTS ?? '[1.5, 1, 1.5, 1]') as number[])[y]!;
function fitReport(rows: typeof R): EnsembleJson {
  return trainGbdt(rows.map((r) => r.x), rows.map((r) => r.y), rows.map((r) => classWeight(r.y)), 4, reportOptions);
}
// Out-of-fold figures on dev, folds by article: the honest dev figure for a model fitted on dev.
const ids = [...new Set(R.map((r) => r.article))];
const folds = 5;
const oof = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
for (let k = 0; k < folds; k++) {
  const held = new Set(ids.filter((_, i) => i % folds === k));
  const m = new Ensemble(fitReport(R.filter((r) => !held.has(r.article))), REPORT_FEATURE_NAMES.length);
  for (const r of R.filter((x) => held.has(x.article))) {
    const p = m.probabilities(r.x);
    let best = 0;
    for (let j = 1; j < 4; j++) if (p[j]! > p[best]!) best = j;
    oof[r.y]![best]!++;
    if (showMisses && best !== r.y) console.log(`[${r.article} vs ${r.report}] gold ${REPORT_CLASSES[r.y]}, got ${REPORT_CLASSES[best]} (${[...p].map((x) => x.toFixed(2)).join(' ')})\n  claim:   ${r.claim}\n  passage: ${r.passage.slice(0, 240)}`);
  }
}
console.log(`report model: ${R.length} dev pairs from ${ids.length} articles; out-of-fold by article (rows gold, columns predicted: ${REPORT_CLASSES.join(' / ')})`);
for (const [k, row] of oof.entries()) {
  const n = row.reduce((a, b) => a + b, 0);
  const col = oof.reduce((a, r) => a + r[k]!, 0);
  console.log(`  ${REPORT_CLASSES[k]!.padEnd(13)} ${row.map((x) => String(x).padStart(6)).join('')}   recall ${n ? ((100 * row[k]!) / n).toFixed(1) : '–'}%  precision ${col ? ((100 * row[k]!) / col).toFixed(1) : '–'}%`);
}
const reportJson = fitReport(R);

const out: VerifyModelJson = {
  formatVersion: VERIFY_MODEL_FORMAT_VERSION,
  features: [...FEATURE_NAMES],
  reportFeatures: [...REPORT_FEATURE_NAMES],
  trainedOn: `sentence model: VitaminC real+synthetic test files with made unrelated pairs, validation pages held out; report model: ${R.length} claim–report pairs of the dev split of tests/fixtures/claims`,
  sentence: sentenceJson,
  report: reportJson,
};
writeFileSync(modelPath, JSON.stringify(out));
console.log(`wrote ${modelPath} (${(JSON.stringify(out).length / 1024).toFixed(0)} KB)`);
void VERIFY_CLASSES;
