// File helpers for the pack CLI: reads and writes that fail with one clear
// line (a PackError) instead of a stack trace.
import { readFile, writeFile } from 'node:fs/promises';
import { PackError } from '../../lib/packs/format.ts';

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EEXIST') return 'already exists';
  return (e as Error).message;
}

/** The bytes of `path`; `what` names it in errors ("pack", "key file"). */
export async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new PackError(`cannot read ${what} ${path}: ${reason(e)}`);
  }
}

/** The UTF-8 text of `path`. */
export async function readText(path: string, what: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path, what));
}

/** Writes `data` to `path`; with `exclusive`, refuses to overwrite an existing file. */
export async function writeOut(path: string, data: string | Uint8Array, opts: { exclusive?: boolean; mode?: number } = {}): Promise<void> {
  try {
    await writeFile(path, data, { flag: opts.exclusive ? 'wx' : 'w', mode: opts.mode });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new PackError(`${path} already exists; refusing to overwrite it`);
    throw new PackError(`cannot write ${path}: ${reason(e)}`);
  }
}
