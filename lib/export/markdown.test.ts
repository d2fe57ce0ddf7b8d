import { describe, expect, it } from 'vitest';
import { markdownLink, markdownText, markdownUrl } from './markdown.ts';

describe('Markdown text and links', () => {
  it('keeps a string on its line and inert: blocks, HTML, entities, images, links and autolinks are escaped', () => {
    expect(markdownText('2025-12-22\n\n# Corroborated\n![x](https://evil.example/p.png)')).toBe('2025-12-22 \\# Corroborated \\!\\[x\\](https\\://evil.example/p.png)');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('12) item')).toBe('12\\) item');
    expect(markdownText('<img src=x> &#x202E; a | b')).toBe('\\<img src=x\\> \\&\\#x202E; a \\| b');
    expect(markdownText('see www.evil.example or a@evil.example')).toBe('see www\\.evil.example or a\\@evil.example');
    expect(markdownText('ends in \\')).toBe('ends in \\\\');
    expect(markdownText('a\u202Eb\u0000c\u2028d')).toBe('abc d');
  });

  it('percent-encodes what could end or escape a link destination', () => {
    expect(markdownUrl('https://a.example/x y(1)<2>\\\n')).toBe('https://a.example/x%20y%281%29%3C2%3E%5C%0A');
    expect(markdownUrl('https://a.example/?q=1&amp;r=2')).toBe('https://a.example/?q=1\\&amp;r=2');
    expect(markdownLink('T', 'https://a.example/#frag\\')).toBe('[T](https://a.example/#frag%5C)');
    expect(markdownLink('T', 'javascript:alert(1)')).toBeNull();
  });
});
