// Builds a pack from a folder of reports with a metadata.json and published
// fact-checks (ClaimReview .json/.jsonld files, or fact-check pages whose HTML
// embeds ClaimReview JSON-LD), from a JSONL file of documents, or from one
// ClaimReview file or page. Used by `cli.ts build`.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { MAX_PACK_FILE_BYTES, PackError, PACK_FORMAT, PACK_FORMAT_VERSION, parseJsonText, validateDocument, validatePack, type Pack, type PackDocument } from '../../lib/packs/format.ts';
import { simpleHtmlToText } from '../../lib/packs/claimreview.ts';
import { MAX_TEXT, extractArticle } from '../../lib/extract/snapshot.ts';
import { pageLanguage } from '../../lib/extract/text.ts';
import { readClaimReviews, type ClaimReviewResult } from '../../lib/packs/claimreview.ts';
import { isoDate } from '../../lib/packs/fields.ts';
import { readText } from './files.ts';
import { MAX_HTML_BYTES, jsonLdBlocks, parsePage, statedUrl, tooManyElements } from './html.ts';

/**
 * Largest text or Markdown file read: a report's text is at most 2,000,000 characters, which is at
 * most 6,000,000 bytes of UTF-8; a larger file would be read whole only to be refused.
 */
const MAX_TEXT_FILE_BYTES = 6_000_003;

/** Receives warnings about input that was used, but not whole or not as given. */
export type Warn = (message: string) => void;

/** Pack header fields given on the command line; they override metadata.json. */
export interface HeaderOverrides {
  id?: string;
  title?: string;
  publisher?: string;
  revision?: number;
  created?: string;
  expires?: string | null;
}

/** The file types of reports a folder may hold, each described in metadata.json. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];
/** Files of published fact-checks (ClaimReview JSON-LD or fact-check search API JSON); they describe themselves. */
export const CLAIMREVIEW_EXTENSIONS = ['.json', '.jsonld'];

function isClaimReviewFile(name: string): boolean {
  return CLAIMREVIEW_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Plain text of the HTML in a claim or review body, through the same HTML parser as report pages.
 * A fragment with more elements than the extraction reads is not parsed (linkedom builds the whole
 * tree first), and gets the simple tag stripper instead.
 */
function claimHtmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  if (tooManyElements(html, Buffer.byteLength(html))) return simpleHtmlToText(html);
  // Block ends become paragraph breaks, which textContent would otherwise lose.
  const doc = parsePage(`<!doctype html><html><head></head><body>${html.replace(/<\/(p|div|li|h[1-6]|blockquote)\s*>|<br\s*\/?>/gi, '$&\n\n')}</body></html>`);
  for (const el of [...doc.querySelectorAll('script, style, template, noscript')]) el.remove();
  return doc.body?.textContent ?? '';
}

/** The fact-checks of a ClaimReview file, with the DataFeed's name and publisher; errors and warnings name the file. */
async function claimReviewFile(path: string, warn: Warn): Promise<ClaimReviewResult> {
  const text = await readText(path, 'ClaimReview file', { bytes: MAX_PACK_FILE_BYTES, label: 'ClaimReview files' });
  try {
    const result = readClaimReviews(parseJsonText(text, 'The file'), { htmlToText: claimHtmlToText });
    for (const w of result.warnings) warn(`${path}: ${w}`);
    return result;
  } catch (e) {
    throw e instanceof PackError ? new PackError(`${path}: ${e.message}`) : e;
  }
}

/**
 * The fact-checks a web page publishes in its ClaimReview JSON-LD, or null for a page without
 * any (a report). A review without a body takes the page's article text; one without a URL, the
 * URL the page states (canonical link or og:url). A JSON-LD block that is not JSON is named and
 * left out; if it is the only one that mentions ClaimReview, the page is refused.
 */
function reviewPage(raw: string, path: string, warn: Warn): ClaimReviewResult | null {
  // Most report pages never mention the type: they are not parsed twice.
  if (!/ClaimReview/.test(raw)) return null;
  const crowded = tooManyElements(raw, Buffer.byteLength(raw));
  if (crowded) throw new PackError(`${path}: ${crowded}`);
  const doc = parsePage(raw);
  const { blocks, malformed } = jsonLdBlocks(doc);
  const mentions = blocks.some((b) => /ClaimReview/.test(JSON.stringify(b)));
  if (!mentions) {
    const bad = malformed.find((m) => /ClaimReview/.test(m.text));
    if (bad) throw new PackError(`${path}: JSON-LD block ${bad.block} holds a ClaimReview but is not valid JSON (${bad.message}); nothing was built`);
    return null;
  }
  let result: ClaimReviewResult;
  try {
    result = readClaimReviews(blocks, { htmlToText: claimHtmlToText, page: { url: statedUrl(doc), text: htmlToText(raw, path, doc).text || null } });
  } catch (e) {
    if (e instanceof PackError && /^holds no ClaimReview/.test(e.message)) return null;
    throw e instanceof PackError ? new PackError(`${path}: ${e.message}`) : e;
  }
  for (const m of malformed) warn(`${path}: JSON-LD block ${m.block} is not valid JSON (${m.message}); left out`);
  // A page's other markup (its Organization, WebPage, BreadcrumbList) is expected, not worth a warning.
  for (const w of result.warnings) if (!/^skipped .*: not a ClaimReview$/.test(w)) warn(`${path}: ${w}`);
  return result;
}

/** Adds fact-checks to `into`, once each: the same review in two files (same id, from its URL) is kept from the first. */
function addOnce(into: PackDocument[], seen: Map<string, string>, documents: readonly PackDocument[], path: string, warn: Warn): void {
  for (const d of documents) {
    const first = seen.get(d.id);
    if (first !== undefined) {
      warn(`${path}: the review ${d.url ?? d.id} is also in ${first}; kept once`);
      continue;
    }
    seen.set(d.id, path);
    into.push(d);
  }
}

interface Extracted {
  /** Characters of the article before the extraction's bound cut it (0 when it was not cut). */
  cutFrom?: number;
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Text of an HTML page: the article Readability finds, else the whole body with tags stripped.
 * Refuses (PackError naming `name`) a page with more elements than the extraction reads, before parsing it;
 * `parsed` is the page already parsed (and checked) by the caller, so it is not parsed twice.
 */
export function htmlToText(html: string, name: string, parsed?: Document): Extracted {
  let doc = parsed;
  if (!doc) {
    const crowded = tooManyElements(html, Buffer.byteLength(html));
    if (crowded) throw new PackError(`${name}: ${crowded}`);
    doc = parsePage(html);
  }
  let snapshot = null;
  let fullLength = 0;
  try {
    ({ snapshot, fullLength } = extractArticle(doc, `file://${name}`));
  } catch {
    snapshot = null;
  }
  if (snapshot?.text.trim()) {
    return {
      cutFrom: fullLength > snapshot.text.length ? fullLength : 0,
      text: snapshot.text,
      title: snapshot.title || null,
      author: snapshot.byline,
      outlet: snapshot.siteName,
      published: snapshot.publishedTime,
      language: snapshot.language,
    };
  }
  // Fallback: Readability's own text, or the body with tags stripped.
  let text = '';
  try {
    text = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    text = '';
  }
  if (!text.trim()) {
    const stripped = html
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/(p|div|h[1-6]|li|blockquote|pre|tr|section|article)\s*>|<br\s*\/?>/gi, '\n\n')
      .replace(/<[^>]*>/g, ' ');
    text = parsePage(`<!doctype html><html><body><pre>${stripped.replace(/</g, '&lt;')}</pre></body></html>`).querySelector('pre')?.textContent ?? '';
  }
  text = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, title: doc.querySelector('title')?.textContent?.trim() || null, author: null, outlet: null, published: null, language: pageLanguage(doc) };
}

/** A date a page states, if it is one the pack format accepts. */
function pageDate(s: string | null): string | null {
  if (!s) return null;
  try {
    return isoDate(s.trim(), 'date');
  } catch {
    return null;
  }
}

function firstLine(text: string): string | null {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.replace(/^#+\s*/, '').trim())
      .find((l) => l) ?? null
  );
}

function header(base: Record<string, unknown>, over: HeaderOverrides): Record<string, unknown> {
  const h: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) h[k] = v;
  h.created ??= new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  h.expires ??= null;
  for (const k of ['id', 'title', 'publisher', 'revision'] as const) {
    if (h[k] === undefined) throw new PackError(`the pack ${k} is missing: give --${k} (or set it in metadata.json "pack")`);
  }
  return { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: h.id, title: h.title, publisher: h.publisher, revision: h.revision, created: h.created, expires: h.expires };
}

/**
 * The document files of `dir` (dot files and metadata.json left out), sorted. A symbolic link to a
 * file counts as that file, so it needs metadata like any other; one that leads nowhere is refused
 * by name rather than skipped without a word.
 */
async function documentFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new PackError(`cannot read folder ${dir}: ${(e as Error).message}`);
  }
  const names: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'metadata.json') continue;
    if (e.isSymbolicLink()) {
      const target = await stat(join(dir, e.name)).catch(() => null);
      if (!target) throw new PackError(`${join(dir, e.name)} is a symbolic link to nothing readable (no such file)`);
      if (target.isFile()) names.push(e.name);
    } else if (e.isFile()) names.push(e.name);
  }
  return names.sort();
}

/**
 * Builds a pack from `dir`: every .txt, .md, .html and .htm file becomes a
 * document whose id is the file name without its extension, described by
 * its entry in `dir/metadata.json` (same shape as seeds/metadata.json). Text
 * and Markdown files are taken unchanged; HTML goes through Readability.
 * Every .json and .jsonld file is ClaimReview data: each review in it
 * becomes a fact-check document ({@link readClaimReviews}), without a
 * metadata entry. metadata.json may be left out when the folder holds only
 * ClaimReview files (the header then comes from flags). `warn` hears of
 * HTML articles cut at the extraction's bound, and of ClaimReview data used
 * but not whole or not as given.
 */
export async function buildFromDir(dir: string, over: HeaderOverrides = {}, warn: Warn = () => undefined): Promise<Pack> {
  // Warnings are told once the pack is built: a build that fails says only why.
  const warnings: string[] = [];
  const pack = await buildFolder(dir, over, (m) => warnings.push(m));
  for (const m of warnings) warn(m);
  return pack;
}

async function buildFolder(dir: string, over: HeaderOverrides, warn: Warn): Promise<Pack> {
  const metaPath = join(dir, 'metadata.json');
  let metadata: unknown;
  const allNames = await documentFiles(dir);
  const reviewFiles = allNames.filter(isClaimReviewFile);
  for (const name of allNames) {
    if (!isClaimReviewFile(name) && !DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase())) {
      throw new PackError(
        `${join(dir, name)}: unsupported file type (a pack folder holds ${DOCUMENT_EXTENSIONS.join(', ')} reports or fact-check pages, ${CLAIMREVIEW_EXTENSIONS.join(', ')} ClaimReview files and metadata.json)`,
      );
    }
  }
  // HTML pages that publish ClaimReview markup are fact-checks, read from that markup.
  const pages = new Map<string, { raw: string; reviews: ClaimReviewResult | null }>();
  for (const name of allNames.filter((n) => /\.html?$/i.test(n))) {
    const path = join(dir, name);
    const raw = await readText(path, 'document', { bytes: MAX_HTML_BYTES, label: 'HTML documents' });
    pages.set(name, { raw, reviews: reviewPage(raw, path, warn) });
  }
  const reviewPages = allNames.filter((n) => pages.get(n)?.reviews);
  const onlyReviews = reviewFiles.length + reviewPages.length > 0 && reviewFiles.length + reviewPages.length === allNames.length;
  const hasMeta = await stat(metaPath).then(() => true, () => false);
  const metaText = !hasMeta && onlyReviews ? '{}' : await readText(metaPath, 'metadata file');
  try {
    metadata = JSON.parse(metaText);
  } catch (e) {
    throw new PackError(`${metaPath} is not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(metadata)) throw new PackError(`${metaPath} must hold a JSON object with "pack" and "documents"`);
  const packMeta = metadata.pack ?? {};
  const docsMeta = metadata.documents ?? {};
  if (!isObject(packMeta)) throw new PackError(`${metaPath}: "pack" must be an object`);
  if (!isObject(docsMeta)) throw new PackError(`${metaPath}: "documents" must be an object keyed by file name`);

  const names = allNames.filter((n) => !isClaimReviewFile(n) && !reviewPages.includes(n));
  if (names.length === 0 && reviewFiles.length === 0 && reviewPages.length === 0) throw new PackError(`${dir} has no ${[...DOCUMENT_EXTENSIONS, ...CLAIMREVIEW_EXTENSIONS].join(', ')} files`);
  for (const name of Object.keys(docsMeta)) {
    if (reviewPages.includes(name)) throw new PackError(`${metaPath} describes ${name}, a fact-check page: its fields come from its ClaimReview markup, so leave it out of metadata.json`);
    if (!names.includes(name)) throw new PackError(`${metaPath} describes ${name}, which ${dir} does not have`);
  }

  const documents: PackDocument[] = [];
  for (const name of names) {
    const m = docsMeta[name];
    if (!isObject(m)) throw new PackError(`${metaPath} has no entry for ${name}`);
    const ext = extname(name).toLowerCase();
    const html = ext === '.html' || ext === '.htm';
    const path = join(dir, name);
    const raw = pages.get(name)?.raw ?? (await readText(path, 'document', html ? { bytes: MAX_HTML_BYTES, label: 'HTML documents' } : { bytes: MAX_TEXT_FILE_BYTES, label: 'text documents' }));
    const x: Extracted = html ? htmlToText(raw, path) : { text: raw, title: firstLine(raw), author: null, outlet: null, published: null, language: null };
    if (x.cutFrom) {
      warn(`${path}: the article is ${x.cutFrom.toLocaleString('en-US')} characters; only the first ${x.text.length.toLocaleString('en-US')} were kept (the extraction reads at most ${MAX_TEXT.toLocaleString('en-US')})`);
    }
    const published = m.published !== undefined ? m.published : pageDate(x.published);
    documents.push(
      validateDocument(
        {
          id: basename(name, extname(name)),
          url: m.url ?? null,
          title: m.title ?? x.title,
          outlet: m.outlet ?? x.outlet ?? '',
          author: m.author !== undefined ? m.author : x.author,
          published,
          language: m.language ?? x.language ?? 'en',
          text: x.text,
          sources: m.sources ?? [],
        },
        `${join(dir, name)}:`,
      ),
    );
  }
  const seen = new Map<string, string>();
  let feed: { name: string | null; publisher: string | null } | null = null;
  for (const name of allNames.filter((n) => reviewFiles.includes(n) || reviewPages.includes(n))) {
    const path = join(dir, name);
    const result = pages.get(name)?.reviews ?? (await claimReviewFile(path, warn));
    feed ??= result.feed;
    addOnce(documents, seen, result.documents, path, warn);
  }
  return validatePack({ ...header({ ...feedHeader(feed), ...packMeta }, over), documents });
}

/** Header fields a DataFeed states (its name and publisher), as defaults under metadata.json and flags. */
function feedHeader(feed: { name: string | null; publisher: string | null } | null): Record<string, unknown> {
  const h: Record<string, unknown> = {};
  if (feed?.name) h.title = feed.name.slice(0, 500);
  if (feed?.publisher) h.publisher = feed.publisher.slice(0, 500);
  return h;
}

/**
 * Builds a pack of the fact-checks in one ClaimReview file (JSON-LD or fact-check search API JSON)
 * or one fact-check page (HTML embedding ClaimReview JSON-LD).
 * The header comes from `over`; a DataFeed's name and publisher stand in for --title and --publisher.
 */
export async function buildFromClaimReview(file: string, over: HeaderOverrides = {}, warn: Warn = () => undefined): Promise<Pack> {
  let found: ClaimReviewResult;
  if (/\.html?$/i.test(file)) {
    const page = reviewPage(await readText(file, 'page', { bytes: MAX_HTML_BYTES, label: 'HTML pages' }), file, warn);
    if (!page) throw new PackError(`${file}: the page has no ClaimReview markup (JSON-LD with @type "ClaimReview"); a report page goes in a folder with a metadata.json`);
    found = page;
  } else {
    found = await claimReviewFile(file, warn);
  }
  const { documents, feed } = found;
  return validatePack({ ...header(feedHeader(feed), over), documents });
}

/** Builds a pack from a JSONL file: one document object per line (blank lines skipped); the header comes from `over`. */
export async function buildFromJsonl(file: string, over: HeaderOverrides = {}): Promise<Pack> {
  const text = await readText(file, 'JSONL file', { bytes: MAX_PACK_FILE_BYTES, label: 'JSONL files' });
  const documents: PackDocument[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new PackError(`${file} line ${i + 1} is not valid JSON (${(e as Error).message})`);
    }
    documents.push(validateDocument(value, `${file} line ${i + 1}: document`));
  });
  if (documents.length === 0) throw new PackError(`${file} has no documents`);
  return validatePack({ ...header({}, over), documents });
}
