/**
 * A hash of a run of UTF-16 codes, taken one code at a time as a text is read (FNV-1a), so that words and
 * phrase openings are looked up without cutting them out of the text. Kept to 30 bits: V8 stores such integers
 * unboxed, and a map keyed by them needs no number objects.
 */

/** The hash of no characters. */
export const HASH_SEED = 0x011c9dc5;

/** The hash after one more code. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;
}

/** The hash of `text`. */
export function hashOf(text: string): number {
  let hash = HASH_SEED;
  for (let index = 0; index < text.length; index++) hash = hashStep(hash, text.charCodeAt(index));
  return hash;
}
