import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/support/unit.ts';
import { parseClaimReviews, readClaimReviews, simpleHtmlToText } from './claimreview.ts';
import { factCheckLinks, validatePack } from './format.ts';

const read = (name: string) => parseClaimReviews(fixture(`claimreview/${name}`));

describe('readClaimReviews: JSON-LD forms', () => {
  it('reads a single ClaimReview into a fact-check document', () => {
    const { documents, warnings } = read('single.jsonld');
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(1);
    const d = documents[0]!;
    expect(d).toMatchObject({
      url: 'https://checkdesk.example/reviews/bridge-closed',
      title: 'No, the river bridge was not closed for a year',
      outlet: 'Checkdesk Example',
      author: null,
      published: '2025-11-04',
      language: 'en',
      text: 'The bridge was shut for two weekends of repairs.\n\nCity records list both dates; traffic resumed each Monday.',
      sources: [],
      kind: 'fact-check',
      review: {
        claimReviewed: 'The city closed the river bridge for a whole year.',
        claimant: 'A council candidate',
        claimDate: '2025-11-01',
        appearanceUrl: 'https://video.example/watch/123',
        rating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
        normalizedRating: 'false',
      },
    });
    expect(d.id).toMatch(/^factcheck-[0-9a-f]{16}$/);
    expect(d.review.claimGroup).toMatch(/^claim-[0-9a-f]{16}$/);
  });

  it('gives the same ids on every read (ids survive rebuilds)', () => {
    expect(read('datafeed.json').documents.map((d) => d.id)).toEqual(read('datafeed.json').documents.map((d) => d.id));
  });

  it('reads a list, http and https contexts, @type as a list or prefixed, Language objects, numbers as strings, and a Person author', () => {
    const { documents } = read('list.jsonld');
    expect(documents.map((d) => [d.language, d.outlet, d.author, d.review.normalizedRating])).toEqual([
      ['es', 'Verifica Ejemplo', null, 'mostly-false'],
      ['en', 'Checkdesk Example', 'R. Example', 'true'],
    ]);
    expect(documents[0]!.review.claimant).toBe('Una cuenta anónima');
    expect(documents[0]!.published).toBe('2025-10-12T09:30:00-03:00');
    // No review text: the claim stands in for it.
    expect(documents[0]!.text).toBe('El precio del pan se triplicó en octubre.');
    expect(documents[1]!.review.rating).toEqual({ alternateName: null, ratingValue: 4, bestRating: 4, worstRating: 0 });
  });

  it('reads @graph, nested too, and skips other types with one warning per type', () => {
    const { documents, warnings } = read('graph.jsonld');
    expect(documents.map((d) => d.title)).toEqual(['The ferry fare rose by 10%, not 50%', 'Yes, the ferry now sails hourly']);
    expect(documents.map((d) => d.review.normalizedRating)).toEqual(['mostly-false', 'true']);
    expect(documents[0]!.review.claimant).toBe('A local newsletter');
    expect(warnings).toContain('skipped item 1 (@graph[0]) of type "WebSite": not a ClaimReview');
    expect(warnings).toContain('skipped item 2 (@graph[1]) of type "Organization": not a ClaimReview');
    expect(warnings.filter((w) => w.includes('no reviewRating'))).toEqual([]);
  });

  it('reads a DataFeed (items holding one review or a list), groups reviews of one claim, and collapses a repeated review URL', () => {
    const { documents, warnings, feed } = read('datafeed.json');
    expect(feed).toEqual({ name: 'Checkdesk Example fact-checks (test fixture)', publisher: 'Checkdesk Example' });
    expect(documents.map((d) => d.url)).toEqual(['https://checkdesk.example/reviews/park', 'https://othercheck.example/park-sale', 'https://checkdesk.example/reviews/tram']);
    // The same claim (case and punctuation aside) from two fact-checkers: one group.
    expect(documents[0]!.review.claimGroup).toBe(documents[1]!.review.claimGroup);
    expect(documents[2]!.review.claimGroup).not.toBe(documents[0]!.review.claimGroup);
    expect(warnings).toEqual([
      'item 3 (dataFeedElement[1].item, "https://checkdesk.example/reviews/park#again"): the same review as item 1; kept once',
    ]);
    expect(documents.map((d) => d.review.normalizedRating)).toEqual(['false', 'false', 'mixed']);
  });
});

describe('readClaimReviews: fact-check search API JSON', () => {
  it('makes one document per review, sharing the claim group, and warns of claims without reviews', () => {
    const { documents, warnings } = read('api.json');
    expect(documents).toHaveLength(3);
    const [a, b, c] = documents;
    expect(a).toMatchObject({
      url: 'https://checkdesk.example/reviews/harbour',
      title: 'Harbour closure: only one pier, for six weeks',
      outlet: 'Checkdesk Example',
      published: '2025-08-03T00:00:00Z',
      language: 'en',
      text: 'The harbour will be closed to all ships for six months.',
      review: { claimant: 'A shipping blog', claimDate: '2025-08-01T00:00:00Z', appearanceUrl: null, normalizedRating: 'mostly-false', rating: { alternateName: 'Misleading', ratingValue: null } },
    });
    expect(b!.outlet).toBe('othercheck.example');
    expect(b!.review.normalizedRating).toBe('false');
    expect(a!.review.claimGroup).toBe(b!.review.claimGroup);
    expect(c!.language).toBe('es');
    expect(c!.review.normalizedRating).toBe('other');
    expect(warnings).toEqual([
      'claims[2]: the claim has no claimReview; skipped',
      'item 3 (claims[1].claimReview[0], "https://verifica.example/notas/puerto"): no reviewRating; the rating is "other"',
    ]);
  });
});

describe('readClaimReviews: untidy data', () => {
  it('strips HTML, keeps non-web URLs as inert text, drops unusable numbers and dates, and names each item', () => {
    const { documents, warnings } = read('untidy.jsonld');
    const [html, script, range] = documents;
    expect(html!.review.claimReviewed).toBe('The school year will be two weeks shorter & start in October 2026.');
    expect(html!.title).toBe('A claim with markup');
    expect(html!.published).toBeNull();
    expect(html!.review.appearanceUrl).toBe('data:text/html,<b>hi</b>');
    expect(factCheckLinks(html!)).toEqual({ url: 'https://checkdesk.example/reviews/html-claim', appearanceUrl: null });
    expect(script!.url).toBe('javascript:alert(1)');
    expect(factCheckLinks(script!).url).toBeNull();
    expect(script!.review.rating.alternateName).toBe('Falso');
    expect(script!.review.normalizedRating).toBe('false');
    expect(range!.review.rating).toEqual({ alternateName: null, ratingValue: null, bestRating: 5, worstRating: 1 });
    expect(range!.review.normalizedRating).toBe('other');
    expect(range!.language).toBe('en');
    expect([...warnings].sort()).toEqual([
      'item 1 (@graph[0], "https://checkdesk.example/reviews/html-claim"): no reviewRating; the rating is "other"',
      'item 1 (@graph[0], "https://checkdesk.example/reviews/html-claim"): the appearance URL "data:text/html,<b>hi</b>" is not an http(s) URL: kept as text, never shown as a link',
      'item 1 (@graph[0], "https://checkdesk.example/reviews/html-claim"): the review date "20 November 2025" is not an ISO 8601 date; left out',
      'item 2 (@graph[1], "javascript:alert(1)"): the ratingValue "Falso" is not a number; read as the rating\'s text',
      'item 2 (@graph[1], "javascript:alert(1)"): the review URL "javascript:alert(1)" is not an http(s) URL: kept as text, never shown as a link',
      'item 3 (@graph[2], "https://checkdesk.example/reviews/out-of-range"): the language "English" is not a language tag; read as en',
      'item 3 (@graph[2], "https://checkdesk.example/reviews/out-of-range"): the ratingValue 9 is outside its scale (1 to 5); the number was left out',
      'skipped item 4 (@graph[3]) of type "VideoObject": not a ClaimReview',
      'skipped 2 items from item 5 (@graph[4]) on of type "WebPage": not a ClaimReview',
    ].sort());
  });

  it('refuses a review without a claim, naming its number, place and URL', () => {
    expect(() => read('no-claim.jsonld')).toThrow('item 2 ([1], "https://checkdesk.example/reviews/no-claim"): the review has no claim (claimReviewed is missing or empty)');
    expect(() => readClaimReviews({ claims: [{ claimReview: [{ url: 'https://x.example/r' }] }] })).toThrow(
      'item 1 (claims[0].claimReview[0], "https://x.example/r"): the review has no claim (claimReviewed: the claim text is missing or empty)',
    );
  });

  it('cuts a 1 MB claim to the pack bound, with a warning, so the document is a valid pack document', () => {
    const claim = 'The bridge was closed. '.repeat(45_000);
    const { documents, warnings } = readClaimReviews({ '@type': 'ClaimReview', url: 'https://x.example/long', claimReviewed: claim });
    expect(documents[0]!.review.claimReviewed).toHaveLength(10_000);
    expect(documents[0]!.review.claimReviewed.endsWith('…')).toBe(true);
    expect(warnings).toContain('item 1 (the top level, "https://x.example/long"): the claim is 1,034,999 characters; cut to 10,000');
    const pack = { format: 'fact-compare-pack', formatVersion: 2, id: 'p', title: 'P', publisher: 'P', revision: 1, created: '2026', expires: null, documents };
    expect(validatePack(JSON.parse(JSON.stringify(pack))).documents).toEqual(documents);
  });

  it('refuses a review URL longer than a pack allows, and input with no ClaimReview or another vocabulary', () => {
    expect(() => readClaimReviews({ '@type': 'ClaimReview', url: `https://x.example/${'a'.repeat(4000)}`, claimReviewed: 'x' })).toThrow(
      /item 1 \(the top level, "https:\/\/x\.example\/a+…"\): the review URL is 4,018 characters \(at most 4,000\)/,
    );
    expect(() => readClaimReviews({ '@type': 'WebPage' })).toThrow(/holds no ClaimReview/);
    expect(() => readClaimReviews({ '@context': 'https://vocab.example/', '@type': 'ClaimReview', claimReviewed: 'x' })).toThrow(
      'the @context is "https://vocab.example/", not schema.org: this is not ClaimReview data this version reads',
    );
    expect(() => parseClaimReviews('{"@type": "ClaimReview",')).toThrow(/The ClaimReview file is not valid JSON/);
  });

  it('reads @context in its other accepted forms, and none', () => {
    for (const ctx of [undefined, 'https://schema.org', 'http://schema.org/', ['https://schema.org', { x: 'y' }], { '@vocab': 'https://schema.org/' }]) {
      expect(readClaimReviews({ '@context': ctx, '@type': 'ClaimReview', claimReviewed: 'A claim' }).documents).toHaveLength(1);
    }
  });

  it('gives a review without URL a stable id from its @id, or its fact-checker, claim and date', () => {
    const a = readClaimReviews({ '@type': 'ClaimReview', '@id': '#r1', claimReviewed: 'A claim' }).documents[0]!;
    const b = readClaimReviews({ '@type': 'ClaimReview', '@id': '#r1', claimReviewed: 'Another claim' }).documents[0]!;
    expect(a.id).toBe(b.id);
    const c = readClaimReviews([{ '@type': 'ClaimReview', claimReviewed: 'A claim' }, { '@type': 'ClaimReview', claimReviewed: 'A claim' }]);
    expect(c.documents).toHaveLength(1);
  });
});

describe('simpleHtmlToText', () => {
  it('drops tags, scripts and decodes entities, leaving comparisons that look like tags alone', () => {
    expect(simpleHtmlToText('a <b>bold</b> &amp; &#233;&#x00e9; &ntilde; <script>x()</script>')).toBe('a bold & éé ñ  ');
    expect(simpleHtmlToText('3 < 5 and 6 > 2')).toBe('3 < 5 and 6 > 2');
    expect(simpleHtmlToText('&bogus; &#xd800;')).toBe('&bogus; &#xd800;');
  });
});

describe('readClaimReviews on mutated input (fuzz)', () => {
  it('either refuses with a PackError or returns documents that a pack accepts, for 300 mutated fixtures', async () => {
    const { ODD_STRINGS, rng } = await import('../../tests/support/fuzz.ts');
    const { PackError } = await import('./fields.ts');
    const r = rng(15);
    const files = ['single.jsonld', 'list.jsonld', 'graph.jsonld', 'datafeed.json', 'api.json', 'untidy.jsonld'];
    const odd: unknown[] = [...ODD_STRINGS, null, 0, -1, 1e308, [], {}, [null], { '@value': 'x' }, 'javascript:alert(1)', 'x'.repeat(20_000)];
    const mutate = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(mutate);
      if (typeof v === 'object' && v !== null) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) if (!r.chance(0.05)) out[k] = r.chance(0.1) ? r.pick(odd) : mutate(x);
        return out;
      }
      return v;
    };
    for (let i = 0; i < 300; i++) {
      const value = mutate(JSON.parse(fixture(`claimreview/${r.pick(files)}`)));
      let result;
      try {
        result = readClaimReviews(value);
      } catch (e) {
        expect(e, JSON.stringify(value).slice(0, 300)).toBeInstanceOf(PackError);
        continue;
      }
      const pack = { format: 'fact-compare-pack', formatVersion: 2, id: 'p', title: 'P', publisher: 'P', revision: 1, created: '2026', expires: null, documents: result.documents };
      expect(validatePack(JSON.parse(JSON.stringify(pack))).documents).toEqual(result.documents);
    }
  });
});
