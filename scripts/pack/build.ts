// Builds a pack from a folder of reports with a metadata.json, or from a
// JSONL file of documents. Used by `cli.ts build`.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { MAX_PACK_FILE_BYTES, PackError, PACK_FORMAT, PACK_FORMAT_VERSION, validateDocument, validatePack, type Pack, type PackDocument } from '../../lib/packs/format.ts';
import { MAX_TEXT, extractArticle } from '../../lib/extract/snapshot.ts';
import { pageLanguage } from '../../lib/extract/text.ts';
import { isoDate } from '../../lib/packs/fields.ts';
import { readText } from './files.ts';
import { MAX_HTML_BYTES, parsePage, tooManyElements } from './html.ts';

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

/** The file types a folder may hold, besides metadata.json. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

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
 * Refuses (PackError naming `name`) a page with more elements than the extraction reads, before parsing it.
 */
export function htmlToText(html: string, name: string): Extracted {
  const crowded = tooManyElements(html, Buffer.byteLength(html));
  if (crowded) throw new PackError(`${name}: ${crowded}`);
  const doc = parsePage(html);
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
 * `warn` hears of HTML articles cut at the extraction's bound.
 */
export async function buildFromDir(dir: string, over: HeaderOverrides = {}, warn: Warn = () => undefined): Promise<Pack> {
  const metaPath = join(dir, 'metadata.json');
  let metadata: unknown;
  const metaText = await readText(metaPath, 'metadata file');
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

  const names = await documentFiles(dir);
  for (const name of names) {
    if (!DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase())) {
      throw new PackError(`${join(dir, name)}: unsupported file type (a pack folder holds ${DOCUMENT_EXTENSIONS.join(', ')} files and metadata.json)`);
    }
  }
  if (names.length === 0) throw new PackError(`${dir} has no ${DOCUMENT_EXTENSIONS.join(', ')} files`);
  for (const name of Object.keys(docsMeta)) {
    if (!names.includes(name)) throw new PackError(`${metaPath} describes ${name}, which ${dir} does not have`);
  }

  const documents: PackDocument[] = [];
  for (const name of names) {
    const m = docsMeta[name];
    if (!isObject(m)) throw new PackError(`${metaPath} has no entry for ${name}`);
    const ext = extname(name).toLowerCase();
    const html = ext === '.html' || ext === '.htm';
    const path = join(dir, name);
    const raw = await readText(path, 'document', html ? { bytes: MAX_HTML_BYTES, label: 'HTML documents' } : { bytes: MAX_TEXT_FILE_BYTES, label: 'text documents' });
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
  return validatePack({ ...header(packMeta, over), documents });
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
