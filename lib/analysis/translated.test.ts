import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDB } from '../corpus/db.ts';
import { translateArticle } from '../crosslang/translate.ts';
import { isSnapshot } from '../messages.ts';
import { pageSnapshot as page, seededDB } from '../../tests/support/unit.ts';
import { analyzeArticle } from './analyze.ts';

// What an on-device translator gives for the fixture's sentences (written for this test).
const ENGLISH: Record<string, string> = {
  'Moscú repliega a las familias de su embajada en Caracas': 'Moscow pulls back the families of its embassy in Caracas',
  'El Gobierno ruso ha empezado a sacar de Venezuela a las esposas y los hijos de sus diplomáticos, aseguró a la agencia AP un alto cargo de los servicios de inteligencia europeos que habló bajo anonimato.':
    'The Russian government has begun taking the wives and children of its diplomats out of Venezuela, a senior European intelligence official who spoke on condition of anonymity told the AP news agency.',
  'Vecinos del barrio contaron que el lunes por la mañana más de diez vehículos con placas diplomáticas se juntaron en el patio de la embajada antes de marcharse en caravana.':
    'Neighbours said that on Monday morning more than ten vehicles with diplomatic plates gathered in the embassy courtyard before leaving in a convoy.',
  'La tensión crece en la región.': 'Tension is growing in the region.',
  'Estados Unidos mantiene frente a la costa venezolana ocho buques de guerra y 15.000 soldados, según el recuento de este diario.':
    'The United States keeps eight warships and 15,000 troops off the Venezuelan coast, according to this newspaper’s count.',
  'La portavoz de la diplomacia rusa, María Zajárova, calificó las noticias de provocación y pidió mantener la calma.':
    'The spokeswoman for Russian diplomacy, Maria Zakharova, called the reports a provocation and urged calm.',
  'El ambiente en la capital es de una calma tensa y muchos comercios bajaron sus persianas antes de tiempo.':
    'The mood in the capital is one of tense calm, and many shops closed their shutters early.',
};

const translate = async (text: string): Promise<string> => {
  const english = ENGLISH[text];
  if (!english) throw new Error(`no translation for ${text}`);
  return english;
};

describe('a Spanish article translated on the device', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
  });

  it('is read in full by the English checker, its claims shown as written with the English beside them', async () => {
    const snapshot = page('pages/related-es-crosslang.html');
    const translation = await translateArticle(snapshot, 'es', translate);
    expect(translation?.sentences.length).toBe(Object.keys(ENGLISH).length - 1);
    const withTranslation = { ...snapshot, translation: translation! };
    // The message protocol carries it.
    expect(isSnapshot(withTranslation)).toBe(true);
    const r = await analyzeArticle(db, withTranslation);
    expect(r).toMatchObject({ related: true, language: 'es', crossLanguage: { method: 'translated' } });
    // Read in full: the English rendering beside the article's own sentence.
    const families = r.claims.find((c) => /esposas y los hijos/.test(c.text))!;
    expect(families.rendering).toMatch(/wives and children of its diplomats/);
    expect(families.verdict).toBe('corroborates');
    expect(families.evidence[0]!.docId).toBe('000_9ae17a76aaeb9e70');
    // The claim's place is the original sentence's, for highlighting in the page.
    const p = snapshot.paragraphs[families.paragraph]!;
    expect(p.slice(families.start, families.end)).toBe(families.text);
  });

  it('falls back to the anchors when the translator fails', async () => {
    const snapshot = page('pages/related-es-crosslang.html');
    const translation = await translateArticle(snapshot, 'es', async () => {
      throw new Error('model unavailable');
    });
    expect(translation).toBeNull();
    const r = await analyzeArticle(db, snapshot);
    expect(r.crossLanguage?.method).toBe('anchors');
    expect(r.claims.length).toBeGreaterThan(0);
    expect(r.claims.every((c) => c.rendering === undefined)).toBe(true);
  });

  it('refuses a translation that does not fit the snapshot', () => {
    const snapshot = page('pages/related-es-crosslang.html');
    const bad = { ...snapshot, translation: { language: 'es', title: '', sentences: [{ paragraph: 99, start: 0, end: 5, english: 'x' }] } };
    expect(isSnapshot(bad)).toBe(false);
    expect(isSnapshot({ ...snapshot, translation: { language: 'uk', title: '', sentences: [] } })).toBe(false);
  });
});
