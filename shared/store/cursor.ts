import { InvalidCursorError } from './errors';

/** A DynamoDB LastEvaluatedKey, as the document client returns it. */
export type PageKey = Record<string, unknown>;

/** One page of a listing: `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Turns a LastEvaluatedKey into an opaque, URL-safe cursor. */
export function encodeCursor(key: PageKey | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : null;
}

/**
 * Reads a cursor back and checks it belongs to the listing asked for: every attribute in `expected` must match,
 * so a cursor from another user's listing cannot page through it.
 */
export function decodeCursor(cursor: string, expected: Record<string, string>): PageKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new InvalidCursorError('cursor is not valid', { cause: error });
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key))
    throw new InvalidCursorError('cursor is not valid');
  const record = key as Record<string, unknown>;
  const valuesAreText = Object.values(record).every((value) => typeof value === 'string');
  const matches = Object.entries(expected).every(([name, value]) => record[name] === value);
  if (!valuesAreText || !matches) throw new InvalidCursorError('cursor does not belong to this listing');
  return record;
}
