import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/support/unit.ts';
import { looksLikeArticle, screenSample } from './gate.ts';
import { MAX_ELEMENTS, MAX_PARAGRAPH, MAX_TEXT, boundParagraphs, countStartTags, extractArticle, extractSnapshot, extractSnapshotSliced } from './snapshot.ts';
import { pageLanguage } from './text.ts';
import { parseMessage } from '../messages.ts';
import { SCREEN_CHARS } from '../analysis/thresholds.ts';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('extractSnapshot', () => {
  it('extracts title, byline, site, date, language and paragraphs', () => {
    const d = doc(fixture('pages/demo-russia-evacuation.html'));
    expect(looksLikeArticle(d)).toBe(true);
    const s = extractSnapshot(d, 'https://ledger.example/a')!;
    expect(s.url).toBe('https://ledger.example/a');
    expect(s.title).toMatch(/Russia begins pulling diplomats' families out of Venezuela/);
    expect(s.byline).toMatch(/Lucía Almagro-Whitfield/);
    expect(s.siteName).toBe('The Caribbean Ledger');
    expect(s.publishedTime).toMatch(/^2025-12-22/);
    expect(s.language).toBe('en');
    expect(s.paragraphs.length).toBeGreaterThan(8);
    expect(s.text).toBe(s.paragraphs.join('\n\n'));
    expect(s.text).not.toMatch(/Subscribe to our newsletter/i);
  });

  it('does not modify the page', () => {
    const d = doc(fixture('pages/demo-russia-evacuation.html'));
    const before = d.documentElement.outerHTML;
    extractSnapshot(d, 'https://x.example/');
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('keeps markup in a hostile page as plain text', () => {
    const s = extractSnapshot(doc(fixture('pages/hostile-title.html')), 'https://x.example/')!;
    expect(s.title).toContain('<img src=x onerror=alert(1)>');
    // Paragraphs are text: no element from the page survives as markup to render.
    expect(s.paragraphs.join(' ')).not.toMatch(/<span[^>]*onclick/);
  });

  it('gates out pages without an article', () => {
    expect(looksLikeArticle(doc(fixture('pages/no-article.html')))).toBe(false);
    expect(looksLikeArticle(doc(fixture('pages/empty.html')))).toBe(false);
    expect(extractSnapshot(doc(fixture('pages/empty.html')), 'https://x.example/')).toBeNull();
  });

  it('bounds the text of a 5 MB page', () => {
    const para = '<p>' + 'Russia evacuated the families of its diplomats from Venezuela, officials said. '.repeat(12) + '</p>';
    const html = `<html lang="en"><head><title>Long</title></head><body><article><h1>Long</h1>${para.repeat(5_500)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const s = extractSnapshot(doc(html), 'https://x.example/')!;
    expect(s.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(s.paragraphs.length).toBeGreaterThan(100);
  });

  it('samples the title and opening paragraphs for the screen, without touching the page', () => {
    const d = doc(fixture('pages/demo-russia-evacuation.html'));
    const before = d.documentElement.outerHTML;
    const s = screenSample(d, 'https://ledger.example/a')!;
    expect(s.title).toMatch(/Russia begins pulling diplomats' families out of Venezuela/);
    expect(s.lead.length).toBeGreaterThan(300);
    expect(s.lead.length).toBeLessThanOrEqual(SCREEN_CHARS + 600);
    expect(s.lead).toMatch(/Venezuela/);
    expect(s.lead).not.toMatch(/Subscribe to our newsletter/i);
    expect(d.documentElement.outerHTML).toBe(before);
    expect(screenSample(doc(fixture('pages/no-article.html')), 'https://x.example/')).toBeNull();
  });

  it('bounds the sample of a page that is one huge block of text', () => {
    const html = `<html><body><div>${'Russia evacuated diplomats from Venezuela, officials said. <br>'.repeat(80_000)}</div></body></html>`;
    const s = screenSample(doc(html), 'https://x.example/');
    expect(s).not.toBeNull();
    expect(s!.lead.length).toBeLessThanOrEqual(SCREEN_CHARS);
  });
});

describe('extraction of very large pages', () => {
  const article = fixture('pages/demo-russia-evacuation.html');
  const thread = (attrs: string) => `<section ${attrs}><ul>${'<li><b>Reader</b> <i>wrote</i> <span>a comment</span></li>'.repeat(800)}</ul></section>`;

  it('reads the same article with a 3,200-element comment thread as without it', () => {
    const plain = extractSnapshot(doc(article), 'https://x.example/')!;
    const big = extractSnapshot(doc(article.replace('</body>', `${thread('id="comments"')}</body>`)), 'https://x.example/')!;
    expect(big.paragraphs).toEqual(plain.paragraphs);
    expect(big.text).not.toMatch(/a comment/);
  });

  it('still finds text that lives only inside an "unlikely" container (Readability’s retry)', () => {
    // A blog whose whole post sits in a container named like a sidebar: pruning must not lose it.
    const post = `<p>${'Russia flew the families of its diplomats out of Caracas on Friday, the embassy said. '.repeat(6)}</p>`.repeat(4);
    const html = `<html><head><title>Post</title></head><body><div class="sidebar-layout"><h1>Post</h1>${post}${'<span>x</span>'.repeat(2_100)}</div></body></html>`;
    const s = extractSnapshot(doc(html), 'https://x.example/')!;
    expect(s).not.toBeNull();
    expect(s.text).toMatch(/families of its diplomats/);
  });

  it('the sliced extraction pauses between clone and parse and gives the same snapshot', async () => {
    const d = doc(article.replace('</body>', `${thread('class="comment-list"')}</body>`));
    let pauses = 0;
    const sliced = await extractSnapshotSliced(d, 'https://x.example/', async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    expect(sliced).toEqual(extractSnapshot(d, 'https://x.example/'));
  });
});

describe('bounds checked before and after parsing (issue 13)', () => {
  it('counts the elements of raw HTML without parsing it, skipping comments, scripts and styles', () => {
    expect(countStartTags('<html><body><p>a <b>b</b></p><!-- <p><p> --><script>if (a<b) "<div>"</script><STYLE>x<y{}</STYLE><br/></body></html>')).toBe(7);
    expect(countStartTags('a < b, 3<4, <!doctype html>, </p>')).toBe(0);
    // An unclosed comment or script hides the rest, as it does for a parser.
    expect(countStartTags('<p>x<!-- <p><p>')).toBe(1);
    expect(countStartTags('<p><script><p><p>')).toBe(2);
    const html = '<li><b>x</b></li>'.repeat(30_001);
    expect(countStartTags(html)).toBe(60_002);
    expect(countStartTags(html, MAX_ELEMENTS)).toBe(MAX_ELEMENTS + 1);
  });

  it('counts the tags of a 17 MB page in well under a second', () => {
    const html = `<html><body>${'<li><b>Reader</b> wrote: <span>a comment about the story, long enough to weigh</span></li>'.repeat(200_000)}</body></html>`;
    expect(html.length).toBeGreaterThan(17_000_000);
    const started = performance.now();
    expect(countStartTags(html)).toBe(600_002);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('says how long the article was when MAX_TEXT cut it', () => {
    const para = '<p>' + 'Russia evacuated the families of its diplomats from Venezuela, officials said. '.repeat(12) + '</p>';
    const html = `<html lang="en"><head><title>Long</title></head><body><article><h1>Long</h1>${para.repeat(600)}</article></body></html>`;
    const { snapshot, fullLength } = extractArticle(doc(html), 'https://x.example/');
    expect(snapshot!.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(fullLength).toBeGreaterThan(MAX_TEXT);
    const short = extractArticle(doc(fixture('pages/demo-russia-evacuation.html')), 'https://x.example/');
    expect(short.fullLength).toBe(short.snapshot!.text.length);
  });
});

describe('page language (issue 13)', () => {
  const page = (attrs: string, head = '') =>
    doc(`<html ${attrs}><head><title>T</title>${head}</head><body><article><h1>T</h1>${'<p>Russia flew the families of its diplomats out of Caracas on Friday, the embassy said in a statement.</p>'.repeat(8)}</article></body></html>`);

  it('ignores a lang attribute over 64 characters, so the snapshot is not refused as malformed', () => {
    const s = extractSnapshot(page(`lang="${'english'.repeat(10)}"`), 'https://x.example/')!;
    expect(s.language).toBeNull();
    expect(parseMessage({ type: 'analyze', payload: s })).not.toBeNull();
  });

  it('falls back to the content-language meta when the lang attribute is not a language tag', () => {
    const s = extractSnapshot(page('lang="{{ page.lang }}"', '<meta http-equiv="content-language" content="es">'), 'https://x.example/')!;
    expect(s.language).toBe('es');
  });

  it('keeps ordinary tags, and the first subtags of a long but valid one', () => {
    expect(pageLanguage(page('lang=" en-US "'))).toBe('en-US');
    expect(pageLanguage(page('lang="pt_BR"'))).toBe('pt_BR');
    expect(pageLanguage(page('lang="en-US-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd"'))).toBe('en-US-x-aaaaaaaa-bbbbbbbb-cccccccc');
    expect(pageLanguage(page(''))).toBeNull();
  });
});

describe('paragraph size (issue 13)', () => {
  it('splits a 320,000-character paragraph at sentence ends, losing no text, so the background accepts the snapshot', () => {
    const sentence = 'Russia evacuated the families of its diplomats from Venezuela, officials said. ';
    const html = `<html lang="en"><head><title>Long</title></head><body><article><h1>Long</h1><p>${sentence.repeat(4000)}</p></article></body></html>`;
    const s = extractSnapshot(doc(html), 'https://x.example/')!;
    expect(s.paragraphs.length).toBeGreaterThan(30);
    expect(Math.max(...s.paragraphs.map((p) => p.length))).toBeLessThanOrEqual(MAX_PARAGRAPH);
    expect(s.paragraphs.every((p) => p.endsWith('officials said.'))).toBe(true);
    expect(s.paragraphs.join(' ')).toBe(sentence.repeat(4000).trim());
    expect(parseMessage({ type: 'analyze', payload: s })).not.toBeNull();
  });

  it('splits at a space, or anywhere, when a paragraph has no sentence end', () => {
    const words = boundParagraphs(['word '.repeat(5_000).trim()]).paragraphs;
    expect(words.every((p) => p.length <= MAX_PARAGRAPH && !p.startsWith(' ') && p.startsWith('word'))).toBe(true);
    expect(words.join(' ')).toBe('word '.repeat(5_000).trim());
    const blob = boundParagraphs(['x'.repeat(25_000)]).paragraphs;
    expect(blob.map((p) => p.length)).toEqual([10_000, 10_000, 5_000]);
  });
});
