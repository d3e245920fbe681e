import { createHash, randomBytes } from 'node:crypto';

/** A freshly issued API token (show it once) and the hash to store. */
export interface IssuedToken {
  token: string;
  hash: string;
}

const TOKEN_PREFIX = 'iw_';

/** 256 random bits, URL-safe, with a recognisable prefix (so leaked tokens are easy to grep for). */
export function issueToken(): IssuedToken {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

/** SHA-256 (hex) of a token: random tokens need no salt or slow hash, and the hash is a direct lookup key. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
