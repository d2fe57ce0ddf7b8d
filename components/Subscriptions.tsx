import { useEffect, useState } from 'preact/hooks';
import type { CorpusDB } from '../lib/corpus/db.ts';
import { listSubscriptions, previewFeed, removeSubscription, saveSubscription, type Subscription } from '../lib/corpus/sync.ts';
import { PackError } from '../lib/packs/format.ts';
import { send } from '../utils/messaging.ts';
import { onCorpusRevision, onSubscriptionChange } from '../utils/settings.ts';
import { formatMoment } from './format.ts';

type Preview = Awaited<ReturnType<typeof previewFeed>> & { url: string };

const STATUS: Record<Subscription['status'], string> = {
  'up-to-date': 'Up to date',
  updating: 'Updating…',
  'out-of-date': 'Out of date',
  failed: 'Failed',
  stale: 'Stale feed',
};

/** Feed subscriptions: subscribe with trust on first use, sync now, status and reasons. */
export function Subscriptions({ db, onChange }: { db: CorpusDB; onChange: () => void }) {
  const [subs, setSubs] = useState<Subscription[]>([]);
  const [url, setUrl] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Title of an unsigned copy of the previewed pack (from a file, or the default pack) that subscribing replaces. */
  const [replaces, setReplaces] = useState<string | null>(null);

  const refresh = async () => setSubs(await listSubscriptions(db));
  useEffect(() => {
    void refresh();
    // The background announces each change of a subscription's state (attempt, progress, outcome).
    const stop = [onSubscriptionChange(() => void refresh()), onCorpusRevision(() => void refresh())];
    return () => stop.forEach((f) => f());
  }, []);

  const look = async () => {
    setError(null);
    setPreview(null);
    setBusy(true);
    try {
      const u = new URL(url.trim());
      if (!/^https?:$/.test(u.protocol)) throw new PackError('Feeds are fetched over http or https');
      const p = await previewFeed(u.href, { fetch: (x, init) => fetch(x, { ...init, cache: 'no-cache' }) });
      const installed = await db.packs.get(p.packId);
      setReplaces(installed && !installed.publicKey ? installed.title : null);
      setPreview({ ...p, url: u.href });
    } catch (e) {
      setError(e instanceof PackError ? e.message : e instanceof TypeError && /URL/.test(e.message) ? 'That is not a valid URL' : `Could not read the feed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const sync = async (packId: string) => {
    await refresh();
    try {
      await send('syncNow', { packId });
    } catch (e) {
      setError((e as Error).message);
    }
    await refresh();
    onChange();
  };
  const subscribe = async () => {
    if (!preview) return;
    setError(null);
    try {
      await saveSubscription(db, {
        version: 1,
        packId: preview.packId,
        title: preview.title,
        publisher: preview.publisher,
        feedUrl: preview.url,
        publicKey: preview.publicKey,
        fingerprint: preview.fingerprint,
        periodHours: 24,
        lastAttempt: null,
        lastSuccess: null,
        status: 'out-of-date',
        error: null,
        failures: 0,
        etag: null,
        lastModified: null,
      });
    } catch (e) {
      // One pack id has one publisher key: a second key for it is refused with both fingerprints.
      setError(e instanceof PackError ? e.message : `Could not subscribe: ${(e as Error).message}`);
      return;
    }
    setPreview(null);
    setUrl('');
    await sync(preview.packId);
  };

  return (
    <fieldset data-testid="subscriptions">
      <legend>Subscriptions</legend>
      {subs.length > 0 && (
        <ul class="subs">
          {subs.map((s) => (
            <li key={s.packId} data-testid="subscription" data-pack-id={s.packId} data-status={s.status} data-last-attempt={s.lastAttempt ?? ''}>
              <strong>{s.title}</strong> <span class="muted">· {s.publisher} · key {s.fingerprint}</span>
              <br />
              <span data-testid="subscription-status">{STATUS[s.status]}</span>
              {s.status === 'updating' && s.progress && (
                <progress max={s.progress.total} value={s.progress.received} aria-label="Download progress" />
              )}
              {s.status === 'updating' && s.progress?.resumes ? (
                <span class="muted" data-testid="subscription-resumed">
                  {' '}
                  · connection dropped, resumed{s.progress.resumes > 1 ? ` (${s.progress.resumes} times)` : ''}
                </span>
              ) : null}
              {s.lastSuccess && <span class="muted"> · last synced {formatMoment(s.lastSuccess)}</span>}
              {s.error && (
                <span class="error" data-testid="subscription-error">
                  {' '}
                  — {s.error}
                </span>
              )}
              <div class="row">
                <label>
                  Check for updates{' '}
                  <select
                    value={String(s.periodHours)}
                    onChange={(e) => void saveSubscription(db, { ...s, periodHours: Number(e.currentTarget.value) }).then(refresh)}
                  >
                    <option value="6">every 6 hours</option>
                    <option value="24">daily</option>
                    <option value="168">weekly</option>
                  </select>
                </label>
                <button type="button" data-testid="sync-now" disabled={s.status === 'updating'} onClick={() => void sync(s.packId)}>
                  Sync now
                </button>
                <button type="button" onClick={() => void removeSubscription(db, s.packId).then(refresh)}>
                  Unsubscribe
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void look();
        }}
      >
        <label for="feed-url">Feed URL</label>
        <input id="feed-url" data-testid="feed-url" type="url" required placeholder="https://example.org/packs/feed.json" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <button type="submit" disabled={busy} data-testid="feed-preview">
          {busy ? 'Reading…' : 'Subscribe…'}
        </button>
      </form>
      {preview && (
        <div class="trust" data-testid="feed-trust" role="dialog" aria-label="Trust this publisher?">
          <p>
            <strong>{preview.title}</strong> by {preview.publisher}, revision {preview.revision}
            {preview.stale && <span class="error"> (this feed has expired)</span>}.
          </p>
          <p>
            Signed with the key <code data-testid="fingerprint">{preview.fingerprint}</code>. Check it with the publisher: from now on only feeds
            signed by this key will be accepted for this pack.
          </p>
          {replaces && (
            <p data-testid="feed-replaces">
              The copy of “{replaces}” installed from a file will be replaced by the publisher's signed pack at the first sync.
            </p>
          )}
          <div class="row">
            <button type="button" class="primary" data-testid="feed-accept" onClick={() => void subscribe()}>
              Trust and subscribe
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="error" role="alert" data-testid="feed-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
