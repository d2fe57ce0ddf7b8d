// File helpers for the pack CLI: reads and writes that fail with one clear
// line (a PackError) instead of a stack trace.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { TextDecodeError, decodeText } from '../../lib/packs/bytes.ts';
import { PackError, formatBytes } from '../../lib/packs/format.ts';

/** A file that could not be read: the message already names the file, so callers add nothing. */
export class FileError extends PackError {}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EEXIST') return 'already exists';
  return (e as Error).message;
}

/** A bound on what is read: files larger than `bytes` are refused before their bytes are read. */
export interface ReadLimit {
  bytes: number;
  /** What the limit is for, in the refusal: "HTML documents", "packs". */
  label: string;
}

/**
 * The bytes of `path`; `what` names it in errors ("pack", "key file"). With `limit`, a larger file is
 * refused from its size, so a 5 GB file named like a report never reaches memory.
 */
export async function readBytes(path: string, what: string, limit?: ReadLimit): Promise<Uint8Array> {
  try {
    if (limit) {
      const { size } = await stat(path);
      if (size > limit.bytes) throw new FileError(`${what} ${path} is ${formatBytes(size)}; ${limit.label} of more than ${formatBytes(limit.bytes)} are not read`);
    }
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof PackError) throw e;
    throw new FileError(`cannot read ${what} ${path}: ${reason(e)}`);
  }
}

/**
 * The text of `path`: UTF-8, or UTF-16 with a byte-order mark. Other bytes (a Latin-1 file, a binary
 * file named .txt) are refused with the byte offset, never read as U+FFFD into a pack.
 */
export async function readText(path: string, what: string, limit?: ReadLimit): Promise<string> {
  const bytes = await readBytes(path, what, limit);
  try {
    return decodeText(bytes, 'the file');
  } catch (e) {
    if (e instanceof TextDecodeError) throw new FileError(`cannot read ${what} ${path}: ${e.message}`);
    throw e;
  }
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
