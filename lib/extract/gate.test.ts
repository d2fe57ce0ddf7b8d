import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SCREEN_CHARS } from '../analysis/thresholds.ts';
import { ROOT, fixture } from '../../tests/support/unit.ts';
import { parseMessage } from '../messages.ts';
import { looksLikeArticle, screenSample } from './gate.ts';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The page without its class and id attributes: only its structure left to judge. */
function stripNames(html: string): string {
  return html.replace(/\s(?:class|id)="[^"]*"/g, '');
}

const URL = 'https://x.example/a';

/** One-sentence paragraphs of 70–110 characters, like a tabloid's. */
const SENTENCES = Array.from(
  { length: 25 },
  (_, i) => `Sentence ${i + 1} of the story says the harbour ferry was cancelled again on Tuesday because of the wind.`,
);

function tabloid(paragraphs: string[], wrap = (p: string) => `<p>${p}</p>`): string {
  return `<!doctype html><html lang="en"><head><title>Ferry chaos | The Bugle</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <div class="page"><h1>Ferry chaos again</h1><p class="byline">By A. Writer</p>
    <div class="story-text">${paragraphs.map(wrap).join('\n')}</div></div>
    <footer><p>© The Bugle</p></footer></body></html>`;
}

describe('the short-paragraph gate', () => {
  it('lets a tabloid of one-sentence paragraphs through, its opening in the lead', () => {
    const html = fixture('pages/related-tabloid.html');
    const d = doc(html);
    // The premise: Readability's check alone rejects it (no paragraph reaches 140 characters).
    expect(isProbablyReaderable(d)).toBe(false);
    expect(looksLikeArticle(d)).toBe(true);
    const s = screenSample(d, URL)!;
    expect(s).not.toBeNull();
    expect(s.url).toBe(URL);
    expect(s.title).toBe("PUTIN'S PULLOUT: Kremlin ships diplomats' families out of Venezuela");
    expect(s.language).toBe('en');
    expect(s.lead).toMatch(/^Moscow is quietly getting the wives and kids/);
    expect(s.lead).toContain("Russia has started quietly getting its diplomats' families out of Venezuela");
    expect(s.lead).toContain('The exodus kicked off on Friday, with women and children the first to leave Caracas.');
    // A paragraph under 60 characters is joined to the next one, not dropped.
    expect(s.lead).toContain('Moscow flatly denies any drawdown is under way. Foreign ministry spokeswoman Maria Zakharova');
    expect(s.lead.length).toBeGreaterThan(1500);
    expect(s.lead.length).toBeLessThanOrEqual(SCREEN_CHARS + 600);
    // Not the navigation, the "read more" link, the share line or the sidebar.
    expect(s.lead).not.toMatch(/READ MORE|ghost tankers|Share:|Panto|Boxing Day/);
    expect(d.documentElement.outerHTML).toBe(doc(html).documentElement.outerHTML);
  });

  it('lets a page of 25 one-sentence paragraphs through, plain or each wrapped in a <div>', () => {
    for (const html of [tabloid(SENTENCES), tabloid(SENTENCES, (p) => `<div class="para"><p>${p}</p></div>`)]) {
      const d = doc(html);
      expect(isProbablyReaderable(d)).toBe(false);
      const s = screenSample(d, URL)!;
      expect(s).not.toBeNull();
      expect(s.lead.startsWith(SENTENCES[0]!)).toBe(true);
      expect(s.lead).toContain(SENTENCES[5]!);
      expect(s.lead).not.toMatch(/By A. Writer|The Bugle/);
      // Up to SCREEN_CHARS of paragraph text (the blank lines between paragraphs aside).
      expect(s.lead.replace(/\n\n/g, '').length).toBeLessThanOrEqual(SCREEN_CHARS);
      expect(s.lead.length).toBeGreaterThan(SCREEN_CHARS - 100);
    }
  });

  it('lets a live blog of short timestamped entries through', () => {
    const d = doc(fixture('pages/short-live-blog.html'));
    expect(isProbablyReaderable(d)).toBe(false);
    const s = screenSample(d, URL)!;
    expect(s).not.toBeNull();
    expect(s.lead).toContain('The Met office has extended its amber wind warning until midnight for the whole coastline.');
    expect(s.lead).toContain('Harbour officials say all afternoon ferry sailings');
    // The same page without its class names: the timestamps and the structure are enough.
    expect(screenSample(doc(stripNames(fixture('pages/short-live-blog.html'))), URL)).not.toBeNull();
  });

  it('lets a tabloid through whose paragraphs are broken up by "read more" boxes of links', () => {
    const box = (i: number) =>
      `<div class="inline-links"><strong>READ MORE</strong><ul>${[1, 2, 3].map((k) => `<li><a href="/r/${i}/${k}">Another headline about a different ferry story, number ${k}</a></li>`).join('')}</ul></div>`;
    // Two boxes among the first five paragraphs: too many links there, but not over the first ten.
    const html = tabloid(SENTENCES.slice(0, 20), (p) => `<p>${p}</p>${/^Sentence (1|3|12|18) /.test(p) ? box(p.length) : ''}`);
    expect(html.match(/READ MORE/g)!.length).toBe(4);
    const s = screenSample(doc(html), URL)!;
    expect(s).not.toBeNull();
    expect(s.lead.startsWith(SENTENCES[0]!)).toBe(true);
    expect(s.lead).not.toMatch(/READ MORE|Another headline/);
  });

  it('lets a live blog through whose entries carry their times as text', () => {
    const entries = SENTENCES.slice(0, 8)
      .map((p, i) => `<div class="block"><p class="block-time">${10 + i}.0${i} GMT</p><div class="block-elements"><p>${p}</p></div></div>`)
      .join('');
    expect(screenSample(doc(`<html><body><div class="live-feed">${entries}</div></body></html>`), URL)).not.toBeNull();
    // The same entries with a name instead of a time: posts of some kind, not a live blog.
    const untimed = entries.replace(/<p class="block-time">[^<]*<\/p>/g, '<span class="by">Jo Bloggs</span>');
    expect(screenSample(doc(`<html><body><div class="live-feed">${untimed}</div></body></html>`), URL)).toBeNull();
  });

  it('lets a six-paragraph wire brief through', () => {
    const d = doc(fixture('pages/short-wire-brief.html'));
    expect(isProbablyReaderable(d)).toBe(false);
    const s = screenSample(d, URL)!;
    expect(s.lead).toMatch(/^Dock workers at Kestrel Bay returned to work on Tuesday/);
    expect(s.lead).not.toMatch(/KESTREL BAY, Nov 18|Reporting by/);
  });

  it.each(['short-landing.html', 'short-comment-thread.html', 'short-product-listing.html', 'short-search-results.html'])(
    'keeps out %s',
    (name) => {
      const d = doc(fixture(`pages/${name}`));
      expect(isProbablyReaderable(d)).toBe(false);
      expect(looksLikeArticle(d)).toBe(false);
      expect(screenSample(d, URL)).toBeNull();
    },
  );

  it.each(['short-landing.html', 'short-product-listing.html', 'short-search-results.html'])(
    'keeps out %s on its structure alone, without class names',
    (name) => {
      expect(screenSample(doc(stripNames(fixture(`pages/${name}`))), URL)).toBeNull();
    },
  );

  it('keeps out short sentences in a menu, a form, a dialog or a hidden block', () => {
    const block = SENTENCES.slice(0, 10).map((p) => `<p>${p}</p>`).join('');
    for (const wrapper of [
      (b: string) => `<nav>${b}</nav>`,
      (b: string) => `<form>${b}</form>`,
      (b: string) => `<div role="dialog">${b}</div>`,
      (b: string) => `<div class="cookie-banner">${b}</div>`,
      (b: string) => `<div hidden>${b}</div>`,
      (b: string) => `<div style="display: none">${b}</div>`,
      (b: string) => `<section class="comments">${b}</section>`,
    ]) {
      expect(screenSample(doc(`<html><body><main>${wrapper(block)}</main></body></html>`), URL)).toBeNull();
    }
  });

  it('keeps out a list of headlines and fragments that are not sentences', () => {
    const items = SENTENCES.map((p, i) => `<p><a href="/s/${i}">${p}</a></p>`).join('');
    expect(screenSample(doc(`<html><body><div>${items}</div></body></html>`), URL)).toBeNull();
    const teasers = SENTENCES.map((p) => `<p>${p.slice(0, 80)}…</p>`).join('');
    expect(screenSample(doc(`<html><body><div>${teasers}</div></body></html>`), URL)).toBeNull();
    const fragments = Array.from({ length: 30 }, (_, i) => `<p>Item ${i}: blue cotton shirt, size M, free returns</p>`).join('');
    expect(screenSample(doc(`<html><body><div>${fragments}</div></body></html>`), URL)).toBeNull();
  });

  it('keeps out a flat list of headlines and their blurbs', () => {
    const list = SENTENCES.slice(0, 12)
      .map((p, i) => `<h3><a href="/story/${i}">Ferry chaos as the harbour closes for the ${i + 1}th time this winter</a></h3><p>${p}</p>`)
      .join('');
    expect(screenSample(doc(`<html><body><div class="stories">${list}</div></body></html>`), URL)).toBeNull();
  });

  it('needs more than four sentences', () => {
    expect(screenSample(doc(tabloid(SENTENCES.slice(0, 4))), URL)).toBeNull();
    expect(screenSample(doc(tabloid(SENTENCES.slice(0, 6))), URL)).not.toBeNull();
  });

  it('reads no more than a few hundred paragraphs', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Menu item ${i}</p>`).join('');
    const story = SENTENCES.map((p) => `<p>${p}</p>`).join('');
    expect(screenSample(doc(`<html><body><div>${filler(100)}</div><div>${story}</div></body></html>`), URL)).not.toBeNull();
    // The story starts after the 400th paragraph: not read.
    expect(screenSample(doc(`<html><body><div>${filler(450)}</div><div>${story}</div></body></html>`), URL)).toBeNull();
  });

  it('gives the same result as before on pages Readability already judges', () => {
    const real = readdirSync(join(ROOT, 'tests/fixtures/news-pages'))
      .filter((n) => !n.includes('.'))
      .map((n) => `news-pages/${n}/source.html`);
    const pages = readdirSync(join(ROOT, 'tests/fixtures/pages'))
      .filter((n) => n.endsWith('.html') && !n.startsWith('short-') && n !== 'related-tabloid.html')
      .map((n) => `pages/${n}`);
    expect(real.length).toBeGreaterThanOrEqual(8);
    for (const path of [...real, ...pages]) {
      const d = doc(fixture(path));
      expect({ path, gate: looksLikeArticle(d) }).toEqual({ path, gate: isProbablyReaderable(d) });
    }
    for (const path of real) expect({ path, gate: looksLikeArticle(doc(fixture(path))) }).toEqual({ path, gate: true });
    expect(screenSample(doc(fixture('pages/no-article.html')), URL)).toBeNull();
    expect(screenSample(doc(fixture('pages/empty.html')), URL)).toBeNull();
  });
});

describe('the screen sample of a page whose lang attribute is not a language tag', () => {
  it('drops a 200-character lang instead of sending a malformed sample', () => {
    const html = `<html lang="${'x'.repeat(200)}"><head><title>Russia evacuates diplomats' families from Venezuela</title></head><body><article>${'<p>Russia has begun evacuating the families of its diplomats from Venezuela, according to a European intelligence official who spoke on condition of anonymity.</p>'.repeat(6)}</article></body></html>`;
    const sample = screenSample(parseHTML(html).document as unknown as Document, 'https://x.example/')!;
    expect(sample.language).toBeNull();
    expect(parseMessage({ type: 'screen', payload: sample })).not.toBeNull();
  });
});
