import { parseDurationText } from '../../cases/duration-text';
import type { DueSpec, ManualPromise } from '../../cases/manual-case';
import { ProblemError } from '../problem';
import type { PromiseBody } from '../schemas';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A validated `within` / `dueAt` pair as a due spec (the schema guarantees exactly one is set and readable). */
export function dueSpec(input: { within?: string | undefined; dueAt?: string | undefined }): DueSpec {
  if (input.within !== undefined) {
    const within = parseDurationText(input.within);
    if (within !== null) return { kind: 'within', within };
  }
  if (input.dueAt !== undefined) {
    return CALENDAR_DATE.test(input.dueAt)
      ? { kind: 'date', date: input.dueAt }
      : { kind: 'at', at: new Date(input.dueAt) };
  }
  throw new ProblemError('validation', 'give either "within" or "dueAt"');
}

export function manualPromise(body: PromiseBody): ManualPromise {
  return { expect: body.expect, due: dueSpec(body) };
}

// Clocks differ a little between a client and us; more than this in the future is a mistake.
const CLOCK_SKEW_MS = 5 * 60_000;

/** A time the user says something happened, which cannot be in the future. */
export function pastTime(iso: string | undefined, now: Date, field: string): Date {
  if (iso === undefined) return now;
  const at = new Date(iso);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new ProblemError('validation', `${field} is in the future`, [
      { pointer: `#/${field}`, detail: 'must not be in the future' },
    ]);
  }
  return at;
}
