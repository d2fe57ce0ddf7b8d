import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDB } from '../corpus/db.ts';
import { pageSnapshot as page, seededDB } from '../../tests/support/unit.ts';
import { analyzeArticle } from './analyze.ts';

describe('Spanish and Russian articles, compared across languages', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
  });

  it('recognises a Spanish article of the story (its page says lang="en") and shows the differing figure as written', async () => {
    const r = await analyzeArticle(db, page('pages/related-es-crosslang.html'));
    expect(r).toMatchObject({ related: true, language: 'es', languageSupported: true });
    const ships = r.claims.find((c) => /buques de guerra/.test(c.text))!;
    expect(ships.verdict).toBe('conflicts');
    expect(ships.evidence[0]!.values).toEqual([{ claim: 'ocho buques', report: '11 warships' }]);
    expect(ships.evidence[0]!.passage).toMatch(/11 warships and 15,000 troops/);
    const cars = r.claims.find((c) => /vehículos/.test(c.text))!;
    expect(cars.verdict).toBe('corroborates');
    expect(cars.evidence[0]!.passage).toMatch(/More than 10 vehicles/);
  });

  it('lists sentences without a figure, date or name as not compared, never with a verdict', async () => {
    const r = await analyzeArticle(db, page('pages/related-es-crosslang.html'));
    const mood = 'El ambiente en la capital es de una calma tensa y muchos comercios bajaron sus persianas antes de tiempo.';
    expect(r.crossLanguage?.notComparedSentences).toContain(mood);
    expect(r.claims.some((c) => c.text === mood)).toBe(false);
    expect(r.crossLanguage?.compared).toBe(r.claims.length);
  });

  it('reads a Russian article: declined numerals and names, the figure shown as written', async () => {
    const r = await analyzeArticle(db, page('pages/related-ru-crosslang.html'));
    expect(r).toMatchObject({ related: true, language: 'ru' });
    const cars = r.claims.find((c) => /машин/.test(c.text))!;
    expect(cars.verdict).toBe('corroborates');
    expect(cars.evidence[0]!.reasons[0]).toMatch(/десяти машин/);
  });

  it('stays silent on a Spanish article about another event between the same countries', async () => {
    const paragraphs = [
      'La petrolera estatal rusa Rosneft firmó en Caracas un acuerdo con PDVSA para ampliar la producción en la Faja del Orinoco, informó el ministerio de Petróleo venezolano.',
      'El convenio, valorado en 600 millones de dólares, prevé perforar cuarenta pozos nuevos a lo largo de los próximos tres años.',
      'El ministro venezolano dijo que el crudo extra se venderá sobre todo en Asia.',
    ];
    const r = await analyzeArticle(db, { title: 'Rosneft y PDVSA pactan más crudo en el Orinoco', text: paragraphs.join('\n\n'), paragraphs, publishedTime: '2025-11-05', language: 'es' });
    expect(r).toMatchObject({ related: false, language: 'es', claims: [] });
  });
});
