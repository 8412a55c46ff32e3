/**
 * API key secrets: how they are made, what the database keeps of them, and how a
 * presented key is checked.
 *
 * A key is `brg_<keyId>_<secret>`: the key id (public, 12 hex digits) lets the
 * service find the stored record with one indexed lookup; the secret is 32 bytes
 * from the operating system's CSPRNG (256 bits), base64url-encoded.
 *
 * Only SHA-256 of the whole key is stored. A slow password KDF (scrypt, Argon2)
 * exists to make guessing a *low-entropy* secret expensive; a 256-bit random secret
 * cannot be guessed whatever the hash costs (2^256 tries), so a KDF would add only
 * per-request latency and hand an attacker a cheap way to burn CPU with made-up keys.
 * SHA-256 keeps a stolen database from yielding usable keys, which is what storing
 * hashes is for (the practice of GitHub and Stripe tokens, and of NIST SP 800-63B
 * for random "look-up secrets"). Hashes are compared with crypto.timingSafeEqual.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'brg';
const KEY_PATTERN = /^brg_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface MintedSecret {
  keyId: string;
  /** The whole key, as the client sends it. Shown once, never stored. */
  secret: string;
  /** SHA-256 of the key, hex: what the database keeps. */
  hash: string;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function mintSecret(): MintedSecret {
  const keyId = randomBytes(6).toString('hex');
  const secret = `${PREFIX}_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, secret, hash: hashKey(secret) };
}

/** The key id a presented key claims, or undefined if it is not shaped like one of ours. */
export function keyIdOf(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

/** Does `key` hash to `storedHash`? Constant time in the key's content. */
export function keyMatches(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}
