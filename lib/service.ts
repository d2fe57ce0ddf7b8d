import type { ArticleReport } from './analysis/analyze.ts';
import { REPORT_FORMAT_VERSION, analyzeArticle, withoutDismissed } from './analysis/analyze.ts';
import { checkClaim } from './analysis/check-claim.ts';
import type { ClaimReport } from './analysis/evidence.ts';
import { addDismissal, dismissalKey, readDismissals, type CorpusDocument, type DocRef } from './messages.ts';
import type { ArticleSnapshot, ScreenSample } from './analysis/types.ts';
import { screenPage, type ScreenResult } from './analysis/related.ts';
import type { CorpusStatus } from './messages.ts';
import { PackError, parsePack } from './packs/format.ts';
import { readStats, type CorpusDB } from './corpus/db.ts';
import { identityConflict, importPack, type ImportResult } from './corpus/import.ts';
import { docById } from './corpus/docstore.ts';

/** Cached reports kept; older ones are dropped first. */
const CACHE_LIMIT = 500;

/**
 * The corpus as the background serves it: installs the default pack once,
 * answers analyses with a cache keyed by URL and corpus revision. Holds no
 * corpus data in memory; everything is read from IndexedDB per request.
 */
export class CorpusService {
  private ready: Promise<void> | null = null;
  private installError: string | null = null;
  private defaultId: string | null = null;

  constructor(
    private readonly db: CorpusDB,
    /** Loads the default pack file's text (from the extension package, or disk in tests). */
    private readonly loadDefaultPack: () => Promise<string>,
  ) {}

  /**
   * Installs or upgrades the default pack if needed; safe to call repeatedly.
   * Not when the user removed it (that lasts across restarts, until
   * {@link restoreDefaultPack}), nor when a signed pack or a subscription owns
   * its id: the default pack is unsigned and never replaces those.
   */
  ensureReady(): Promise<void> {
    this.ready ??= (async () => {
      try {
        const pack = parsePack(await this.loadDefaultPack());
        this.defaultId = pack.id;
        if (!(await defaultPackHeld(this.db, pack.id))) await importPack(this.db, pack);
        this.installError = null;
      } catch (e) {
        this.installError = `Could not install the default corpus: ${(e as Error).message}`;
        this.ready = null;
        throw new Error(this.installError);
      }
    })();
    return this.ready;
  }

  /**
   * Installs the default pack again after the user removed it (the options
   * page's "Restore"), and lets later starts keep it up to date. Throws a
   * {@link PackError} with the reason when a signed pack or a subscription
   * owns its id.
   */
  async restoreDefaultPack(): Promise<ImportResult> {
    const pack = parsePack(await this.loadDefaultPack());
    const conflict = await identityConflict(this.db, pack.id, null, await this.db.packs.get(pack.id));
    if (conflict) throw new PackError(conflict);
    await this.db.identities.update([pack.id, ''], { removedAt: null });
    const result = await importPack(this.db, pack);
    this.installError = null;
    this.ready = Promise.resolve();
    return result;
  }

  /** Analyses a snapshot, from cache when the corpus has not changed since; "Not a match" choices applied. */
  async analyze(snapshot: ArticleSnapshot, options: { threshold?: number } = {}): Promise<ArticleReport> {
    return withoutDismissed(await this.analyzeCached(snapshot, options), await this.dismissed(), dismissalKey);
  }

  /** Screens a page's opening: should the content script extract the whole article? */
  async screen(sample: ScreenSample, options: { threshold?: number } = {}): Promise<ScreenResult> {
    await this.ensureReady();
    return screenPage(this.db, sample, options);
  }

  /** Checks one claim against the whole corpus. */
  async checkClaim(text: string, articleDate: string | null): Promise<ClaimReport> {
    await this.ensureReady();
    const claim = await checkClaim(this.db, text, { articleDate });
    return withoutDismissed({ claims: [claim] }, await this.dismissed(), dismissalKey).claims[0]!;
  }

  /** A report in full. */
  async getDocument(ref: DocRef): Promise<CorpusDocument> {
    await this.ensureReady();
    const d = await docById(this.db, ref.packId, ref.docId);
    if (!d) throw new Error('That report is no longer in the corpus.');
    return { packId: d.packId, docId: d.id, title: d.title, outlet: d.outlet, author: d.author, published: d.published, url: d.url, sources: d.sources, text: d.text };
  }

  /** Remembers "Not a match" for a claim and report. */
  async dismiss(claim: string, ref: DocRef): Promise<void> {
    // Bounded, oldest forgotten first; keys of the former `claim|pack/doc` form are rewritten.
    await this.db.transaction('rw', this.db.meta, async () => {
      const rec = await this.db.meta.get('dismissed');
      await this.db.meta.put({ key: 'dismissed', value: addDismissal(rec?.value, dismissalKey(claim, ref)) });
    });
  }

  private async dismissed(): Promise<Set<string>> {
    const rec = await this.db.meta.get('dismissed');
    return new Set(readDismissals(rec?.value));
  }

  private async analyzeCached(snapshot: ArticleSnapshot, options: { threshold?: number }): Promise<ArticleReport> {
    await this.ensureReady();
    const { revision } = await readStats(this.db);
    const key = `${options.threshold ?? ''}|${snapshot.url}`;
    const hash = await digest(`${snapshot.title}\n${snapshot.text}`);
    const cached = await this.db.cache.get(key);
    const hit = cached?.value as { hash: string; report: ArticleReport } | undefined;
    // A report cached by an older version of the extension has another shape: recompute it.
    if (cached && hit && cached.revision === revision && hit.hash === hash && hit.report.formatVersion === REPORT_FORMAT_VERSION) {
      return hit.report;
    }
    const report = await analyzeArticle(this.db, snapshot, options);
    await this.db.cache.put({ key, revision, at: Date.now(), value: { hash, report } });
    void this.trimCache();
    return report;
  }

  private async trimCache(): Promise<void> {
    const n = await this.db.cache.count();
    if (n <= CACHE_LIMIT) return;
    const all = await this.db.cache.toArray();
    all.sort((a, b) => a.at - b.at);
    await this.db.cache.bulkDelete(all.slice(0, n - CACHE_LIMIT).map((c) => c.key));
  }

  /** Corpus summary for popup and options pages. */
  async status(): Promise<CorpusStatus> {
    const stats = await readStats(this.db);
    const packs = await this.db.packs.toArray();
    const id = this.defaultId;
    const defaultRemoved = !!id && !packs.some((p) => p.id === id) && (await this.db.identities.get([id, '']))?.removedAt != null;
    return {
      ready: packs.length > 0,
      documents: stats.documents,
      revision: stats.revision,
      packs: packs.map((p) => ({ id: p.id, title: p.title, revision: p.revision, documents: p.documentCount })),
      error: this.installError,
      defaultRemoved,
    };
  }
}

/**
 * Whether the default pack must not be installed at start-up: the user
 * removed it (its unsigned identity is marked removed), or a signed pack or
 * a subscription owns its id.
 */
async function defaultPackHeld(db: CorpusDB, packId: string): Promise<boolean> {
  if ((await db.identities.get([packId, '']))?.removedAt != null) return true;
  return (await identityConflict(db, packId, null, await db.packs.get(packId))) !== null;
}

/** SHA-256 of a string, hex; the cache keys on content so an edited page is re-analysed. */
async function digest(s: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
