import type { TransitionDeps } from '../../shared/cases/apply-message';
import type { DeadlineCalendar } from '../../shared/cases/deadlines';
import { DEFAULT_PROMISE_WINDOWS, type User } from '../../shared/cases/user';
import type { Duration, Kind, VendorPromise } from '../../shared/classify/types';
import type { Understanding } from '../../shared/classify/understand-message';

/** A stored-looking user; forwarding address `<id>@forwarder.test` unless overridden. */
export function makeUser(overrides: Partial<User> = {}): User {
  const id = overrides.id ?? 'user-1';
  return {
    id,
    email: `${id}@example.test`,
    forwardingAddresses: [`${id}@forwarder.test`],
    alertEmail: null,
    timeZone: 'UTC',
    language: 'en',
    defaultWindows: DEFAULT_PROMISE_WINDOWS,
    tokenHashes: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 0,
    ...overrides,
  };
}

export interface UnderstandingSpec {
  kinds?: Kind[];
  promises?: VendorPromise[];
  vendor?: string | null;
  vendorName?: string | null;
  amount?: string | null;
  currency?: string | null;
  reference?: string | null;
  subject?: string;
  /** The vendor message's Date header. */
  date?: Date | null;
  forwarder?: string | null;
}

/** An Understanding as the classify pipeline would produce it for a forwarded vendor message. */
export function makeUnderstanding(spec: UnderstandingSpec = {}): Understanding {
  const vendor = spec.vendor === undefined ? 'vendor.test' : spec.vendor;
  const forwarder = spec.forwarder === undefined ? 'user-1@forwarder.test' : spec.forwarder;
  return {
    kinds: spec.kinds ?? [],
    amount: spec.amount ?? null,
    currency: spec.currency ?? null,
    reference: spec.reference ?? null,
    language: 'en',
    promises: spec.promises ?? [],
    evidence: [],
    vendor,
    vendorName: spec.vendorName === undefined ? 'Vendor' : spec.vendorName,
    forward: 'gmail-inline',
    message: {
      from: { name: 'Vendor', address: vendor ? `support@${vendor}` : null },
      subject: spec.subject ?? 'Your request',
      date: spec.date === undefined ? null : spec.date,
      messageId: null,
      text: '',
      chainText: '',
      jsonLd: [],
      links: [],
      forward: 'gmail-inline',
      forwarder: forwarder ? { name: null, address: forwarder } : null,
      forwarderNote: '',
    },
  };
}

/** `within` as exact milliseconds, whatever the unit: due times in table tests are plain arithmetic. */
export function arithmeticDueAt(promisedAt: Date, within: Duration, _calendar: DeadlineCalendar): Date {
  const hour = 3_600_000;
  const unitMs = {
    minutes: 60_000,
    hours: hour,
    days: 24 * hour,
    business_days: 24 * hour,
    weeks: 7 * 24 * hour,
  };
  return new Date(promisedAt.getTime() + within.value * unitMs[within.unit]);
}

/** Ids `<prefix>-1`, `<prefix>-2`, ... */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}-${next}`;
  };
}

/** Transition deps with arithmetic deadlines, no vendor directory and predictable ids. */
export function testTransitionDeps(overrides: Partial<TransitionDeps> = {}): TransitionDeps {
  return {
    computeDueAt: arithmeticDueAt,
    findVendorProfile: () => null,
    newId: sequentialIds(),
    ...overrides,
  };
}
