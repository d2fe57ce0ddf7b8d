// tsx scripts/pack/cli.ts <command> …   (npm run pack -- <command> …)
// Builds, diffs, signs and publishes corpus packs. See lib/packs/FORMAT.md.
// Every error prints one line on stderr and exits with code 1.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual, parseArgs, type ParseArgsConfig } from 'node:util';
import { applyDeltaToPack, diffPacks, parseDelta, type PackDelta } from '../../lib/packs/delta.ts';
import { FEED_FORMAT, FEED_FORMAT_VERSION, SIGNED_FORMAT, openFeed, sha256Hex, signFeed, type FeedFile } from '../../lib/packs/feed.ts';
import { decodeText, TextDecodeError } from '../../lib/packs/bytes.ts';
import { MAX_PACK_FILE_BYTES, PackError, isFactCheck, parsePack, type Pack } from '../../lib/packs/format.ts';
import { parsePackFileName } from '../../lib/packs/naming.ts';
import { decodePublicKey, generateKeyPair, keyFingerprint, publicKeyOf, sign, verify, type KeyPair } from '../../lib/packs/signature.ts';
import type { HeaderOverrides } from './build.ts';
import { FileError, readBytes, readText, writeOut, type ReadLimit } from './files.ts';

/** Pack and delta files are refused from their size beyond what the client reads (FORMAT.md, "Size limit"). */
const PACK_LIMIT: ReadLimit = { bytes: MAX_PACK_FILE_BYTES, label: 'pack files' };

const USAGE = `usage: tsx scripts/pack/cli.ts <command> [options]   (npm run pack -- <command> …)

commands:
  build DIR|FILE.jsonl|FILE.jsonld|FILE.json|PAGE.html --out PACK.json [--id ID]
        [--title T] [--publisher P] [--revision N] [--created DATE] [--expires DATE]
      Build a pack from a folder of .txt/.md/.html reports with a
      metadata.json (shape of seeds/metadata.json; flags override its "pack"
      header) and published fact-checks in .json/.jsonld files (ClaimReview
      JSON-LD: one review, a list, @graph or a DataFeed; or fact-check search
      API JSON with "claims"), one fact-check document per review; an .html
      page embedding ClaimReview JSON-LD is a fact-check too (its article
      text is the review text); from a JSONL file of documents; or from one
      ClaimReview file or page. For a JSONL or
      ClaimReview file --id and --revision are required, and --title and
      --publisher unless a DataFeed names them. A pack holding a fact-check
      is format 2 (lib/packs/FORMAT.md); a report-only pack stays format 1.
      A malformed input names the file and item; nothing is written.
  keygen --out KEYFILE
      Create an Ed25519 key pair (JSON with publicKey and secretKey) and print
      its fingerprint. Never overwrites a file. Keep KEYFILE secret.
  sign FILE --key KEYFILE [--out FILE.sig]
      Write a detached base64 signature of the file bytes to FILE.sig.
  verify FILE [--sig FILE.sig] --public-key KEY|KEYFILE|FINGERPRINT
      Check a detached signature (FILE.sig by default), or, when FILE is a
      signed feed, its embedded signature and key (a fingerprint suffices).
  diff OLD.json NEW.json --out DELTA.json
      Write the delta turning pack OLD into the later revision NEW.
  feed DIR --key KEYFILE --base-url URL --out feed.json [--id PACKID]
       [--created DATE] [--expires DATE]
      Sign a feed listing the latest full pack in DIR and the deltas into it.
      DIR holds full packs named PACKID-rREV.json and deltas named
      PACKID-rBASE-rREV.delta.json. --expires defaults to the pack's expiry.

options: --help prints this text.`;

type Values = Record<string, string | boolean | undefined>;

function parse(args: string[], options: ParseArgsConfig['options'], positionals: number, usage: string): { values: Values; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new PackError(`${(e as Error).message.split(/\.\s/)[0]!.replace(/\.$/, '')} (usage: ${usage})`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (parsed.positionals.length !== positionals) {
    throw new PackError(`expected ${positionals} argument${positionals === 1 ? '' : 's'}, got ${parsed.positionals.length} (usage: ${usage})`);
  }
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

function required(values: Values, name: string, usage: string): string {
  const v = values[name];
  if (typeof v !== 'string' || !v) throw new PackError(`--${name} is required (usage: ${usage})`);
  return v;
}

function optional(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

async function readKeyFile(path: string): Promise<KeyPair> {
  const text = await readText(path, 'key file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PackError(`${path} is not a key file (expected JSON with publicKey and secretKey, as written by keygen)`);
  }
  const v = value as Partial<KeyPair> | null;
  if (typeof v?.secretKey !== 'string') throw new PackError(`${path} has no secretKey (expected a key file written by keygen)`);
  const publicKey = await publicKeyOf(v.secretKey);
  if (v.publicKey !== undefined && v.publicKey !== publicKey) {
    throw new PackError(`${path} is inconsistent: its publicKey does not belong to its secretKey`);
  }
  return { publicKey, secretKey: v.secretKey };
}

/** A public key, fingerprint, or key file (JSON with publicKey, or a file holding the base64 key). */
async function resolvePublicKey(arg: string): Promise<string> {
  const given = arg.trim();
  if (given.startsWith('SHA256:') || decodePublicKey(given)) {
    const isFile = await stat(arg).then((s) => s.isFile(), () => false);
    if (!isFile) return given;
  }
  const text = (await readText(arg, 'public key file')).trim();
  let key: unknown = text;
  if (text.startsWith('{')) {
    try {
      key = (JSON.parse(text) as { publicKey?: unknown }).publicKey;
    } catch {
      throw new PackError(`${arg} is not valid JSON`);
    }
  }
  if (typeof key !== 'string' || !decodePublicKey(key)) throw new PackError(`${arg} holds no base64 Ed25519 public key`);
  return key.trim();
}

async function readPack(path: string): Promise<Pack> {
  try {
    return parsePack(await readText(path, 'pack', PACK_LIMIT));
  } catch (e) {
    throw e instanceof PackError && !(e instanceof FileError) ? new PackError(`${path}: ${e.message}`) : e;
  }
}

async function readDelta(path: string): Promise<PackDelta> {
  try {
    return parseDelta(await readText(path, 'delta', PACK_LIMIT));
  } catch (e) {
    throw e instanceof PackError && !(e instanceof FileError) ? new PackError(`${path}: ${e.message}`) : e;
  }
}

function parseRevision(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(v) || !Number.isSafeInteger(Number(v))) throw new PackError(`--revision must be a positive integer, not "${v}"`);
  return Number(v);
}

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function cmdBuild(args: string[]): Promise<void> {
  const usage = 'build DIR|FILE.jsonl|FILE.jsonld|FILE.json|PAGE.html --out PACK.json [--id --title --publisher --revision --created --expires]';
  const s = { type: 'string' } as const;
  const { values, positionals } = parse(args, { out: s, id: s, title: s, publisher: s, revision: s, created: s, expires: s }, 1, usage);
  const input = positionals[0]!;
  const out = required(values, 'out', usage);
  const over: HeaderOverrides = {
    id: optional(values, 'id'),
    title: optional(values, 'title'),
    publisher: optional(values, 'publisher'),
    revision: parseRevision(optional(values, 'revision')),
    created: optional(values, 'created'),
    expires: optional(values, 'expires'),
  };
  const info = await stat(input).catch(() => null);
  if (!info) throw new PackError(`cannot read ${input}: no such file or folder`);
  // Loaded here: linkedom and Readability are only needed to build.
  const { buildFromClaimReview, buildFromDir, buildFromJsonl } = await import('./build.ts');
  const warn = (m: string) => console.error(`warning: ${m}`);
  let pack: Pack;
  if (info.isDirectory()) pack = await buildFromDir(input, over, warn);
  else if (/\.jsonl$/i.test(input)) pack = await buildFromJsonl(input, over);
  else if (/\.(json(ld)?|html?)$/i.test(input)) pack = await buildFromClaimReview(input, over, warn);
  else throw new PackError(`${input} is neither a folder nor a .jsonl, .jsonld, .json or .html file`);
  await writeOut(out, JSON.stringify(pack));
  const checks = pack.documents.filter(isFactCheck).length;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const kinds = checks ? ` (${plural(pack.documents.length - checks, 'report', 'reports')}, ${plural(checks, 'fact-check', 'fact-checks')}; pack format ${pack.formatVersion})` : '';
  console.log(`wrote ${out}: pack ${pack.id} revision ${pack.revision}, ${pack.documents.length} documents${kinds}`);
}

async function cmdKeygen(args: string[]): Promise<void> {
  const usage = 'keygen --out KEYFILE';
  const { values } = parse(args, { out: { type: 'string' } }, 0, usage);
  const out = required(values, 'out', usage);
  const keys = await generateKeyPair();
  const fingerprint = await keyFingerprint(keys.publicKey);
  await writeOut(out, `${JSON.stringify({ ...keys, fingerprint }, null, 2)}\n`, { exclusive: true, mode: 0o600 });
  console.log(`wrote ${out} (keep it secret)\npublic key: ${keys.publicKey}\nfingerprint: ${fingerprint}`);
}

async function cmdSign(args: string[]): Promise<void> {
  const usage = 'sign FILE --key KEYFILE [--out FILE.sig]';
  const { values, positionals } = parse(args, { key: { type: 'string' }, out: { type: 'string' } }, 1, usage);
  const file = positionals[0]!;
  const keys = await readKeyFile(required(values, 'key', usage));
  const out = optional(values, 'out') ?? `${file}.sig`;
  const signature = await sign(await readBytes(file, 'file'), keys.secretKey);
  await writeOut(out, `${signature}\n`);
  console.log(`wrote ${out}: signed by ${await keyFingerprint(keys.publicKey)}`);
}

async function cmdVerify(args: string[]): Promise<void> {
  const usage = 'verify FILE [--sig FILE.sig] --public-key KEY|KEYFILE|FINGERPRINT';
  const { values, positionals } = parse(args, { sig: { type: 'string' }, 'public-key': { type: 'string' } }, 1, usage);
  const file = positionals[0]!;
  const key = await resolvePublicKey(required(values, 'public-key', usage));
  const bytes = await readBytes(file, 'file');
  const sigPath = optional(values, 'sig') ?? `${file}.sig`;
  const hasSig = optional(values, 'sig') !== undefined || (await stat(sigPath).then(() => true, () => false));
  if (!hasSig) {
    let text: string;
    try {
      text = decodeText(bytes, 'the file');
    } catch (e) {
      throw e instanceof TextDecodeError ? new PackError(`cannot read ${file}: ${e.message}`) : e;
    }
    if (!text.includes(`"${SIGNED_FORMAT}"`)) throw new PackError(`${sigPath} does not exist and ${file} is not a signed feed; give --sig`);
    const opened = await openFeed(text, { pinnedKey: key }).catch((e: unknown) => {
      throw e instanceof PackError ? new PackError(`${file}: ${e.message}`) : e;
    });
    const { feed } = opened;
    console.log(`OK: ${file} is a feed for pack ${feed.packId} revision ${feed.revision} (${feed.files.length} files), signed by ${opened.fingerprint}`);
    if (opened.stale) console.error(`warning: the feed expired on ${feed.expires}; clients will treat it as stale`);
    return;
  }
  if (key.startsWith('SHA256:')) throw new PackError('a fingerprint cannot check a detached signature; give the public key or key file');
  const signature = (await readText(sigPath, 'signature file')).trim();
  if (!(await verify(bytes, signature, key))) {
    throw new PackError(`the signature in ${sigPath} is not valid for ${file} and key ${await keyFingerprint(key)}`);
  }
  console.log(`OK: ${file} is signed by ${await keyFingerprint(key)}`);
}

async function cmdDiff(args: string[]): Promise<void> {
  const usage = 'diff OLD.json NEW.json --out DELTA.json';
  const { values, positionals } = parse(args, { out: { type: 'string' } }, 2, usage);
  const out = required(values, 'out', usage);
  const [oldPack, newPack] = [await readPack(positionals[0]!), await readPack(positionals[1]!)];
  const delta = diffPacks(oldPack, newPack);
  await writeOut(out, JSON.stringify(delta));
  // The order is part of a revision: a delta that only reorders still changes it, and must not read as empty.
  console.log(
    `wrote ${out}: revision ${delta.baseRevision} → ${delta.revision}, ${delta.added.length} added, ${delta.replaced.length} replaced, ${delta.removed.length} removed${delta.order ? ', documents reordered' : ''}`,
  );
}

async function cmdFeed(args: string[]): Promise<void> {
  const usage = 'feed DIR --key KEYFILE --base-url URL --out feed.json [--id PACKID] [--created DATE] [--expires DATE]';
  const s = { type: 'string' } as const;
  const { values, positionals } = parse(args, { key: s, 'base-url': s, out: s, id: s, created: s, expires: s }, 1, usage);
  const dir = positionals[0]!;
  const keys = await readKeyFile(required(values, 'key', usage));
  const out = required(values, 'out', usage);
  let base: URL;
  try {
    base = new URL(required(values, 'base-url', usage));
  } catch (e) {
    if (e instanceof PackError) throw e;
    throw new PackError(`--base-url must be an absolute http(s) URL, not "${optional(values, 'base-url')}"`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new PackError(`--base-url must be an http(s) URL, not "${base.href}"`);
  if (!base.pathname.endsWith('/')) base.pathname += '/';

  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PackError(`cannot read folder ${dir}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (e as Error).message}`);
  }
  const named = entries.map((name) => ({ name, parsed: parsePackFileName(name) })).filter((x) => x.parsed !== null);
  const ids = [...new Set(named.map((x) => x.parsed!.packId))];
  const packId = optional(values, 'id') ?? (ids.length === 1 ? ids[0]! : undefined);
  if (ids.length === 0) throw new PackError(`${dir} holds no pack files (named PACKID-rREV.json or PACKID-rBASE-rREV.delta.json)`);
  if (packId === undefined) throw new PackError(`${dir} holds files of several packs (${ids.join(', ')}); choose one with --id`);
  const mine = named.filter((x) => x.parsed!.packId === packId);
  const fulls = mine.filter((x) => x.parsed!.kind === 'full');
  if (fulls.length === 0) throw new PackError(`${dir} holds no full pack of ${packId} (named ${packId}-rREV.json)`);
  const latest = Math.max(...fulls.map((x) => x.parsed!.revision));
  const packs = new Map<number, Pack>();
  for (const { name, parsed } of fulls) {
    const pack = await readPack(join(dir, name));
    if (pack.id !== packId || pack.revision !== parsed!.revision) {
      throw new PackError(`${name} holds revision ${pack.revision} of pack ${pack.id}, which does not match its name`);
    }
    packs.set(pack.revision, pack);
  }
  const latestPack = packs.get(latest)!;
  const files: { name: string; file: Omit<FeedFile, 'size' | 'sha256'> }[] = [
    { name: `${packId}-r${latest}.json`, file: { kind: 'full', revision: latest, url: '' } },
  ];
  const deltas = mine
    .flatMap(({ name, parsed }) => (parsed!.kind === 'delta' ? [{ name, parsed: parsed! }] : []))
    .sort((a, b) => b.parsed.baseRevision - a.parsed.baseRevision);
  for (const { name, parsed } of deltas) {
    const delta = await readDelta(join(dir, name));
    if (delta.id !== packId || delta.revision !== parsed.revision || delta.baseRevision !== parsed.baseRevision) {
      throw new PackError(`${name} holds the delta from revision ${delta.baseRevision} to ${delta.revision} of pack ${delta.id}, which does not match its name`);
    }
    if (delta.revision > latest) throw new PackError(`${name} leads to revision ${delta.revision}, but ${dir} has no full pack of it (${packId}-r${delta.revision}.json)`);
    if (delta.revision !== latest) continue;
    const basePack = packs.get(delta.baseRevision);
    if (basePack) {
      let result: Pack | null = null;
      try {
        result = applyDeltaToPack(basePack, delta);
      } catch (e) {
        throw new PackError(`${name} does not apply to ${packId}-r${delta.baseRevision}.json: ${(e as Error).message}`);
      }
      if (!isDeepStrictEqual(result, latestPack)) {
        throw new PackError(`${name} applied to revision ${delta.baseRevision} does not give ${packId}-r${latest}.json; rebuild it with diff`);
      }
    }
    files.push({ name, file: { kind: 'delta', revision: delta.revision, baseRevision: delta.baseRevision, url: '' } });
  }
  const listed: FeedFile[] = [];
  for (const { name, file } of files) {
    const bytes = await readBytes(join(dir, name), 'file');
    listed.push({ ...file, url: new URL(encodeURIComponent(name), base).href, size: bytes.length, sha256: await sha256Hex(bytes) });
  }
  const expires = optional(values, 'expires') ?? latestPack.expires;
  const envelope = await signFeed(
    {
      format: FEED_FORMAT,
      formatVersion: FEED_FORMAT_VERSION,
      packId,
      title: latestPack.title,
      publisher: latestPack.publisher,
      revision: latest,
      created: optional(values, 'created') ?? isoNow(),
      expires,
      files: listed,
    },
    keys,
  );
  await writeOut(out, `${JSON.stringify(envelope, null, 2)}\n`);
  console.log(
    `wrote ${out}: pack ${packId} revision ${latest}, full pack and ${listed.length - 1} delta${listed.length === 2 ? '' : 's'}, signed by ${await keyFingerprint(keys.publicKey)}`,
  );
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  build: cmdBuild,
  keygen: cmdKeygen,
  sign: cmdSign,
  verify: cmdVerify,
  diff: cmdDiff,
  feed: cmdFeed,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!command) {
    console.error(`pack: no command given (one of ${Object.keys(COMMANDS).join(', ')}; --help for usage)`);
    return 1;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`pack: unknown command "${command}" (one of ${Object.keys(COMMANDS).join(', ')}; --help for usage)`);
    return 1;
  }
  try {
    await run(rest);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`pack ${command}: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}

if (basename(process.argv[1] ?? '') === 'cli.ts' || import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}

export { main };
