/**
 * Every change a user makes to the installed packs, in one place: installing
 * a pack or update file, enabling or disabling a pack, removing and exporting
 * one. The options page calls only these; the background's sync and the
 * built-in pack go through the same import functions (import.ts).
 */
import { parsePackFileBytes } from '../packs/delta.ts';
import { PackError } from '../packs/format.ts';
import { readStats, type CorpusDB } from './db.ts';
import { applyDelta, exportPack, importPack, removePack, type ImportOptions } from './import.ts';

export { exportPack, removePack };

/** What an installed file changed, in a sentence for the user. */
export interface InstallOutcome {
  kind: 'installed' | 'updated';
  message: string;
  revision: number;
}

/**
 * Installs a pack file or applies a pack update file (a delta), read from its
 * bytes. Refuses, naming `name` where it helps, anything that is not UTF-8
 * (or UTF-16 with a byte-order mark), not JSON, not a valid pack or delta, or
 * older than what the pack's publisher already published; nothing changes
 * then. Large packs are indexed in `lanes` (Web Workers) when given.
 */
export async function installPackFile(
  db: CorpusDB,
  file: { name: string; bytes: Uint8Array },
  options: Pick<ImportOptions, 'lanes'> & { onProgress?: (label: string, progress: number) => void } = {},
): Promise<InstallOutcome> {
  // Strictly: a Latin-1 or binary file is refused with the byte offset, never read as U+FFFD.
  const parsed = parsePackFileBytes(file.bytes, file.name);
  if (parsed.kind === 'delta') {
    const { delta } = parsed;
    options.onProgress?.(`Applying the update to revision ${delta.revision}…`, 0.5);
    const r = await applyDelta(db, delta);
    return { kind: 'updated', revision: r.revision, message: `Updated “${delta.title}” to revision ${r.revision} (${r.documents} reports).` };
  }
  const { pack } = parsed;
  const r = await importPack(db, pack, {
    refuseOlder: true,
    lanes: options.lanes,
    onProgress: (p) => options.onProgress?.(`Indexing ${pack.documents.length} reports…`, p),
  });
  return { kind: 'installed', revision: r.revision, message: `Installed “${pack.title}” revision ${r.revision} (${r.documents} reports).` };
}

/**
 * Enables or disables a pack. Cached reports are keyed by corpus revision, so
 * the revision moves with it and open pages recompute theirs.
 */
export async function setPackEnabled(db: CorpusDB, packId: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', [db.packs, db.meta], async () => {
    if (!(await db.packs.get(packId))) throw new PackError(`No installed pack has the id ${packId}`);
    await db.packs.update(packId, { enabled });
    const stats = await readStats(db);
    await db.meta.put({ key: 'stats', value: { ...stats, revision: stats.revision + 1 } });
  });
}
