/**
 * Update feeds, version 1: a small signed JSON document telling clients the
 * latest revision of a pack and where to download it (a full pack, or deltas
 * from earlier revisions), with sizes and SHA-256 hashes. The feed is
 * published inside a signed envelope; the client pins the publisher key on
 * first use. See FORMAT.md.
 */
import { sha256Hex, utf8 } from './bytes.ts';
import { PackError, isoDate, nonEmpty, object, packId, parseJson, positiveInt, quote } from './fields.ts';
import { parseJsonText, unsupportedVersion } from './format.ts';
import { decodePublicKey, keyFingerprint, publicKeyOf, sign, verify, type KeyPair } from './signature.ts';

export { sha256Hex };

export const FEED_FORMAT = 'fact-compare-feed';
export const FEED_FORMAT_VERSION = 1;
export const SIGNED_FORMAT = 'fact-compare-signed';
export const SIGNED_FORMAT_VERSION = 1;

/** One downloadable file of a feed. */
export interface FeedFile {
  kind: 'full' | 'delta';
  /** Revision the file gives. */
  revision: number;
  /** For a delta: the revision it applies to. Absent for a full pack. */
  baseRevision?: number;
  /** Absolute URL, or a URL relative to the feed's own URL. */
  url: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the file bytes, 64 lower-case hex digits. */
  sha256: string;
}

export interface Feed {
  format: typeof FEED_FORMAT;
  formatVersion: typeof FEED_FORMAT_VERSION;
  packId: string;
  title: string;
  publisher: string;
  /** The latest revision; the feed lists a full pack of it. */
  revision: number;
  created: string;
  /** After this date clients treat the feed as stale (possibly frozen by an attacker). */
  expires: string | null;
  files: FeedFile[];
}

/** A signed envelope: `signature` is Ed25519 by `publicKey` over the UTF-8 bytes of `payload`. */
export interface SignedEnvelope {
  format: typeof SIGNED_FORMAT;
  formatVersion: typeof SIGNED_FORMAT_VERSION;
  /** Base64 Ed25519 public key (32 bytes). */
  publicKey: string;
  /** Base64 Ed25519 signature (64 bytes). */
  signature: string;
  /** The feed JSON, as a string. */
  payload: string;
}

const MAX_FILES = 1000;
const MAX_FEED_CHARS = 1_000_000;
/**
 * Largest feed body a client reads, in bytes. Reading stops there (see
 * `readBodyLimited`), so a huge or endless answer costs at most this much;
 * a UTF-8 body of this size never decodes to more than MAX_FEED_CHARS.
 */
export const MAX_FEED_BYTES = 1_000_000;

function validateFile(value: unknown, where: string): FeedFile {
  const v = object(value, `${where} is not valid`);
  if (v.kind !== 'full' && v.kind !== 'delta') throw new PackError(`${where} kind must be "full" or "delta"`);
  const revision = positiveInt(v.revision, `${where} revision`);
  const url = nonEmpty(v.url, `${where} url`, 4000);
  if (/^\s|\s$/.test(url) || /^(?!https?:)[a-z][a-z0-9+.-]*:/i.test(url)) {
    throw new PackError(`${where} url must be an http(s) URL or a relative path`);
  }
  // Sync resolves the url against the feed's own URL; one the URL parser
  // refuses ("http://", "http://[::1") used to throw a TypeError there, which
  // sync reported as "Could not reach the server (Invalid URL); will retry"
  // and retried for ever (found by the fuzz test). Any base will do to check.
  if (!canParseUrl(url)) throw new PackError(`${where} url is not a valid URL`);
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) {
    throw new PackError(`${where} size must be a whole number of bytes`);
  }
  if (typeof v.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(v.sha256)) {
    throw new PackError(`${where} sha256 must be 64 lower-case hex digits`);
  }
  if (v.kind === 'full') {
    if (v.baseRevision !== undefined) throw new PackError(`${where} is a full pack and cannot have a base revision`);
    return { kind: 'full', revision, url, size: v.size, sha256: v.sha256 };
  }
  const baseRevision = positiveInt(v.baseRevision, `${where} base revision`);
  if (baseRevision >= revision) throw new PackError(`${where} revision ${revision} must be greater than its base revision ${baseRevision}`);
  return { kind: 'delta', revision, baseRevision, url, size: v.size, sha256: v.sha256 };
}

function canParseUrl(url: string): boolean {
  try {
    new URL(url, 'https://feed.invalid/feed.json');
    return true;
  } catch {
    return false;
  }
}

/** Checks that `value` (parsed JSON) is a valid version-1 feed and returns it typed. */
export function validateFeed(value: unknown): Feed {
  const v = object(value, 'Not a feed');
  if (v.format !== FEED_FORMAT) throw new PackError(`Not a feed: "format" must be "${FEED_FORMAT}"`);
  if (v.formatVersion !== FEED_FORMAT_VERSION) {
    throw unsupportedVersion('feed', v.formatVersion, FEED_FORMAT_VERSION);
  }
  const id = packId(v.packId, 'Feed pack id');
  const revision = positiveInt(v.revision, 'Feed revision');
  if (!Array.isArray(v.files)) throw new PackError('Feed files must be a list');
  if (v.files.length > MAX_FILES) throw new PackError(`The feed lists too many files (${v.files.length})`);
  const files = v.files.map((f: unknown, i) => validateFile(f, `Feed file ${i + 1}`));
  const seen = new Set<string>();
  for (const f of files) {
    const key = `${f.kind}:${f.baseRevision ?? ''}:${f.revision}`;
    if (seen.has(key)) throw new PackError(`The feed lists the ${describe(f)} twice`);
    seen.add(key);
    if (f.revision > revision) throw new PackError(`The feed's latest revision is ${revision}, but it lists the ${describe(f)}`);
  }
  if (!files.some((f) => f.kind === 'full' && f.revision === revision)) {
    throw new PackError(`The feed does not list a full pack of its latest revision ${revision}`);
  }
  return {
    format: FEED_FORMAT,
    formatVersion: FEED_FORMAT_VERSION,
    packId: id,
    title: nonEmpty(v.title, 'Feed title', 500),
    publisher: nonEmpty(v.publisher, 'Feed publisher', 500),
    revision,
    created: isoDate(v.created, 'Feed created date') ?? '',
    expires: isoDate(v.expires, 'Feed expiry date'),
    files,
  };
}

function describe(f: FeedFile): string {
  return f.kind === 'full' ? `full pack of revision ${f.revision}` : `delta from revision ${f.baseRevision} to ${f.revision}`;
}

/**
 * Signs `feed` (validated first) with `keys.secretKey` and returns the
 * envelope to publish. When `keys.publicKey` is given it must belong to the
 * secret key.
 */
export async function signFeed(feed: Feed, keys: Pick<KeyPair, 'secretKey'> & Partial<Pick<KeyPair, 'publicKey'>>): Promise<SignedEnvelope> {
  const checked = validateFeed(feed);
  const publicKey = await publicKeyOf(keys.secretKey);
  if (keys.publicKey !== undefined && keys.publicKey.trim() !== publicKey) {
    throw new PackError('The key file is inconsistent: its public key does not belong to its secret key');
  }
  const payload = JSON.stringify(checked, null, 2);
  return { format: SIGNED_FORMAT, formatVersion: SIGNED_FORMAT_VERSION, publicKey, signature: await sign(utf8(payload), keys.secretKey), payload };
}

export interface OpenFeedOptions {
  /**
   * The key the client pinned for this feed, as a base64 public key or its
   * fingerprint (`SHA256:…`). When given, a feed signed by any other key is
   * refused. Omit it on first use, then pin the returned key once the user
   * accepts its fingerprint.
   */
  pinnedKey?: string;
  /** The current time (default: now), for the staleness check. */
  now?: Date;
  /** The installed revision: a feed offering an older revision is refused as a rollback. */
  minRevision?: number;
  /** When given, a feed for another pack is refused. */
  packId?: string;
}

export interface OpenedFeed {
  feed: Feed;
  /** The signing key (base64), to pin on first use. */
  publicKey: string;
  /** Its fingerprint, to show the user. */
  fingerprint: string;
  /** The feed's expiry date has passed: it may be an old copy held back by someone; updates are not to be trusted as current. */
  stale: boolean;
}

/**
 * Opens a signed feed: checks the envelope, the signature, the pinned key,
 * the feed format and rollback; reports staleness. Throws {@link PackError}
 * with a message for users on any failure.
 */
export async function openFeed(envelopeText: string, options: OpenFeedOptions = {}): Promise<OpenedFeed> {
  if (typeof envelopeText !== 'string' || envelopeText.length > MAX_FEED_CHARS) {
    throw new PackError('The feed is too large to be a feed');
  }
  const v = object(parseJsonText(envelopeText, 'The feed'), 'Not a signed feed');
  if (v.format === FEED_FORMAT) throw new PackError('The feed is not signed: expected a signed envelope around it');
  if (v.format !== SIGNED_FORMAT) throw new PackError(`Not a signed feed: "format" must be "${SIGNED_FORMAT}"`);
  if (v.formatVersion !== SIGNED_FORMAT_VERSION) {
    throw unsupportedVersion('signed envelope', v.formatVersion, SIGNED_FORMAT_VERSION);
  }
  if (v.publicKey === undefined || v.publicKey === null || v.publicKey === '') throw new PackError('The feed does not say which key signed it');
  if (!decodePublicKey(v.publicKey)) throw new PackError('The feed\'s public key is malformed (expected a base64 32-byte Ed25519 key)');
  const publicKey = (v.publicKey as string).trim();
  if (v.signature === undefined || v.signature === null || v.signature === '') throw new PackError('The feed is not signed: its signature is missing');
  if (typeof v.payload !== 'string') throw new PackError('The signed feed has no payload');
  if (!(await verify(utf8(v.payload), v.signature, publicKey))) {
    throw new PackError('The feed\'s signature is not valid: it was altered or damaged after signing, or not signed by the key it names');
  }
  const fingerprint = await keyFingerprint(publicKey);
  const pinned = options.pinnedKey?.trim();
  if (pinned !== undefined) {
    const expected = pinned.startsWith('SHA256:') ? pinned : await keyFingerprint(pinned).catch(() => pinned);
    if (expected !== fingerprint) {
      throw new PackError(
        `The feed is signed by an unknown key (fingerprint ${fingerprint}); expected fingerprint ${expected}. ` +
          'The publisher may have changed keys, or someone else published this feed',
      );
    }
  }
  const feed = validateFeed(parseJson(v.payload, 'The signed feed payload'));
  if (options.packId !== undefined && feed.packId !== options.packId) {
    throw new PackError(`The feed is for the pack ${quote(feed.packId)}, not ${quote(options.packId)}`);
  }
  if (options.minRevision !== undefined && feed.revision < options.minRevision) {
    throw new PackError(
      `Refused an older revision: the feed offers revision ${feed.revision}, but revision ${options.minRevision} is installed (a rollback)`,
    );
  }
  return { feed, publicKey, fingerprint, stale: feedExpired(feed.expires, options.now ?? new Date()) };
}

/**
 * Whether a feed's `expires` date has passed at `now` (never for null). A
 * client keeps the expiry of the last feed it verified and checks it again
 * whenever the server has nothing new (304 Not Modified), so a feed held
 * back by someone shows as stale instead of up to date.
 */
export function feedExpired(expires: string | null, now: Date): boolean {
  return expires !== null && Date.parse(expires.length === 7 ? `${expires}-01` : expires) < now.getTime();
}

/** Checks downloaded bytes against a feed entry; throws PackError on a size or SHA-256 mismatch. */
export async function checkFile(bytes: Uint8Array, entry: Pick<FeedFile, 'size' | 'sha256'>): Promise<void> {
  if (bytes.length !== entry.size) {
    throw new PackError(
      `The downloaded file has ${bytes.length} bytes but the feed says ${entry.size}: it is ${bytes.length < entry.size ? 'truncated' : 'not the published file'}`,
    );
  }
  if ((await sha256Hex(bytes)) !== entry.sha256.toLowerCase()) {
    throw new PackError('The downloaded file does not match the SHA-256 hash in the feed: it was damaged or altered');
  }
}

/**
 * The file to download to reach the feed's latest revision: the delta from
 * `installedRevision` to the latest if the feed has one, else the full pack
 * of the latest revision. Null when `installedRevision` is already the
 * latest (or newer: never downgrade).
 */
export function chooseFile(feed: Feed, installedRevision: number | null): FeedFile | null {
  if (installedRevision !== null && installedRevision >= feed.revision) return null;
  const delta = feed.files.find((f) => f.kind === 'delta' && f.revision === feed.revision && f.baseRevision === installedRevision);
  if (delta) return delta;
  const full = feed.files.find((f) => f.kind === 'full' && f.revision === feed.revision);
  if (!full) throw new PackError(`The feed does not list a full pack of its latest revision ${feed.revision}`);
  return full;
}
