/**
 * File names of published packs and deltas (see FORMAT.md):
 * `PACKID-rREV.json` for the full pack of revision REV and
 * `PACKID-rBASE-rREV.delta.json` for the delta from BASE to REV.
 * Pack ids may contain "-", so names are read from the end.
 */

export type PackFileName =
  | { kind: 'full'; packId: string; revision: number }
  | { kind: 'delta'; packId: string; baseRevision: number; revision: number };

/** `PACKID-rREV.json` */
export function fullPackFileName(packId: string, revision: number): string {
  return `${packId}-r${revision}.json`;
}

/** `PACKID-rBASE-rREV.delta.json` */
export function deltaFileName(packId: string, baseRevision: number, revision: number): string {
  return `${packId}-r${baseRevision}-r${revision}.delta.json`;
}

/** Reads a pack or delta file name; null for any other name. */
export function parsePackFileName(name: string): PackFileName | null {
  const delta = /^([\w.-]+)-r([1-9]\d*)-r([1-9]\d*)\.delta\.json$/.exec(name);
  if (delta && [delta[2], delta[3]].every((n) => Number.isSafeInteger(Number(n)))) return { kind: 'delta', packId: delta[1]!, baseRevision: Number(delta[2]), revision: Number(delta[3]) };
  const full = /^([\w.-]+)-r([1-9]\d*)\.json$/.exec(name);
  if (full && !name.endsWith('.delta.json') && Number.isSafeInteger(Number(full[2]))) return { kind: 'full', packId: full[1]!, revision: Number(full[2]) };
  return null;
}
