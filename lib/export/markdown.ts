import { stripBidiControls } from '../text/bidi.ts';
import { webUrl } from '../url.ts';

// Characters with a meaning somewhere in CommonMark or GitHub Flavoured Markdown inline text:
// emphasis, code, links and images, raw HTML and entities, table pipes, strikethrough, math,
// and the heading mark. Backslash escapes work for every ASCII punctuation character.
const INLINE_SPECIAL = /[\\`*_[\]<>#|!~&$@{}]/g;
// Controls other than whitespace: invisible, and some renderers turn them into U+FFFD.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// What opens a block when it starts a line: a list item, a setext underline or rule (the
// marks `>`, `#`, `*`, `_`, `|`, `` ` ``, `~` are escaped everywhere already).
const BLOCK_START = /^(?:[-+=]|(\d+)([.)]))/;

/**
 * A page or pack string as inert Markdown inline text: bidirectional controls and other
 * controls dropped, every run of whitespace (newlines included) made one space so the string
 * cannot open a block of its own, Markdown syntax backslash-escaped, and bare URLs, `www.`
 * names and e-mail addresses broken so that GitHub-style renderers do not turn them into links.
 */
export function markdownText(s: string): string {
  const text = stripBidiControls(s).replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(BLOCK_START, (m, digits?: string, mark?: string) => (digits ? `${digits}\\${mark}` : `\\${m}`));
}

/**
 * A web URL as a Markdown link destination: everything but the URL characters that are inert
 * there is percent-encoded, so spaces, line breaks, parentheses, angle brackets and backslashes
 * cannot end the link early or escape its closing parenthesis. An `&` that would read as an
 * entity is backslash-escaped (percent-encoding it would change the query).
 */
export function markdownUrl(href: string): string {
  return href
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, (c) => {
      if (c === '(') return '%28';
      if (c === ')') return '%29';
      try {
        return encodeURIComponent(c);
      } catch {
        return '%EF%BF%BD'; // a lone surrogate: the URL parser would make it U+FFFD too
      }
    })
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * `text` linked to `url` when it is a web URL (http or https); `null` otherwise, so that the
 * caller writes the text alone: a `javascript:` or `data:` link would run or show content.
 */
export function markdownLink(text: string, url: string | null): string | null {
  const href = webUrl(url);
  return href ? `[${markdownText(text)}](${markdownUrl(href)})` : null;
}
