import { describe, expect, it } from 'vitest';
import { failedAttempt } from './attempt.ts';
import { compareAnchors } from './compare.ts';
import { glossSentence } from './gloss.ts';
import { NameBook } from './names.ts';
import { prepare } from '../verify/verify.ts';
import { wordVectors } from '../verify/shared-vectors.ts';

// An English report sentence written for these tests (not the seeds' wording).
const REPORT = 'On Tuesday, Trade Minister Luis Parra confirmed he spoke with his Brazilian counterpart, Ana Costa, about fuel supplies.';
const book = new NameBook([REPORT]);

function failedIn(sentence: string, lang: 'es' | 'ru', report = REPORT) {
  const gloss = glossSentence(sentence, lang, '2025-10-15', book).text;
  return failedAttempt(sentence, lang, gloss)?.(prepare(report)) ?? null;
}

describe('a failed attempt against the act done', () => {
  it('reads "sin éxito", "no logró", «не удалось» as the act not done', () => {
    expect(failedIn('El ministro Luis Parra intentó el martes, sin éxito, hablar con su colega brasileña, Ana Costa.', 'es')).toMatchObject({ report: 'spoke' });
    expect(failedIn('El ministro Luis Parra no logró hablar el martes con su colega brasileña, Ana Costa.', 'es')).toMatchObject({ report: 'spoke' });
    expect(failedIn('Во вторник министру Луису Парре не удалось поговорить с бразильской коллегой Аной Костой.', 'ru')).not.toBeNull();
  });

  it('not an attempt that succeeded, nor a report that tells the failure too', () => {
    expect(failedIn('El ministro Luis Parra habló el martes con su colega brasileña, Ana Costa.', 'es')).toBeNull();
    expect(failedIn('El ministro Luis Parra intentó el martes, sin éxito, hablar con su colega brasileña, Ana Costa.', 'es', 'On Tuesday, Trade Minister Luis Parra said he had tried in vain to speak with Ana Costa.')).toBeNull();
    // (Nor a word further on than the act tried: the revolt is how the overthrow was tried, and the report calls it abortive.)
    expect(failedIn('En 2020 los rebeldes intentaron sin éxito derrocar al gobierno con la revuelta del 4 de mayo.', 'es', 'Officials recalled the abortive May 4 revolt.')).toBeNull();
  });

  it('turns the anchor reading’s agreement on the day into a denial', () => {
    const sentence = 'El ministro Luis Parra intentó el martes, sin éxito, hablar por teléfono con su colega brasileña, Ana Costa.';
    const { text, anchors } = glossSentence(sentence, 'es', '2025-10-15', book);
    const options = { vectors: wordVectors(), sourceDates: anchors.dates, reportDate: '2025-10-15', articleDate: '2025-10-15' };
    const plain = compareAnchors(prepare(text), [prepare(REPORT)], anchors.names, new Set(), options);
    expect(plain?.stance).toBe('corroborates');
    const read = compareAnchors(prepare(text), [prepare(REPORT)], anchors.names, new Set(), { ...options, failed: failedAttempt(sentence, 'es', text) ?? undefined });
    expect(read).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
});
