import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8 } from './bytes.ts';
import { PackError } from './format.ts';
import { generateKeyPair, keyFingerprint, publicKeyOf, sign, verify } from './signature.ts';

describe('Ed25519 signatures', () => {
  it('makes base64 keys of the right sizes and verifies its own signature', async () => {
    const keys = await generateKeyPair();
    expect(fromBase64(keys.publicKey)).toHaveLength(32);
    expect(fromBase64(keys.secretKey)).toHaveLength(32);
    expect(await publicKeyOf(keys.secretKey)).toBe(keys.publicKey);
    const message = utf8('revision 2 of the pack');
    const sig = await sign(message, keys.secretKey);
    expect(fromBase64(sig)).toHaveLength(64);
    expect(await verify(message, sig, keys.publicKey)).toBe(true);
  });

  it('matches the RFC 8032 test vector 1 (empty message)', async () => {
    const hex = (s: string) => Uint8Array.from(s.match(/../g)!, (b) => parseInt(b, 16));
    const secretKey = toBase64(hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    const publicKey = toBase64(hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'));
    const signature = toBase64(hex('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'));
    expect(await publicKeyOf(secretKey)).toBe(publicKey);
    expect(await sign(new Uint8Array(), secretKey)).toBe(signature);
    expect(await verify(new Uint8Array(), signature, publicKey)).toBe(true);
  });

  it('refuses a tampered message and another key', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const message = utf8('{"revision":2}');
    const sig = await sign(message, keys.secretKey);
    expect(await verify(utf8('{"revision":3}'), sig, keys.publicKey)).toBe(false);
    expect(await verify(message, sig, other.publicKey)).toBe(false);
    const flipped = fromBase64(sig)!;
    flipped[10]! ^= 1;
    expect(await verify(message, toBase64(flipped), keys.publicKey)).toBe(false);
  });

  it('returns false, never throws, on malformed input', async () => {
    const keys = await generateKeyPair();
    const message = utf8('x');
    const sig = await sign(message, keys.secretKey);
    for (const [s, k] of [
      ['not base64 at all!', keys.publicKey],
      [sig.slice(0, 40), keys.publicKey],
      ['', keys.publicKey],
      [null, keys.publicKey],
      [sig, 'garbage'],
      [sig, ''],
      [sig, toBase64(new Uint8Array(32).fill(0xff))],
      [sig, toBase64(new Uint8Array(33))],
      [toBase64(new Uint8Array(64).fill(0xff)), keys.publicKey],
      [42, {}],
    ] as [unknown, unknown][]) {
      await expect(verify(message, s, k)).resolves.toBe(false);
    }
    await expect(verify('x' as unknown as Uint8Array, sig, keys.publicKey)).resolves.toBe(false);
  });

  it('gives a short, stable fingerprint', async () => {
    const { publicKey } = await generateKeyPair();
    const fp = await keyFingerprint(publicKey);
    expect(fp).toMatch(/^SHA256:[0-9a-f]{4}(:[0-9a-f]{4}){7}$/);
    expect(await keyFingerprint(publicKey)).toBe(fp);
    expect(await keyFingerprint((await generateKeyPair()).publicKey)).not.toBe(fp);
    await expect(keyFingerprint('nope')).rejects.toThrow(PackError);
  });

  it('refuses a malformed secret key with a PackError', async () => {
    await expect(sign(utf8('x'), 'short')).rejects.toThrow(/secret key is not a base64-encoded 32-byte/);
  });
});
