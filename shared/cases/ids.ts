import { randomBytes } from 'node:crypto';

/** A random, URL-safe id with 96 bits of entropy (cases, expectations, timeline entries, users). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
