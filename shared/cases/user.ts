import type { Duration } from '../classify/types';

/** How long a vendor gets when it promises nothing, per thing awaited. */
export interface PromiseWindows {
  cancellation: Duration;
  refund: Duration;
}

/** Windows used when a user has not chosen their own: cancellation 2 business days, refund 10. */
export const DEFAULT_PROMISE_WINDOWS: PromiseWindows = {
  cancellation: { value: 2, unit: 'business_days' },
  refund: { value: 10, unit: 'business_days' },
};

/** A person whose vendor mail inbox-watcher follows. */
export interface User {
  id: string;
  email: string;
  /** Lower-cased From addresses allowed to forward mail for this user; each belongs to one user only. */
  forwardingAddresses: string[];
  /**
   * Lower-cased recipient addresses that are this user's own watcher addresses (`maria@inbox.example.com`), so
   * vendors can write to them directly; each belongs to one user only. Absent on profiles saved before watch
   * addresses existed, which is the same as none.
   */
  watchAddresses?: string[] | undefined;
  /** Where alerts go; `email` when null. */
  alertEmail: string | null;
  /** IANA zone for deadlines when the vendor's zone is unknown, and for showing times. */
  timeZone: string;
  /** ISO 639-1 language for alerts. */
  language: string;
  defaultWindows: PromiseWindows;
  /** SHA-256 (hex) of the user's API tokens; the tokens themselves are never stored. */
  tokenHashes: string[];
  createdAt: string;
  updatedAt: string;
  /** Optimistic-locking counter of the stored profile; 0 before the first save. */
  version: number;
}

/** Canonical form of a mail address for lookups: trimmed and lower-cased. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** Addresses in canonical form, each once, in their first order. */
export function normalizeAddresses(addresses: readonly string[]): string[] {
  return [...new Set(addresses.map(normalizeAddress))];
}

/** What is needed to create a user; the rest has defaults (UTC, English, the default promise windows). */
export interface NewUserInput {
  id: string;
  email: string;
  forwardingAddresses: string[];
  /** Recipient addresses vendors may write to directly; none when omitted. */
  watchAddresses?: string[] | undefined;
  alertEmail?: string | null | undefined;
  timeZone?: string | undefined;
  language?: string | undefined;
  defaultWindows?: PromiseWindows | undefined;
  tokenHashes: string[];
  at: Date;
}

/** A new user, not yet saved (version 0), with normalised forwarding and watch addresses. */
export function newUser(input: NewUserInput): User {
  const at = input.at.toISOString();
  return {
    id: input.id,
    email: input.email,
    forwardingAddresses: normalizeAddresses(input.forwardingAddresses),
    watchAddresses: normalizeAddresses(input.watchAddresses ?? []),
    alertEmail: input.alertEmail ?? null,
    timeZone: input.timeZone ?? 'UTC',
    language: input.language ?? 'en',
    defaultWindows: input.defaultWindows ?? DEFAULT_PROMISE_WINDOWS,
    tokenHashes: input.tokenHashes,
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
}
