import { describe, expect, it } from 'vitest';
import { sentences } from '../text/sentences.ts';
import { compare } from './features.ts';
import { furnitureMask, isFurniture } from './furniture.ts';
import { loadVerifyModel, type VerifyModelJson } from './model.ts';
import modelJson from './model.json';
import { compareFigures, figures } from './quantity.ts';
import { wordVectors } from './shared-vectors.ts';
import { loadWordVectors } from './vectors.ts';
import { prepare, verify } from './verify.ts';

const range = (text: string) => figures(text)[0]!.range;

describe('figures as ranges', () => {
  it('tells a conflict from a difference in precision and from rounding', () => {
    expect(compareFigures(range('about 30 vehicles'), range('More than 10 vehicles'))).toBe('compatible');
    expect(compareFigures(range('8 warships'), range('11 warships'))).toBe('conflict');
    expect(compareFigures(range('nine warships'), range('eleven warships'))).toBe('conflict');
    expect(compareFigures(range('about 40 people'), range('43 people'))).toBe('same');
    expect(compareFigures(range('$50 million'), range('$50,000,000'))).toBe('same');
    expect(compareFigures(range('just under 5,000 visitors'), range('over 6,000 visitors'))).toBe('conflict');
  });
  it('reads vague amounts and ages', () => {
    expect(range('a few dozen employees')).toMatchObject({ lo: 24, hi: 60 });
    expect(figures('Dylan Thomas, a 23-year-old from Bunbury')[0]).toMatchObject({ unit: 'year-old', value: 23 });
    expect(figures('nine U.S. warships are in the Caribbean')[0]).toMatchObject({ value: 9, units: ['warship'] });
    // One amount, not also a hundred troops.
    expect(figures('several hundred troops stayed behind').map((f) => f.raw)).toEqual(['several hundred troops']);
  });
  it('takes an amount in words as imprecise, not as a conflict, unless far off', () => {
    expect(compareFigures(range('several tankers'), range('11 tankers'))).toBe('compatible');
    expect(compareFigures(range('hundreds of soldiers'), range('40 soldiers'))).toBe('conflict');
  });
});

describe('furniture', () => {
  it('never takes captions, credits, bylines or end-of-article blocks for reporting', () => {
    expect(isFurniture('Vladimir Putin and Nicolas Maduro in a file image')).toBe(true);
    expect(isFurniture('Similar Posts')).toBe(true);
    expect(isFurniture('Russia has quietly begun evacuating the families of its diplomatic personnel from Venezuela.')).toBe(false);
    const text = 'A Russian plane takes off from Simon Bolivar International Airport on March 28, 2019.\nYuri Cortez/AFP/Getty Images\nRostec denied the report.\nRelated Topics\nRussia sends bombers.';
    const s = sentences(text).map((x) => x.text);
    expect(furnitureMask(s)).toEqual([true, true, false, true, true]);
  });
});

describe('comparing a claim with a passage', () => {
  const v = wordVectors();
  const cmp = (a: string, b: string) => compare(prepare(a), prepare(b), v);
  it('aligns paraphrases through word vectors, not only shared stems', () => {
    const c = cmp('The spouses and young children of Russian envoys were flown out first.', 'The evacuation includes women and children related to embassy staff.');
    expect(c.softCoverage).toBeGreaterThan(c.exactCoverage + 0.15);
  });
  it('names the differing date, name and figure, and not metonyms', () => {
    expect(cmp('Gil said he spoke with Sergei Lavrov on Sunday.', 'Gil confirmed he spoke with his Russian counterpart, Sergey Lavrov, on Monday.').differing).toContainEqual({ kind: 'date', claim: 'Sunday', report: 'Monday' });
    expect(cmp('Charter firm Pegas Touristik cancelled its flights and sent travellers to the Dominican Republic instead.', 'Restrictions forced tour operators like Pegas Touristik to cancel flights and reroute travelers to Cuba instead.').differing.map((d) => d.kind)).toContain('entity');
    expect(cmp('Gil said Lavrov promised Moscow’s continued backing.', 'Gil said Lavrov assured him of Russia’s continued support.').differing).toEqual([]);
    expect(cmp('The concert in London for the late label founder took place in 2012.', 'The label founder was honoured at a London concert in 2007.').differing).toContainEqual({ kind: 'date', claim: '2012', report: '2007' });
    // The same measure in another period is not a conflict: the figure differs with the year.
    expect(cmp('Some 9,000 Russian holidaymakers went to the island in 2024.', 'About 5,500 Russian holidaymakers went to the island in 2025.').differing.map((d) => d.kind)).not.toContain('date');
    expect(cmp('The militia, the largest Kurdish force in the north, enlisted her.', 'The militia, the Kurds’ largest force in the north, enlisted her.').differing).toEqual([]);
    expect(cmp('Rostec confirmed the report.', 'Rostec denied the Journal’s report.').differing).toContainEqual({ kind: 'denial', claim: 'Rostec confirmed', report: 'Rostec denied' });
  });
});

describe('verify', () => {
  const report = (text: string) => {
    const s = sentences(text).map((x) => x.text);
    return { sentences: s.map(prepare), skip: furnitureMask(s) };
  };
  const seed002 = report('This apparent distancing comes as the U.S. deploys 11 warships and 15,000 troops to the Caribbean, signaling a potential military escalation. Russia has only sent two oil tankers to assist Venezuela’s struggling energy sector.');
  it('corroborates a paraphrase, conflicts on a differing figure with both values, stays silent off the point', () => {
    const agree = verify(prepare('Washington has sent eleven warships and some 15,000 troops into the Caribbean.'), seed002.sentences, seed002.skip)!;
    expect(agree.stance).toBe('corroborates');
    const conflict = verify(prepare('Washington has sent nine warships and some 15,000 troops into the Caribbean.'), seed002.sentences, seed002.skip)!;
    expect(conflict.stance).toBe('conflicts');
    expect(conflict.why).toContain('Differs: “nine warships” here, “11 warships” in the report');
    const off = verify(prepare('Venezuela’s central bank raised its benchmark interest rate to 59 percent on Tuesday.'), seed002.sentences, seed002.skip);
    expect(off?.stance ?? null).toBeNull();
  });
  it('never quotes a caption as evidence', () => {
    const r = report('Vladimir Putin and Nicolas Maduro in a file image\nThe evacuations began on Friday.');
    const v = verify(prepare('Putin and Maduro met in Moscow to sign a treaty.'), r.sentences, r.skip);
    expect(v?.sentence ?? -1).not.toBe(0);
  });
});

describe('stored formats', () => {
  it('refuses a model or vector table of another version, with the reason', () => {
    expect(() => loadVerifyModel({ ...(modelJson as unknown as VerifyModelJson), formatVersion: 1 })).toThrow(/format 1, this version reads 2/);
    expect(() => loadVerifyModel({ ...(modelJson as unknown as VerifyModelJson), features: ['x'] })).toThrow(/retrain/);
    expect(() => loadWordVectors({ formatVersion: 2, dims: 1, scale: 1, words: 'a', data: 'AA==' })).toThrow(/format 2/);
    expect(() => loadWordVectors({ formatVersion: 1, dims: 2, scale: 1, words: 'a', data: 'AA==' })).toThrow(/does not match/);
  });
});
