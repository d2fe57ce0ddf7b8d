import { describe, expect, it } from 'vitest';
import { normalizeRating, ratingFromText, ratingFromValue } from './rating.ts';

describe('ratingFromText', () => {
  it.each([
    ['False', 'false'],
    ['Pants on Fire!', 'false'],
    ['Four Pinocchios', 'false'],
    ['Falso', 'false'],
    ['FALSA', 'false'],
    ['Bulo', 'false'],
    ['Mostly False', 'mostly-false'],
    ['Misleading', 'mostly-false'],
    ['Engañoso', 'mostly-false'],
    ['ENGANOSA', 'mostly-false'],
    ['Three Pinocchios', 'mostly-false'],
    ['Half True', 'mixed'],
    ['Half-True', 'mixed'],
    ['Mixture', 'mixed'],
    ['Verdad a medias', 'mixed'],
    ['Exagerado', 'mixed'],
    ['Two Pinocchios', 'mixed'],
    ['Mostly True', 'mostly-true'],
    ['Verdadero, pero…', 'mostly-true'],
    ['One Pinocchio', 'mostly-true'],
    ['True', 'true'],
    ['Verdadero', 'true'],
    ['Cierto', 'true'],
    ['Satire', 'other'],
    ['Unproven', 'other'],
    ['Insostenible', 'other'],
  ] as const)('%s → %s', (text, rating) => {
    expect(ratingFromText(text)).toBe(rating);
  });

  it('reads a verdict followed by an explanation, and qualified verdicts before bare words', () => {
    expect(ratingFromText('False. The video was filmed in 2019, not this week.')).toBe('false');
    expect(ratingFromText('Rated mostly false: the plane carried families, not staff')).toBe('mostly-false');
    expect(ratingFromText('This is not true')).toBe('false');
    expect(ratingFromText('Partly true — the date is wrong')).toBe('mixed');
    expect(ratingFromText('Es mayormente falso')).toBe('mostly-false');
  });

  it('says nothing about text it does not know, or no text', () => {
    expect(ratingFromText('We looked into it')).toBeNull();
    expect(ratingFromText('')).toBeNull();
    expect(ratingFromText(null)).toBeNull();
    expect(ratingFromText('constructor')).toBeNull();
    expect(ratingFromText('__proto__')).toBeNull();
  });
});

describe('ratingFromValue', () => {
  it('places a value on its scale in five steps', () => {
    expect([1, 2, 3, 4, 5].map((v) => ratingFromValue(v, 5, 1))).toEqual(['false', 'mostly-false', 'mixed', 'mostly-true', 'true']);
    expect(ratingFromValue(0, 1, 0)).toBe('false');
    expect(ratingFromValue(1, 1, 0)).toBe('true');
    expect(ratingFromValue(6, 7, 1)).toBe('mostly-true');
    expect(ratingFromValue(7, 7, 1)).toBe('true');
  });
  it('reads scales that run from best to worst', () => {
    expect(ratingFromValue(1, 1, 5)).toBe('true');
    expect(ratingFromValue(5, 1, 5)).toBe('false');
  });
  it('uses schema.org default bounds (1 to 5) when none are given', () => {
    expect(ratingFromValue(1, null, null)).toBe('false');
    expect(ratingFromValue(5, null, null)).toBe('true');
  });
  it('says nothing for a value off its scale, a one-point scale or no value', () => {
    expect(ratingFromValue(7, 5, 1)).toBeNull();
    expect(ratingFromValue(-1, null, null)).toBeNull();
    expect(ratingFromValue(3, 3, 3)).toBeNull();
    expect(ratingFromValue(null, 5, 1)).toBeNull();
    expect(ratingFromValue(Number.NaN, 5, 1)).toBeNull();
  });
});

describe('normalizeRating', () => {
  it('prefers the text, then the number, then "other"', () => {
    expect(normalizeRating({ alternateName: 'Mostly True', ratingValue: 1, bestRating: 5, worstRating: 1 })).toBe('mostly-true');
    expect(normalizeRating({ alternateName: 'Our verdict', ratingValue: 1, bestRating: 5, worstRating: 1 })).toBe('false');
    expect(normalizeRating({ alternateName: null, ratingValue: null, bestRating: null, worstRating: null })).toBe('other');
  });
});
