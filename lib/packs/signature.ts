/**
 * Ed25519 signatures (RFC 8032) for packs and feeds, via @noble/ed25519.
 * Keys and signatures travel as standard base64: a public key is 32 bytes,
 * a secret key is the 32-byte seed, a signature is 64 bytes. The async API
 * is used so SHA-512 comes from Web Crypto (Node 20 and browsers).
 */
import * as ed from '@noble/ed25519';
import { fromBase64, sha256, toBase64, toHex } from './bytes.ts';
import { PackError } from './fields.ts';

/** A publisher's key pair, base64. Keep `secretKey` private. */
export interface KeyPair {
  publicKey: string;
  secretKey: string;
}

/** Decodes a base64 public key; null unless it is 32 bytes. */
export function decodePublicKey(publicKey: unknown): Uint8Array | null {
  return fromBase64(publicKey, 32);
}

/**
 * The one spelling of a public key (standard padded base64 of its 32 bytes,
 * no whitespace), or null when `publicKey` is not a key. Base64 has several
 * spellings of the same bytes (unused low bits of the last digit), so keys
 * are compared in this form wherever they name a pack's publisher.
 */
export function canonicalPublicKey(publicKey: unknown): string | null {
  const bytes = decodePublicKey(publicKey);
  return bytes ? toBase64(bytes) : null;
}

function secretBytes(secretKey: string): Uint8Array {
  const bytes = fromBase64(secretKey, 32);
  if (!bytes) throw new PackError('The secret key is not a base64-encoded 32-byte Ed25519 key');
  return bytes;
}

/** A new random key pair (Web Crypto's random generator). */
export async function generateKeyPair(): Promise<KeyPair> {
  const secret = ed.utils.randomPrivateKey();
  return { publicKey: toBase64(await ed.getPublicKeyAsync(secret)), secretKey: toBase64(secret) };
}

/** The public key that belongs to `secretKey`. */
export async function publicKeyOf(secretKey: string): Promise<string> {
  return toBase64(await ed.getPublicKeyAsync(secretBytes(secretKey)));
}

/** Signs `bytes`; returns the 64-byte signature as base64. Throws PackError for a malformed key. */
export async function sign(bytes: Uint8Array, secretKey: string): Promise<string> {
  return toBase64(await ed.signAsync(bytes, secretBytes(secretKey)));
}

/**
 * Whether `signature` (base64) is a valid signature of `bytes` by
 * `publicKey` (base64). Strict RFC 8032 verification; never throws: any
 * malformed input gives false.
 */
export async function verify(bytes: Uint8Array, signature: unknown, publicKey: unknown): Promise<boolean> {
  const sig = fromBase64(signature, 64);
  const key = decodePublicKey(publicKey);
  if (!sig || !key || !(bytes instanceof Uint8Array)) return false;
  try {
    return await ed.verifyAsync(sig, bytes, key, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * A short fingerprint of a public key for people to compare: the first 16
 * bytes of the SHA-256 of the 32 key bytes, as colon-separated groups of
 * four hex digits, e.g. `SHA256:3f2a:91c0:…` (8 groups).
 * Throws PackError for a malformed key.
 */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const key = decodePublicKey(publicKey);
  if (!key) throw new PackError('The public key is not a base64-encoded 32-byte Ed25519 key');
  const hex = toHex((await sha256(key)).subarray(0, 16));
  return `SHA256:${hex.match(/.{4}/g)!.join(':')}`;
}
