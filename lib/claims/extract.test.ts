import { describe, expect, it } from 'vitest';
import { checkWorthiness, extractClaims } from './extract.ts';

describe('checkWorthiness', () => {
  it.each([
    'Russia has quietly begun evacuating the families of its diplomatic personnel from Venezuela, according to AP.',
    'The U.S. deploys 11 warships and 15,000 troops to the Caribbean.',
    'Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the claims on Monday.',
    'The tanker Skipper was seized on December 10 by the U.S. Coast Guard.',
  ])('rates factual statements as claims: %s', (s) => {
    expect(checkWorthiness(s)).toBeGreaterThanOrEqual(1);
  });
  it.each([
    'Is Russia abandoning Maduro and preparing for the end of his rule?',
    'By Ana Kovač-Reyes · December 22, 2025',
    'Subscribe to our newsletter for the latest news from Caracas and beyond.',
    'Read more: Venezuela tensions rise as the Navy moves in',
    'Share this article on Facebook, Twitter and by email with friends.',
    'Leave a Reply',
  ])('leaves out questions and page furniture: %s', (s) => {
    expect(checkWorthiness(s)).toBeLessThan(0);
  });
  it('rates opinion below a comparable statement', () => {
    expect(checkWorthiness('I think Washington should stop pressuring Venezuela and talk to Maduro now.')).toBeLessThan(
      checkWorthiness('Washington stopped pressuring Venezuela on Monday, Maduro told reporters in Caracas.'),
    );
  });
});

describe('extractClaims', () => {
  const paragraphs = [
    'Russia begins evacuating diplomats’ families from Venezuela',
    'By Jane Doe · Dec 22, 2025',
    'Russia has begun evacuating the families of its diplomats from Venezuela, a European intelligence official told the Associated Press on Monday. Is this the end? Women and children left first.',
    'More than 10 vehicles with diplomatic plates left the embassy on Monday, witnesses said.',
  ];

  it('keeps positions so a claim can be found in its paragraph', () => {
    const claims = extractClaims(paragraphs);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(paragraphs[c.paragraph]!.slice(c.start, c.end)).toBe(c.text);
    expect(claims.map((c) => c.text)).not.toContain('Is this the end?');
    expect(claims.some((c) => c.text.startsWith('By Jane'))).toBe(false);
  });

  it('ranks by check-worthiness and caps the count', () => {
    const claims = extractClaims(paragraphs, { max: 1 });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toMatch(/^Russia has begun evacuating|^More than 10 vehicles/);
  });

  it('returns nothing for an empty article', () => {
    expect(extractClaims([])).toEqual([]);
    expect(extractClaims(['', '   '])).toEqual([]);
  });

  it('stays bounded on a 20,000-word article', () => {
    const para = 'Officials in Caracas said on Monday that 12 Russian aircraft had landed at Maiquetía airport, according to Reuters. ';
    const huge = Array.from({ length: 1200 }, (_, i) => para.replace('12', String(i + 1)));
    expect(huge.join(' ').split(/\s+/).length).toBeGreaterThan(20_000);
    const claims = extractClaims(huge, { max: 12, maxSentences: 400 });
    expect(claims).toHaveLength(12);
    // Only the first 400 sentences are considered.
    expect(Math.max(...claims.map((c) => c.paragraph))).toBeLessThan(400);
  });
});
