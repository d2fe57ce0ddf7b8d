import { describe, expect, it } from 'vitest';
import { assertionText } from './normalize.ts';
import { buildFactCheckIndex, matchFactChecks, screenFactChecks } from './match.ts';
import { readFacts } from './facts.ts';

const reviews = [
  { id: 'embassy', claimReviewed: 'Russia evacuated its entire embassy staff from Caracas.' },
  { id: 'tyres', claimReviewed: 'Says Senator Tom Reyes voted to raise the federal gas tax.' },
  { id: 'prices', claimReviewed: '“Grocery prices are up 25% in four years,” says Senator Tom Reyes.' },
  { id: 'reward', claimReviewed: "Says the U.S. is offering a $50 million reward for information leading to Maduro's arrest." },
  { id: 'warships', claimReviewed: 'Says China sent warships to protect Venezuela.' },
  { id: 'wall', claimReviewed: 'Says the Great Wall of China is visible from the Moon with the naked eye.' },
  { id: 'measles', claimReviewed: 'Says vitamin A cures measles.' },
];
const ix = buildFactCheckIndex(reviews);

describe('figures of a claim', () => {
  it('reads "constructor" and "toString" as words, not as numbers (every object has them as properties)', () => {
    expect(readFacts('The constructor said a constructor toString of two hundred valueOf people.', new Set()).numbers.map((n) => n.raw)).toEqual(['two hundred']);
  });
});

describe('assertionText', () => {
  it('strips fact-check framing and carriers, keeps a quoted speaker', () => {
    expect(assertionText('Claim: Maduro fled to Cuba on a private jet.')).toBe('Maduro fled to Cuba on a private jet');
    expect(assertionText('Photo shows a shark on a highway.')).toBe('A shark on a highway');
    expect(assertionText('“Prices are up 25%,” says Senator Tom Reyes.')).toBe('Senator Tom Reyes: Prices are up 25%');
    expect(assertionText('Lemon water cures cancer, the viral video claims.')).toBe('Lemon water cures cancer');
  });
});

describe('a news sentence around its assertion', () => {
  it('drops the dateline, a mid-sentence source and a closing comment, so the assertion can match', () => {
    const sentence = 'LIMA, Peru — The port workers have ended their strike after three weeks, according to a union spokesman, a step that suggests the talks are close to a deal.';
    expect(assertionText(sentence)).toBe('The port workers have ended their strike after three weeks');
    const reviews = [{ id: 'strike', claimReviewed: 'The port workers ended their strike after three weeks.' }];
    expect(matchFactChecks(sentence, reviews).map((m) => m.id)).toEqual(['strike']);
  });
});

describe('matchFactChecks', () => {
  it('matches a paraphrase (other words, other order, shortened names, numbers written otherwise)', () => {
    expect(matchFactChecks('Washington is offering a $50 million reward for information that leads to the arrest of Maduro.', ix)[0]?.id).toBe('reward');
    expect(matchFactChecks('Reyes said grocery prices have gone up 25 percent in four years.', ix)[0]?.id).toBe('prices');
    const m = matchFactChecks('Measles can be cured with vitamin A, the post claims.', ix);
    expect(m[0]?.id).toBe('measles');
    expect(m[0]!.why.length).toBeGreaterThan(0);
  });

  it('does not match the same person making a different assertion', () => {
    expect(matchFactChecks('Reyes said he has always opposed raising the federal gas tax.', ix)).toEqual([]);
  });

  it('does not match a differing figure, place or the negation', () => {
    expect(matchFactChecks('Reyes said grocery prices are up 40% in four years.', ix).map((m) => m.id)).not.toContain('prices');
    expect(matchFactChecks('The U.S. is offering a $15 million reward for information leading to Maduro\'s arrest.', ix).map((m) => m.id)).not.toContain('reward');
    expect(matchFactChecks('Russia sent warships to protect Venezuela.', ix).map((m) => m.id)).not.toContain('warships');
    expect(matchFactChecks('The Great Wall of China cannot be seen from the Moon with the naked eye.', ix).map((m) => m.id)).not.toContain('wall');
  });

  it('gives no match for an empty or one-word claim', () => {
    expect(matchFactChecks('', ix)).toEqual([]);
    expect(matchFactChecks('   ', ix)).toEqual([]);
    expect(matchFactChecks('Measles.', ix)).toEqual([]);
    expect(screenFactChecks('Russia', ix)).toEqual([]);
  });

  it('accepts the plain review list and caches its index', () => {
    expect(matchFactChecks('Measles can be cured with vitamin A.', reviews)[0]?.id).toBe('measles');
  });

  it('bounds the time of a 1 MB input', () => {
    const huge = 'Russia evacuated its embassy staff from Caracas and '.repeat(20_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const t = performance.now();
    matchFactChecks(huge, ix);
    matchFactChecks('x'.repeat(1_000_000), ix);
    expect(performance.now() - t).toBeLessThan(500);
    const big = buildFactCheckIndex([{ id: 'huge', claimReviewed: huge }]);
    expect(matchFactChecks('Russia evacuated its embassy staff from Caracas.', big).length).toBeLessThanOrEqual(1);
  });
});

describe('matching does not depend on the other reviews installed', () => {
  it('reads a sentence-opening word as a name only when the review it is compared with writes it as one', () => {
    const claim = 'Smoke poured from the Sydney Opera House, photos shared online appear to show.';
    const gold = { id: 'opera', claimReviewed: 'Image shows the Sydney Opera House on fire.' };
    // Titles and names in unrelated reviews capitalise the claim's opening word.
    const others = [
      { id: 'band', claimReviewed: 'The album Beyond The Smoke sold more than a million copies in 1998.' },
      { id: 'film', claimReviewed: 'Says the film Smoke And Mirrors was banned in France.' },
      { id: 'firm', claimReviewed: 'Smoke Signals Ltd is the largest exporter of chimneys in Europe.' },
    ];
    const alone = matchFactChecks(claim, [gold]);
    expect(alone.map((m) => m.id)).toEqual(['opera']);
    const crowded = matchFactChecks(claim, [gold, ...others]);
    expect(crowded.map((m) => m.id)).toEqual(['opera']);
    expect(crowded[0]!.score).toBeCloseTo(alone[0]!.score, 5);
    // Where the review does write it as a name, the claim's opening word is one: Machado is a person here.
    expect(matchFactChecks('Machado declined the Nobel Peace Prize, a post says.', [{ id: 'nobel', claimReviewed: 'Says María Corina Machado refused the Nobel Peace Prize.' }]).map((m) => m.id)).toEqual(['nobel']);
  });
});
