import { describe, expect, it } from 'vitest';
import { conflictRules, dates, quantities } from './rules.ts';

describe('quantities', () => {
  it('reads "around 400 the number of Russian mercenaries" as a count of mercenaries', () => {
    expect(quantities('A Cossack leader estimated at around 400 the number of Russian mercenaries in the country.').map((q) => [q.value, q.units])).toEqual([[400, ['russian', 'mercenari']]]);
  });

  it('reads counts, money with scales, and qualifiers', () => {
    expect(quantities('More than 10 vehicles with diplomatic plates').map((q) => [q.value, q.unit, q.raw])).toEqual([[10, 'vehicl', 'More than 10 vehicles']]);
    expect(quantities('a reward of $50,000,000 for Maduro')[0]).toMatchObject({ value: 50_000_000, unit: '$' });
    expect(quantities('a reward of $25 million for Maduro')[0]).toMatchObject({ value: 25_000_000, unit: '$' });
    expect(quantities('eleven warships arrived')[0]).toMatchObject({ value: 11, unit: 'warship' });
  });
  it('does not take dates and years for counts', () => {
    expect(quantities('On December 10, in 2019, it happened.')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads month-day dates in either order, and weekdays', () => {
    expect(dates('seized on December 12 and on 10 Dec. last Friday').map((d) => d.key)).toEqual(['12-12', '12-10', 'friday']);
  });

  it('reads a date with its year, and not a month before a figure with thousands', () => {
    expect(dates('On June 2, 2019, the Journal reported it').map((d) => d.key)).toEqual(['6-2']);
    expect(dates('In May 1,500 troops arrived').map((d) => d.key)).toEqual([]);
  });
});

describe('conflictRules', () => {
  it('finds different numbers for the same quantity and shows both values', () => {
    const [f] = conflictRules('about 30 vehicles with diplomatic plates were assembled', 'More than 10 vehicles with diplomatic license plates were observed gathering');
    expect(f).toMatchObject({ kind: 'number', values: { claim: 'about 30 vehicles', report: 'More than 10 vehicles' } });
    expect(conflictRules('The U.S. has deployed 8 warships', 'the U.S. deploys 11 warships and 15,000 troops')[0]).toMatchObject({
      values: { claim: '8 warships', report: '11 warships' },
    });
    expect(conflictRules('a reward of $25 million for Maduro', 'there is a reward of $50,000,000 and an indictment')[0]!.reason).toMatch(
      /“\$25 million” here, “\$50,000,000” in the report/,
    );
  });
  it('accepts the same figure written another way', () => {
    expect(conflictRules('a reward of $50 million for Maduro', 'there is a reward of $50,000,000 for him')).toEqual([]);
    expect(conflictRules('15,000 troops were sent', 'the U.S. deploys 15,000 troops')).toEqual([]);
  });
  it('does not compare counts of different things', () => {
    expect(conflictRules('8 warships patrol the coast', 'about 400 mercenaries patrol the coast')).toEqual([]);
  });
  it('finds different dates for the same event', () => {
    const [f] = conflictRules('The Coast Guard seized the tanker Skipper on December 12.', 'the seizure of the tanker Skipper last December 10, as well as the Centuries');
    expect(f).toMatchObject({ kind: 'date', values: { claim: 'December 12', report: 'December 10' } });
  });
  it('does not compare dates of unrelated events', () => {
    expect(conflictRules('The parliament voted on December 12.', 'The tanker Skipper was seized last December 10 in the Caribbean.')).toEqual([]);
  });
  it('flags a denial in the report, and a denial in the article of what the report states', () => {
    expect(conflictRules('Russia has begun evacuating families of diplomats', 'Moscow officially denied the drawdown.')[0]).toMatchObject({ kind: 'denial' });
    expect(
      conflictRules('Russian officials denied that Moscow is evacuating families of diplomats from Venezuela', 'Russia is evacuating the families of diplomats from Venezuela.', {
        coverage: 0.6,
      })[0],
    ).toMatchObject({ kind: 'denial' });
    // Both sides report the denial: they agree.
    expect(conflictRules('Zakharova dismissed the reports as a provocation', 'Zakharova dismissed the claims as Western provocations')).toEqual([]);
  });
  it('flags a negated claim only on a close match', () => {
    const claim = 'Russia did not evacuate diplomats from Venezuela';
    const passage = 'Russia evacuated diplomats from Venezuela on Friday';
    expect(conflictRules(claim, passage, { coverage: 0.7 })[0]).toMatchObject({ kind: 'negation' });
    expect(conflictRules(claim, passage, { coverage: 0.3 })).toEqual([]);
  });
});
