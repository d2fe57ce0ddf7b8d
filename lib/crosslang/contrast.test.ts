import { describe, expect, it } from 'vitest';
import { setAside, setAsideStems, statesSetAside } from './contrast.ts';
import { glossSentence } from './gloss.ts';
import { prepare } from '../verify/verify.ts';

/** The stems a sentence sets aside, glossed as the checker glosses them. */
function asideOf(sentence: string, lang: 'es' | 'ru'): Set<string> {
  const aside = setAside(sentence, lang)!;
  const rest = sentence.slice(0, aside.start) + sentence.slice(aside.end);
  return setAsideStems(prepare(glossSentence(aside.text, lang, null).text), prepare(glossSentence(rest, lang, null).text), new Set());
}

describe('a sentence that sets one account aside for another', () => {
  it('finds the part set aside by "не …, а …" and "no … sino …", not by "не только" or "no solo … sino también"', () => {
    expect(setAside('Эту цифру называют не правозащитные организации, а генеральная прокуратура.', 'ru')?.text).toBe('правозащитные организации');
    expect(setAside('No lo escribió Trump en su cuenta personal, sino que lo publicó la Casa Blanca.', 'es')?.text).toBe('lo escribió Trump en su cuenta personal');
    expect(setAside('Россия вывозит не только дипломатов, но и их семьи.', 'ru')).toBeNull();
    expect(setAside('Погибли не менее 14 человек, и эти данные приводят не правозащитники, а генпрокуратура.', 'ru')?.text).toBe('правозащитники');
    expect(setAside('No solo evacuó a diplomáticos, sino también a sus familias.', 'es')).toBeNull();
  });

  it('finds the part set aside by "en lugar de" and "вместо того чтобы", not the flight put "вместо него"', () => {
    expect(setAside('Exigió una indemnización para las petroleras en lugar de reclamar la devolución de sus activos.', 'es')?.text).toBe('reclamar la devolución de sus activos');
    expect(setAside('Он потребовал компенсации, вместо того чтобы требовать вернуть активы.', 'ru')?.text).toBe('требовать вернуть активы');
    expect(setAside('Рейс отменен, вместо него полетит самолет в Варадеро.', 'ru')).toBeNull();
    // (…and «вместо» before what it replaces: "new aircraft instead of repairs to the old".)
    expect(setAside('Мэр просил о новых автобусах вместо ремонта старых.', 'ru')?.text).toBe('ремонта старых');
  });

  it('is stated by a report that says what was set aside, not by one that denies it too', () => {
    const stems = asideOf('Эту цифру называют не правозащитные организации, а генеральная прокуратура Венесуэлы.', 'ru');
    expect(statesSetAside(stems, prepare('At least 14 people have been killed, according to Venezuelan NGOs.'))).toBe('NGOs');
    expect(statesSetAside(stems, prepare('The attorney general put the toll at 14.'))).toBeNull();
    const contracts = asideOf('«Ростех» не заключает новых контрактов, а лишь исполняет старые.', 'ru');
    expect(statesSetAside(contracts, prepare('Rostec is not signing new contracts in Venezuela.'))).toBeNull();
  });
});
