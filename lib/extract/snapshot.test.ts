import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test-support.ts';
import { looksLikeArticle, screenSample } from './gate.ts';
import { MAX_TEXT, extractSnapshot } from './snapshot.ts';
import { SCREEN_CHARS } from '../analysis/screen.ts';

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
