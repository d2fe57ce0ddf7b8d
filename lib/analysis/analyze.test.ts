import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDB } from '../corpus/db.ts';
import { pageSnapshot as page, seededDB } from '../../tests/support/unit.ts';
import { checkClaim } from './check-claim.ts';
import { analyzeArticle, type ArticleReport } from './analyze.ts';

function conflicts(report: ArticleReport) {
  return report.claims.flatMap((c) => c.evidence.filter((e) => e.stance === 'conflicts').map((e) => ({ claim: c.text, ...e })));
}

describe('analyzeArticle: claim-by-claim evidence', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
  });

  it('corroborates an article that agrees with the seeds, with its one differing figure the only conflict', async () => {
    const r = await analyzeArticle(db, page('pages/demo-russia-evacuation.html'));
    expect(r.summary.claims).toBeGreaterThanOrEqual(8);
    // The demo article says nine warships where a report says 11; nothing else conflicts.
    expect(r.summary.conflicts).toBe(1);
    expect(conflicts(r).flatMap((e) => e.values.map((v) => `${v.claim} / ${v.report}`))).toEqual(['nine warships / 11 warships']);
    expect(r.summary.corroborated).toBeGreaterThanOrEqual(3);
    const skipper = r.claims.find((c) => /Skipper/.test(c.text))!;
    expect(skipper.verdict).toBe('corroborates');
    expect(skipper.evidence[0]!.docId).toBe('001_9c17a2890fb4d939');
    expect(skipper.evidence[0]!.passage).toMatch(/December 10/);
  });

  it('finds conflicts by number, each with both values', async () => {
    const r = await analyzeArticle(db, page('pages/related-conflict-number.html'));
    const found = conflicts(r);
    const values = found.flatMap((e) => e.values.map((v) => `${e.docId.slice(0, 3)} ${v.claim} / ${v.report}`));
    expect(values).toEqual(expect.arrayContaining(['002 8 warships / 11 warships', '001 $25 million / $50,000,000']));
    expect(r.summary.conflicts).toBeGreaterThanOrEqual(2);
    // "About 30" against "more than 10" is a difference in precision, not a conflict.
    const vehicles = r.claims.find((c) => /about 30 vehicles/.test(c.text))!;
    expect(vehicles.verdict).toBe('discusses');
    expect(vehicles.evidence[0]!.reasons.join(' ')).toMatch(/less precisely: “More than 10 vehicles” for “about 30 vehicles”/);
    for (const e of found) expect(e.why.join(' ')).toMatch(/Differs: “.+” here, “.+” in the report/);
    expect(r.perReport.find((p) => p.docId === '002_936c50cc775e99f4')!.stance).toBe('conflicts');
  });

  it('finds conflicts by date', async () => {
    const r = await analyzeArticle(db, page('pages/related-conflict-date.html'));
    const values = conflicts(r).flatMap((e) => e.values.map((v) => `${v.claim} / ${v.report}`));
    expect(values).toContain('December 12 / December 10');
    expect(values).toContain('Wednesday / Friday');
  });

  it('finds a conflict by a reversed denial', async () => {
    const claim = await checkClaim(db, 'Rostec confirmed the Journal’s report that it had cut its staff in Venezuela to a few dozen.');
    const rostec = claim.evidence.find((e) => e.docId === '004_42f87ae980b4bccd')!;
    expect(rostec.stance).toBe('conflicts');
    expect(rostec.reasons.join(' ')).toMatch(/Denied on one side, stated on the other: “Rostec confirmed” here, “Rostec denied” in the report/);
  });

  it('shows reports of another period as context, never as a current conflict', async () => {
    const r = await analyzeArticle(db, page('pages/related-2019-context.html'));
    expect(r.articleDate).toMatch(/^2019-06/);
    expect(r.summary.conflicts).toBe(0);
    const later = r.claims.flatMap((c) => c.evidence).filter((e) => e.docId.startsWith('00') && /^2025/.test(e.published ?? ''));
    for (const e of later) {
      expect(e.time.period).toBe('later');
      expect(e.stance).not.toBe('conflicts');
    }
    const byRostec = r.claims.flatMap((c) => c.evidence).filter((e) => e.docId === '004_42f87ae980b4bccd');
    expect(byRostec.every((e) => e.time.period === 'same')).toBe(true);
  });

  it('groups reports resting on the same original source', async () => {
    const r = await analyzeArticle(db, page('pages/related-conflict-date.html'));
    const wednesday = r.claims.find((c) => /Wednesday/.test(c.text))!;
    const ap = wednesday.evidence.filter((e) => e.sourceGroup === 'Associated Press');
    expect(ap.length).toBe(2);
    expect(ap.filter((e) => e.sameSourceAs !== null)).toHaveLength(1);
    // Two outlets on one AP source count once.
    expect(wednesday.independentSources).toBeLessThan(wednesday.evidence.filter((e) => e.stance !== 'discusses').length);
  });

  it('keeps claims that no report speaks to, marked as such', async () => {
    const base = page('pages/demo-russia-evacuation.html');
    const extra = 'Venezuela’s central bank raised its benchmark interest rate to 59 percent on Tuesday, bank officials said.';
    const r = await analyzeArticle(db, { ...base, paragraphs: [...base.paragraphs, extra], text: `${base.text}\n\n${extra}` }, { maxClaims: 40 });
    const claim = r.claims.find((c) => c.text === extra)!;
    expect(claim).toMatchObject({ verdict: 'none', evidence: [] });
  });

  it('reads the language from the text when the page declares another', async () => {
    const r = await analyzeArticle(db, { ...page('pages/demo-russia-evacuation.html'), language: 'es-VE' });
    expect(r).toMatchObject({ related: true, languageSupported: true, language: 'en', crossLanguage: null });
    expect(r.claims.length).toBeGreaterThan(0);
  });

  it('gives no verdict on a Ukrainian article (Cyrillic, but not Russian)', async () => {
    const paragraphs = [
      'Росія почала евакуацію родин своїх дипломатів із Венесуели, повідомив європейський посадовець агентству Associated Press.',
      'За його словами, у п’ятницю з Каракаса вилетіли дружини та діти співробітників посольства, а в понеділок двір посольства заповнили автомобілі з дипломатичними номерами.',
    ];
    const r = await analyzeArticle(db, { title: 'Росія вивозить родини дипломатів з Венесуели', text: paragraphs.join('\n\n'), paragraphs, publishedTime: '2025-12-23', language: 'ru' });
    expect(r).toMatchObject({ languageSupported: false, language: 'uk', claims: [], crossLanguage: null });
  });

  it('handles an empty article', async () => {
    const r = await analyzeArticle(db, { title: '', text: '', paragraphs: [], publishedTime: null, language: null });
    expect(r).toMatchObject({ related: false, claims: [], summary: { claims: 0 } });
  });

  it('caps the work on a 20,000-word article', async () => {
    const base = page('pages/demo-russia-evacuation.html');
    const paragraphs = Array.from({ length: 30 }, () => base.paragraphs).flat();
    const text = paragraphs.join('\n\n');
    expect(text.split(/\s+/).length).toBeGreaterThan(20_000);
    const r = await analyzeArticle(db, { ...base, paragraphs, text });
    expect(r.related).toBe(true);
    expect(r.claims.length).toBeLessThanOrEqual(12);
  });
});
