import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openCorpusDB, readStats, type CorpusDB, type PackRecord } from '../lib/corpus/db.ts';
import { exportPack, installPackFile, removePack, setPackEnabled } from '../lib/corpus/packs.ts';
import { MAX_PACK_FILE_BYTES, PackError } from '../lib/packs/format.ts';
import { announceCorpusRevision, onCorpusRevision } from '../utils/settings.ts';
import { workerLanes } from '../utils/index-lanes.ts';
import { formatDate, formatMoment } from './format.ts';
import { Subscriptions } from './Subscriptions.tsx';
import { send } from '../utils/messaging.ts';

/** Largest pack file accepted from disk: the same bound as for downloads. */
const MAX_FILE_BYTES = MAX_PACK_FILE_BYTES;

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

let builtInId: Promise<string> | null = null;
/** Whether the user removed the built-in pack (its unsigned identity is marked removed and it is not installed). */
async function builtInRemoved(db: CorpusDB): Promise<boolean> {
  builtInId ??= fetch(browser.runtime.getURL('/packs/default.json')).then(async (r) => (JSON.parse(await r.text()) as { id: string }).id);
  const id = await builtInId;
  if (await db.packs.get(id)) return false;
  return (await db.identities.get([id, '']))?.removedAt != null;
}

type Status = { kind: 'idle' } | { kind: 'busy'; label: string; progress: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * Installed packs and pack import. Extension pages share the background's
 * origin, so the options page reads and writes the corpus database itself:
 * large pack files never have to travel through messages.
 */
export function PackManager() {
  const db = useRef(openCorpusDB()).current;
  const [packs, setPacks] = useState<PackRecord[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [defaultRemoved, setDefaultRemoved] = useState(false);

  const refresh = async () => {
    setPacks(await db.packs.toArray());
    // Read here, not asked of the background: this runs on every corpus change, and a message would
    // wake a service worker the browser has just stopped.
    void builtInRemoved(db).then(setDefaultRemoved, () => setDefaultRemoved(false));
    // Open pages listen for this and recompute their reports against the new corpus.
    const { revision } = await readStats(db);
    if (revision > 0) await announceCorpusRevision(revision);
    const est = await navigator.storage?.estimate?.();
    if (est?.usage !== undefined && est.quota !== undefined) setStorage({ usage: est.usage, quota: est.quota });
  };
  useEffect(() => {
    void refresh();
    // The background installs the default pack on first run, possibly after this page opened.
    return onCorpusRevision(() => void refresh());
  }, []);

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'error', message: `${file.name} is ${bytes(file.size)}; packs up to ${bytes(MAX_FILE_BYTES)} can be imported.` });
      return;
    }
    setStatus({ kind: 'busy', label: `Reading ${file.name}…`, progress: 0 });
    try {
      // Large packs are indexed in workers, on several cores, while this page stays responsive.
      const workers = workerLanes();
      const { message } = await installPackFile(db, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, {
        lanes: workers.lanes,
        onProgress: (label, progress) => setStatus({ kind: 'busy', label, progress }),
      }).finally(() => workers.close());
      setStatus({ kind: 'done', message });
    } catch (e) {
      const reason = e instanceof PackError ? e.message : `Import failed: ${(e as Error).message}`;
      setStatus({ kind: 'error', message: `${reason}. The corpus in use was not changed.`.replace('..', '.') });
    }
    await refresh();
  };

  const restoreDefault = async () => {
    setStatus({ kind: 'busy', label: 'Restoring the built-in corpus…', progress: 0.5 });
    try {
      const r = await send('restoreDefaultPack', null);
      setStatus({ kind: 'done', message: `Restored the built-in corpus (${r.documents} reports).` });
    } catch (e) {
      setStatus({ kind: 'error', message: `Could not restore the built-in corpus: ${(e as Error).message}` });
    }
    await refresh();
  };

  const remove = async (p: PackRecord) => {
    if (!confirm(`Remove “${p.title}” and its ${p.documentCount} reports?`)) return;
    await removePack(db, p.id);
    setStatus({ kind: 'done', message: `Removed “${p.title}”.` });
    await refresh();
  };
  const exportFile = async (p: PackRecord) => {
    const pack = await exportPack(db, p.id);
    const url = URL.createObjectURL(new Blob([JSON.stringify(pack)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${p.id}-r${p.revision}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const toggle = async (p: PackRecord) => {
    await setPackEnabled(db, p.id, !p.enabled);
    await refresh();
  };

  return (
    <>
    <fieldset
      class={dragging ? 'dropping' : ''}
      data-testid="packs"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void importFile(file);
      }}
    >
      <legend>Corpus packs</legend>
      {defaultRemoved && (
        <p class="row" data-testid="restore-default">
          <span>The built-in corpus was removed, so articles about its story are no longer checked.</span>
          <button type="button" data-testid="restore-default-button" onClick={() => void restoreDefault()}>
            Restore the built-in corpus
          </button>
        </p>
      )}
      {!packs ? (
        <p class="muted">Reading the corpus…</p>
      ) : packs.length === 0 ? (
        <p class="muted">No pack is installed.</p>
      ) : (
        <table class="packs">
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Revision</th>
              <th scope="col">Reports</th>
              <th scope="col">Size</th>
              <th scope="col">Installed</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id} data-testid="pack-row" data-pack-id={p.id}>
                <td>
                  <strong>{p.title}</strong>
                  <br />
                  <span class="muted">{p.publisher}</span>
                  {!p.enabled && <span class="muted"> · disabled</span>}
                  {p.expires && Date.parse(p.expires) < Date.now() && <span class="error"> · expired {formatDate(p.expires)}</span>}
                </td>
                <td data-testid="pack-revision">{p.revision}</td>
                <td>{p.documentCount}</td>
                <td>{bytes(p.textBytes)}</td>
                <td>{formatMoment(p.installedAt)}</td>
                <td class="row">
                  <button type="button" onClick={() => void toggle(p)}>
                    {p.enabled ? 'Disable' : 'Enable'}
                  </button>
                  <button type="button" data-testid="export-pack" onClick={() => void exportFile(p)}>
                    Export
                  </button>
                  <button type="button" data-testid="remove-pack" onClick={() => void remove(p)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row">
        <label class="button primary">
          Import a pack file…
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <span class="muted">or drop a pack or update file here.</span>
      </div>
      <div role="status" aria-live="polite" data-testid="import-status">
        {status.kind === 'busy' && (
          <>
            <p>{status.label}</p>
            <progress max={1} value={status.progress} />
          </>
        )}
        {status.kind === 'done' && <p>{status.message}</p>}
        {status.kind === 'error' && (
          <p class="error" role="alert">
            {status.message}
          </p>
        )}
      </div>
      {storage && (
        <p class="muted" data-testid="storage">
          Storage used: {bytes(storage.usage)} of {bytes(storage.quota)} available to the extension.
        </p>
      )}
    </fieldset>
    <Subscriptions db={db} onChange={() => void refresh()} />
    </>
  );
}
