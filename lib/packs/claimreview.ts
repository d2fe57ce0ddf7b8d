/**
 * Reads published fact-checks (schema.org ClaimReview) in the forms they are
 * published in, and turns each review into a pack document of kind
 * "fact-check". The field mapping is in FORMAT.md ("ClaimReview input").
 *
 * Forms read:
 * - JSON-LD: one ClaimReview, a list, an object with `@graph` (nested too),
 *   a DataFeed whose `dataFeedElement` items hold ClaimReviews (as public
 *   fact-check feeds do); `@context` http(s)://schema.org or absent, `@type`
 *   a string or a list;
 * - the JSON of fact-check search APIs: `{ claims: [ { text, claimant,
 *   claimDate, claimReview: [ { publisher, url, title, reviewDate,
 *   textualRating, languageCode } ] } ] }`.
 *
 * Published data is untidy, so the reader is lenient where the meaning is
 * clear (it warns and goes on) and refuses, naming the item, where a
 * document would be wrong: a review without a claim, a URL longer than a
 * pack allows. Compact JSON-LD is walked as JSON: a full JSON-LD processor
 * would fetch remote contexts, which a build tool reading someone's file
 * should not do, and every publisher of ClaimReview writes compact schema.org.
 */
import { fnv1a } from '../text/hash.ts';
import { PackError, isoDate, quote } from './fields.ts';
import {
  MAX_CLAIM_LENGTH,
  MAX_NAME_LENGTH,
  MAX_RATING_NUMBER,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  parseJsonText,
  validateDocument,
  type FactCheckDocument,
  type PublishedRatingFields,
} from './format.ts';
import { normalizeRating, normalizeText } from './rating.ts';
import { webUrl } from '../url.ts';

export interface ClaimReviewOptions {
  /** Language of reviews that state none (BCP 47); default "en". */
  language?: string;
  /**
   * Turns HTML (a claim or review body with markup) into plain text. The
   * default handles tags and the common entities; the pack CLI passes a real
   * HTML parser.
   */
  htmlToText?: (html: string) => string;
  /**
   * For reviews embedded in a web page (JSON-LD in its HTML): the page's
   * article text, the review text of a review that gives no reviewBody,
   * description or articleBody; and the page's URL, for a review without one.
   */
  page?: { text: string | null; url: string | null };
}

/** What a DataFeed says about itself, for a pack header. */
export interface ClaimReviewFeedInfo {
  name: string | null;
  publisher: string | null;
}

export interface ClaimReviewResult {
  /** One document per review, in the order found; reviews of the same URL collapse to the first. */
  documents: FactCheckDocument[];
  /** Input used, but not whole or not as given: one sentence each, naming the item. */
  warnings: string[];
  /** The DataFeed's own name and publisher, when the input is a feed that states them. */
  feed: ClaimReviewFeedInfo;
}

/** A review as found, before it becomes a document. */
interface Found {
  /** "item 3 (dataFeedElement[2].item, https://…)": names the review in messages. */
  label: string;
  url: string | null;
  atId: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: unknown;
  language: unknown;
  text: string | null;
  claim: string | null;
  claimant: string | null;
  claimDate: unknown;
  appearance: string | null;
  rating: { alternateName: unknown; ratingValue: unknown; bestRating: unknown; worstRating: unknown } | null;
}

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `@type` as a list of schema.org names ("schema:ClaimReview" and "https://schema.org/ClaimReview" are "ClaimReview"). */
function types(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
}

const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

/** Whether a `@context` is schema.org: the URL (http or https), an object whose @vocab is, or a list holding one. */
function schemaContext(ctx: unknown): boolean {
  if (typeof ctx === 'string') return SCHEMA_ORG.test(ctx.trim());
  if (Array.isArray(ctx)) return ctx.some(schemaContext);
  if (isNode(ctx)) return typeof ctx['@vocab'] === 'string' && SCHEMA_ORG.test(ctx['@vocab'].trim());
  return false;
}

/** The first non-null reading of a JSON-LD list's items (a property may hold one value or several). */
function firstOf(list: readonly unknown[], read: (v: unknown) => string | null): string | null {
  for (const x of list) {
    const r = read(x);
    if (r !== null) return r;
  }
  return null;
}

/** A text value: a string, a JSON-LD value object `{ "@value": … }`, or the first of a list. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return firstOf(v, textOf);
  if (isNode(v) && typeof v['@value'] === 'string') return v['@value'];
  return null;
}

/** The name of a person or organisation given as text, an object with `name`, or a list of them. */
function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return firstOf(v, nameOf);
  if (isNode(v)) return textOf(v.name) ?? textOf(v.alternateName) ?? textOf(v.legalName);
  return textOf(v);
}

/** The URL of a CreativeWork given as text, an object with `url` (or `@id`), or a list of them. */
function urlOf(v: unknown): string | null {
  if (Array.isArray(v)) return firstOf(v, urlOf);
  if (isNode(v)) return textOf(v.url) ?? textOf(v['@id']);
  return textOf(v);
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', iexcl: '¡', iquest: '¿', ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü', Uuml: 'Ü', ccedil: 'ç', Ccedil: 'Ç',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  agrave: 'à', egrave: 'è', ograve: 'ò', acirc: 'â', ecirc: 'ê', ocirc: 'ô', atilde: 'ã', otilde: 'õ', auml: 'ä', ouml: 'ö',
};

/**
 * Plain text of a little HTML: the default for {@link ClaimReviewOptions.htmlToText}.
 * Claims and review bodies carry a few inline tags and entities, not pages; the pack
 * CLI passes a real HTML parser, and text without `<` or `&` is returned unchanged.
 */
export function simpleHtmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/(p|div|h[1-6]|li|blockquote)\s*>|<br\s*\/?>/gi, '\n\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
      }
      return Object.hasOwn(ENTITIES, e) ? ENTITIES[e]! : m;
    });
}

/** Text cut to `max` characters (with "…"), never between the halves of a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** A stable 64-bit hash as 16 hex digits: two FNV-1a passes from different starts (one 32-bit hash collides within tens of thousands of reviews). */
function hash64(s: string): string {
  return fnv1a(s).toString(16).padStart(8, '0') + fnv1a(`\u0001${s}`).toString(16).padStart(8, '0');
}

/** The identity of a review URL: an http(s) URL without its fragment, any other text as it is. */
function urlKey(url: string): string {
  const web = webUrl(url.trim());
  if (!web) return url.trim();
  const u = new URL(web);
  u.hash = '';
  return u.href;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Reads ClaimReview data (parsed JSON) into fact-check documents. Throws
 * {@link PackError} naming the item (its number, where it is, its URL) when
 * a review cannot become a document, or when the input holds no review.
 */
export function readClaimReviews(value: unknown, options: ClaimReviewOptions = {}): ClaimReviewResult {
  const warnings: string[] = [];
  const found: Found[] = [];
  const feed: ClaimReviewFeedInfo = { name: null, publisher: null };
  const skipped = new Map<string, { count: number; first: string }>();
  let items = 0;
  const label = (path: string, url: string | null) => `item ${items} (${path || 'the top level'}${url ? `, ${quote(url, 100)}` : ''})`;

  const skip = (kind: string, path: string) => {
    items++;
    const s = skipped.get(kind);
    if (s) s.count++;
    else skipped.set(kind, { count: 1, first: `item ${items} (${path || 'the top level'})` });
  };

  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (!isNode(v)) {
      skip(v === null ? 'null' : typeof v, path);
      return;
    }
    if (v['@context'] !== undefined && !schemaContext(v['@context'])) {
      const ctx = typeof v['@context'] === 'string' ? quote(v['@context'], 80) : 'an object';
      throw new PackError(`${path ? `at ${path}, ` : ''}the @context is ${ctx}, not schema.org: this is not ClaimReview data this version reads`);
    }
    const t = types(v);
    if (t.includes('ClaimReview')) {
      items++;
      found.push(fromJsonLd(v, path));
    } else if (t.includes('DataFeed')) {
      feed.name ??= textOf(v.name);
      feed.publisher ??= nameOf(v.publisher) ?? nameOf(v.author) ?? nameOf(v.creator);
      const elements = v.dataFeedElement;
      if (elements === undefined) warnings.push(`${path || 'the top level'}: the DataFeed has no dataFeedElement`);
      else walk(elements, `${path ? `${path}.` : ''}dataFeedElement`);
    } else if (t.includes('DataFeedItem')) {
      walk(v.item, `${path}.item`);
    } else if (v['@graph'] !== undefined) {
      walk(v['@graph'], `${path ? `${path}.` : ''}@graph`);
    } else if (t.length === 0 && Array.isArray(v.claims) && path === '') {
      readApi(v.claims);
    } else {
      skip(t.length ? t.join('/') : 'object without @type', path);
    }
  };

  const fromJsonLd = (n: Node, path: string): Found => {
    const url = textOf(n.url) ?? null;
    const reviewed = isNode(first(n.itemReviewed)) ? (first(n.itemReviewed) as Node) : {};
    const authors = (Array.isArray(n.author) ? n.author : n.author === undefined ? [] : [n.author]) as unknown[];
    const person = authors.find((a) => isNode(a) && types(a).includes('Person'));
    const org = authors.find((a) => !(isNode(a) && types(a).includes('Person')));
    const rating = first(n.reviewRating);
    const language = n.inLanguage ?? reviewed.inLanguage;
    return {
      label: label(path, url),
      url,
      atId: textOf(n['@id']),
      title: textOf(n.name) ?? textOf(n.headline),
      outlet: nameOf(org) ?? nameOf(n.publisher),
      author: nameOf(person),
      published: n.datePublished ?? n.dateCreated,
      language: isNode(language) ? (textOf(language.alternateName) ?? textOf(language.name)) : textOf(language),
      text: textOf(n.reviewBody) ?? textOf(n.description) ?? textOf(n.articleBody),
      claim: textOf(n.claimReviewed),
      claimant: nameOf(reviewed.author) ?? nameOf(reviewed.creator),
      claimDate: reviewed.datePublished ?? reviewed.dateCreated,
      appearance: urlOf(reviewed.appearance) ?? urlOf(reviewed.firstAppearance) ?? textOf(reviewed.url),
      rating: isNode(rating)
        ? { alternateName: textOf(rating.alternateName) ?? textOf(rating.name), ratingValue: rating.ratingValue, bestRating: rating.bestRating, worstRating: rating.worstRating }
        : null,
    };
  };

  const readApi = (claims: unknown[]): void => {
    claims.forEach((c, i) => {
      const path = `claims[${i}]`;
      if (!isNode(c)) {
        skip('claim that is not an object', path);
        return;
      }
      const reviews = Array.isArray(c.claimReview) ? c.claimReview : c.claimReview === undefined ? [] : [c.claimReview];
      if (reviews.length === 0) warnings.push(`${path}: the claim has no claimReview; skipped`);
      reviews.forEach((r, j) => {
        const at = `${path}.claimReview[${j}]`;
        if (!isNode(r)) {
          skip('review that is not an object', at);
          return;
        }
        items++;
        const url = textOf(r.url);
        found.push({
          label: label(at, url),
          url,
          atId: null,
          title: textOf(r.title),
          outlet: nameOf(r.publisher) ?? (isNode(r.publisher) ? textOf(r.publisher.site) : null),
          author: null,
          published: r.reviewDate,
          language: textOf(r.languageCode),
          text: null,
          claim: textOf(c.text),
          claimant: textOf(c.claimant),
          claimDate: c.claimDate,
          appearance: null,
          rating: r.textualRating === undefined ? null : { alternateName: textOf(r.textualRating), ratingValue: null, bestRating: null, worstRating: null },
        });
      });
    });
  };

  walk(value, '');
  for (const [kind, { count, first: where }] of skipped) {
    warnings.push(`skipped ${count === 1 ? where : `${count} items from ${where} on`} of type ${quote(kind, 60)}: not a ClaimReview`);
  }
  if (found.length === 0) throw new PackError('holds no ClaimReview (expected JSON-LD with @type "ClaimReview", a DataFeed of them, or fact-check search API JSON with "claims")');

  const documents: FactCheckDocument[] = [];
  const seen = new Map<string, string>();
  for (const f of found) {
    const doc = toDocument(f, options, warnings);
    const key = f.url ? `url:${urlKey(f.url)}` : f.atId ? `id:${f.atId}` : `claim:${doc.outlet}\n${doc.review.claimReviewed}\n${doc.published ?? ''}`;
    const earlier = seen.get(key);
    if (earlier) {
      warnings.push(`${f.label}: the same review as ${earlier}; kept once`);
      continue;
    }
    seen.set(key, f.label.replace(/ \(.*$/, ''));
    doc.id = `factcheck-${hash64(key)}`;
    documents.push(doc);
  }
  return { documents, warnings, feed };
}

/** The review's fields bounded, cleaned and checked, as a validated document (its id set by the caller). */
function toDocument(f: Found, options: ClaimReviewOptions, warnings: string[]): FactCheckDocument {
  const html = options.htmlToText ?? simpleHtmlToText;
  const warn = (m: string) => warnings.push(`${f.label}: ${m}`);
  const line = (s: string | null): string | null => {
    if (s === null) return null;
    const t = html(s).replace(/\s+/g, ' ').trim();
    return t || null;
  };
  const bounded = (s: string | null, max: number, field: string): string | null => {
    if (s === null || s.length <= max) return s;
    warn(`the ${field} is ${s.length.toLocaleString('en-US')} characters; cut to ${max.toLocaleString('en-US')}`);
    return cut(s, max);
  };
  const url = (s: string | null, field: string): string | null => {
    if (s === null || !s.trim()) return null;
    const u = s.trim();
    if (u.length > MAX_URL_LENGTH) throw new PackError(`${f.label}: the ${field} is ${u.length.toLocaleString('en-US')} characters (at most ${MAX_URL_LENGTH.toLocaleString('en-US')})`);
    if (!webUrl(u)) warn(`the ${field} ${quote(u, 60)} is not an http(s) URL: kept as text, never shown as a link`);
    return u;
  };
  const date = (v: unknown, field: string): string | null => {
    if (v === undefined || v === null || v === '') return null;
    try {
      return isoDate(typeof v === 'string' ? v.trim() : v, field);
    } catch {
      warn(`the ${field} ${typeof v === 'string' ? quote(v, 40) : 'value'} is not an ISO 8601 date; left out`);
      return null;
    }
  };

  const claim = bounded(line(f.claim), MAX_CLAIM_LENGTH, 'claim');
  if (!claim) throw new PackError(`${f.label}: the review has no claim (claimReviewed${f.label.includes('claims[') ? ': the claim text' : ''} is missing or empty)`);
  const pageBody = options.page?.text?.trim() ? options.page.text : null;
  const body = f.text === null ? null : html(f.text).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n') || null;
  let language = f.language === null || f.language === undefined ? null : String(f.language).trim();
  if (language !== null && !LANGUAGE_TAG.test(language)) {
    warn(`the language ${quote(language, 40)} is not a language tag; read as ${options.language ?? 'en'}`);
    language = null;
  }
  const review = {
    claimReviewed: claim,
    claimant: bounded(line(f.claimant), MAX_NAME_LENGTH, 'claimant'),
    claimDate: date(f.claimDate, 'claim date'),
    appearanceUrl: url(f.appearance, 'appearance URL'),
    rating: readRating(f, warn, line),
    normalizedRating: 'other' as const,
    claimGroup: `claim-${hash64(normalizeText(claim))}`,
  };
  const normalizedRating = normalizeRating(review.rating);
  return validateDocument(
    {
      id: 'pending',
      url: url(f.url ?? options.page?.url ?? null, 'review URL'),
      title: bounded(line(f.title), MAX_TITLE_LENGTH, 'title') ?? cut(`Fact-check: ${claim}`, 300),
      outlet: bounded(line(f.outlet), MAX_NAME_LENGTH, 'fact-checker name') ?? '',
      author: bounded(line(f.author), MAX_NAME_LENGTH, 'author'),
      published: date(f.published, 'review date'),
      language: language ?? options.language ?? 'en',
      text: bounded(body ?? pageBody, MAX_TEXT_LENGTH, 'review text') ?? claim,
      sources: [],
      kind: 'fact-check',
      review: { ...review, normalizedRating },
    },
    f.label,
  ) as FactCheckDocument;
}

/** The published rating with its numbers checked: what is unusable is dropped with a warning, the text always kept. */
function readRating(f: Found, warn: (m: string) => void, line: (s: string | null) => string | null): PublishedRatingFields {
  if (!f.rating) {
    warn('no reviewRating; the rating is "other"');
    return { alternateName: null, ratingValue: null, bestRating: null, worstRating: null };
  }
  let alternateName = line(typeof f.rating.alternateName === 'string' ? f.rating.alternateName : null);
  const num = (v: unknown, field: string): number | null => {
    if (v === undefined || v === null || v === '') return null;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : Number.NaN;
    if (Number.isNaN(n) && typeof v === 'string' && field === 'ratingValue' && alternateName === null) {
      // Some publishers put the verdict's words where the number belongs.
      alternateName = line(v);
      warn(`the ratingValue ${quote(v, 40)} is not a number; read as the rating's text`);
      return null;
    }
    if (!Number.isFinite(n) || Math.abs(n) > MAX_RATING_NUMBER) {
      warn(`the ${field} ${typeof v === 'string' || typeof v === 'number' ? quote(String(v), 40) : 'value'} is not a usable number; left out`);
      return null;
    }
    return n;
  };
  let ratingValue = num(f.rating.ratingValue, 'ratingValue');
  let bestRating = num(f.rating.bestRating, 'bestRating');
  let worstRating = num(f.rating.worstRating, 'worstRating');
  if (bestRating !== null && worstRating !== null) {
    if (bestRating === worstRating) {
      warn(`the rating scale is empty (bestRating and worstRating are both ${bestRating}); the numbers were left out`);
      ratingValue = bestRating = worstRating = null;
    } else if (ratingValue !== null && (ratingValue < Math.min(bestRating, worstRating) || ratingValue > Math.max(bestRating, worstRating))) {
      warn(`the ratingValue ${ratingValue} is outside its scale (${worstRating} to ${bestRating}); the number was left out`);
      ratingValue = null;
    }
  }
  return { alternateName: alternateName === null ? null : cut(alternateName, MAX_NAME_LENGTH), ratingValue, bestRating, worstRating };
}

/**
 * Reads ClaimReview file text (JSON-LD or search API JSON): {@link readClaimReviews}
 * after parsing, with a JSON syntax error as a {@link PackError}.
 */
export function parseClaimReviews(text: string, options: ClaimReviewOptions = {}): ClaimReviewResult {
  return readClaimReviews(parseJsonText(text, 'The ClaimReview file'), options);
}
