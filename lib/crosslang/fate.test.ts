import { describe, expect, it } from 'vitest';
import { fatesIn, otherFate } from './fate.ts';
import { glossSentence } from './gloss.ts';

const REPORT = 'At least 14 people have been killed since the start of the new wave of anti-government protests on Tuesday, according to Venezuelan NGOs.';

describe('the fate a toll counts', () => {
  it('reads the fate of a glossed Spanish or Russian toll, leaving out a fate the sentence says was not reported', () => {
    const ru = glossSentence('С начала новой волны протестов во вторник ранения получили не меньше 14 человек; о погибших правозащитники не сообщают.', 'ru', '2019-01-26').text;
    expect([...fatesIn(ru)]).toEqual(['wounded']);
    expect([...fatesIn(glossSentence('Desde el martes hay al menos 14 detenidos, según las ONG.', 'es', '2019-01-26').text)]).toEqual(['detained']);
    expect([...fatesIn(REPORT)]).toEqual(['killed']);
  });

  it('sets one fate against another, but not a sentence that counts the report’s fate among others', () => {
    const wounded = glossSentence('Al menos 14 personas resultaron heridas desde el martes, según ONG venezolanas.', 'es', '2019-01-26').text;
    expect(otherFate(fatesIn(wounded), REPORT)).toEqual({ claim: 'wounded', report: 'killed' });
    const both = glossSentence('Desde el martes murieron al menos 14 personas y decenas resultaron heridas.', 'es', '2019-01-26').text;
    expect(otherFate(fatesIn(both), REPORT)).toBeNull();
    const same = glossSentence('С начала протестов во вторник погибли по меньшей мере 14 человек.', 'ru', '2019-01-26').text;
    expect(otherFate(fatesIn(same), REPORT)).toBeNull();
    // No fate on one side: nothing to set against the other.
    expect(otherFate(fatesIn(glossSentence('Las protestas comenzaron el martes.', 'es', '2019-01-26').text), REPORT)).toBeNull();
  });
});
