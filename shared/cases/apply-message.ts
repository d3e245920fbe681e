import type { Duration, Kind } from '../classify/types';
import type { Understanding } from '../classify/understand-message';
import {
  type Case,
  type Expectation,
  type ExpectationSource,
  type ExpectedKind,
  isAwaited,
  newCase,
  pendingExpectation,
  type TimelineDetails,
  type TimelineEntry,
  type TimelineEntryType,
} from './case';
import type { DeadlineCalendar } from './deadlines';
import { refreshTitle } from './title';
import type { User } from './user';
import type { VendorProfile } from './vendor-directory';

/** A message accepted for a user, with what was understood of it. */
export interface ReceivedMessage {
  /** Our id of the message (the SES message id, or the local listener's). */
  id: string;
  receivedAt: Date;
  understanding: Understanding;
  /** Where the raw message is kept (e.g. s3://bucket/key), if anywhere. */
  rawLocation: string | null;
}

/** The pure helpers a transition needs, injected so tests control ids and deadlines. */
export interface TransitionDeps {
  computeDueAt: (promisedAt: Date, within: Duration, calendar: DeadlineCalendar) => Date;
  findVendorProfile: (domain: string | null) => VendorProfile | null;
  newId: () => string;
}

/** What a message did to a case, for logs and tests. */
export type CaseEvent =
  | { type: 'case.opened' }
  | { type: 'expectation.added'; expectationId: string; expect: ExpectedKind; dueAt: string }
  | { type: 'expectation.moved'; expectationId: string; from: string; to: string }
  | { type: 'expectation.met'; expectationId: string }
  | { type: 'expectation.rejected'; expectationId: string }
  | { type: 'case.resolved' }
  | { type: 'message.logged' };

/** A message either changes (or opens) a case, or matches none and is kept as unmatched. */
export type MessageResult =
  | { kind: 'case'; case: Case; events: CaseEvent[] }
  | { kind: 'unmatched'; reason: 'no-vendor' | 'unrelated' };

const AWAITED_AFTER: Partial<Record<Kind, ExpectedKind>> = {
  'cancellation.received': 'cancellation.confirmed',
  'refund.received': 'refund.confirmed',
};
const EXPECTED_KINDS: readonly ExpectedKind[] = ['cancellation.confirmed', 'refund.confirmed'];

/**
 * Applies one understood vendor message to the user's matching open case (or to no case), purely.
 *
 * 1. No case: unrelated messages (no kind, no promise) and messages without a vendor stay unmatched;
 *    anything else opens a case (a lone confirmation opens one that ends up resolved).
 * 2. `*.received` and promises add the awaited confirmation, due per the vendor's promise or the user's default
 *    window; a newer promise moves the due time of one already awaited.
 * 3. `*.confirmed` meets the awaited expectation of that kind (or records a met one when none was awaited).
 * 4. `refund.rejected` rejects the awaited refund and flags the case for an immediate alert.
 * 5. An open case with nothing awaited any more is resolved. Every message goes on the timeline.
 */
export function applyMessage(
  current: Case | null,
  message: ReceivedMessage,
  user: User,
  deps: TransitionDeps,
): MessageResult {
  const understanding = message.understanding;
  const kinds = new Set(understanding.kinds);
  const promisedKinds = understanding.promises
    .map((promise) => promise.expect)
    .filter((kind): kind is ExpectedKind => isExpectedKind(kind));
  if (current === null) {
    if (understanding.vendor === null) return { kind: 'unmatched', reason: 'no-vendor' };
    if (kinds.size === 0 && promisedKinds.length === 0) return { kind: 'unmatched', reason: 'unrelated' };
  }

  const receivedAt = message.receivedAt.toISOString();
  // The vendor's Date counts, but never a date later than arrival (a skewed or forged clock must not buy time).
  const vendorDate = understanding.message.date;
  const saidAt = vendorDate !== null && vendorDate <= message.receivedAt ? vendorDate : message.receivedAt;
  const events: CaseEvent[] = [];
  const entries: TimelineEntry[] = [];
  const addEntry = (type: TimelineEntryType, summary: string, details: TimelineDetails = {}) =>
    entries.push({ id: deps.newId(), at: receivedAt, type, summary, details });

  const profile = deps.findVendorProfile(current?.vendor.domain ?? understanding.vendor);
  let next: Case =
    current ??
    newCase({
      id: deps.newId(),
      userId: user.id,
      // The directory's name ("Constant Contact") reads better in alerts than a sender's ("CC Billing Team").
      vendor: { domain: understanding.vendor ?? '', name: profile?.name ?? understanding.vendorName },
      at: message.receivedAt,
    });
  if (current === null) events.push({ type: 'case.opened' });
  addEntry('message', describeMessage(understanding), messageDetails(message));

  const calendar: DeadlineCalendar = profile
    ? { timeZone: profile.timeZone, country: profile.country }
    : { timeZone: user.timeZone, country: null };
  const expectations = [...next.expectations];
  const statusBefore = next.status;

  // 2. What is now awaited, and by when.
  const awaited = new Set<ExpectedKind>(promisedKinds);
  for (const kind of kinds) {
    const after = AWAITED_AFTER[kind];
    if (after) awaited.add(after);
  }
  for (const expect of awaited) {
    if (kinds.has(expect)) continue; // the same message already confirms it
    const promise = understanding.promises.find((candidate) => candidate.expect === expect);
    const within = promise?.within ?? defaultWindow(user, expect);
    const source: ExpectationSource = {
      kind: promise ? 'promise' : 'default',
      messageId: message.id,
      within,
    };
    const dueAt = deps.computeDueAt(saidAt, within, calendar).toISOString();
    const index = expectations.findIndex((candidate) => candidate.expect === expect && isAwaited(candidate));
    const existing = expectations[index];
    if (existing) {
      // Only a newer promise moves a deadline; a repeated acknowledgement without one keeps it.
      if (!promise || saidAt.toISOString() <= existing.promisedAt || dueAt === existing.dueAt) continue;
      expectations[index] = {
        ...existing,
        status: 'pending',
        promisedAt: saidAt.toISOString(),
        dueAt,
        timeZone: calendar.timeZone,
        source,
        nextAlertAt: dueAt,
        alertsSent: 0,
        lastAlertAt: null,
      };
      events.push({ type: 'expectation.moved', expectationId: existing.id, from: existing.dueAt, to: dueAt });
      addEntry('expectation', `${label(expect)} now due by ${dueAt}`, {
        expectationId: existing.id,
        from: existing.dueAt,
        to: dueAt,
      });
      continue;
    }
    // An acknowledgement older than the confirmation already on file is history, not a new request.
    const settledLater = expectations.some(
      (candidate) =>
        candidate.expect === expect && candidate.metAt !== null && candidate.metAt >= saidAt.toISOString(),
    );
    if (settledLater) continue;
    const expectation = pendingExpectation({
      id: deps.newId(),
      expect,
      promisedAt: saidAt.toISOString(),
      dueAt,
      timeZone: calendar.timeZone,
      source,
    });
    expectations.push(expectation);
    events.push({ type: 'expectation.added', expectationId: expectation.id, expect, dueAt });
    addEntry('expectation', `${label(expect)} expected by ${dueAt}`, {
      expectationId: expectation.id,
      dueAt,
      source: source.kind,
    });
  }

  const facts = {
    amount: understanding.amount,
    currency: understanding.currency,
    reference: understanding.reference,
  };

  // 3. Confirmations.
  for (const expect of EXPECTED_KINDS) {
    if (!kinds.has(expect)) continue;
    const index = oldestAwaited(expectations, expect);
    const existing = expectations[index];
    if (existing) {
      expectations[index] = {
        ...existing,
        ...facts,
        status: 'met',
        metAt: saidAt.toISOString(),
        metByMessageId: message.id,
        nextAlertAt: null,
      };
      events.push({ type: 'expectation.met', expectationId: existing.id });
      addEntry('expectation', `${label(expect)} received`, { expectationId: existing.id });
      continue;
    }
    // Already met: a second copy of the confirmation changes nothing.
    if (expectations.some((candidate) => candidate.expect === expect && candidate.status === 'met')) continue;
    const expectation = settledExpectation(deps.newId(), expect, 'met', saidAt, message, calendar, facts);
    expectations.push(expectation);
    events.push({ type: 'expectation.met', expectationId: expectation.id });
    addEntry('expectation', `${label(expect)} received`, { expectationId: expectation.id });
  }

  // 4. Refusal of the refund: alert at once.
  let alertNeeded = next.alertNeeded;
  if (kinds.has('refund.rejected') && !kinds.has('refund.confirmed')) {
    const index = oldestAwaited(expectations, 'refund.confirmed');
    const existing = expectations[index];
    const rejected: Expectation = existing
      ? {
          ...existing,
          ...facts,
          status: 'rejected',
          metAt: saidAt.toISOString(),
          metByMessageId: message.id,
          nextAlertAt: receivedAt,
          alertsSent: 0,
        }
      : {
          ...settledExpectation(
            deps.newId(),
            'refund.confirmed',
            'rejected',
            saidAt,
            message,
            calendar,
            facts,
          ),
          nextAlertAt: receivedAt,
        };
    if (existing) expectations[index] = rejected;
    else expectations.push(rejected);
    alertNeeded = true;
    events.push({ type: 'expectation.rejected', expectationId: rejected.id });
    addEntry('expectation', 'Refund rejected by the vendor', { expectationId: rejected.id });
  }

  next = {
    ...next,
    expectations,
    alertNeeded,
    references: addReference(next.references, understanding.reference),
    amount: next.amount ?? understanding.amount,
    currency: next.amount === null ? understanding.currency : next.currency,
    updatedAt: receivedAt,
  };

  // 5. Status follows the expectations.
  const changedExpectations = events.some((event) => event.type.startsWith('expectation.'));
  if (next.status === 'open' && changedExpectations && !expectations.some(isAwaited)) {
    next = { ...next, status: 'resolved' };
    events.push({ type: 'case.resolved' });
    if (statusBefore === 'open' && current !== null)
      addEntry('status', 'Case resolved: nothing awaited any more');
  }
  if (current === null && next.status === 'resolved') addEntry('status', 'Case opened already resolved');
  if (!changedExpectations) events.push({ type: 'message.logged' });

  next = refreshTitle({ ...next, timeline: [...next.timeline, ...entries] });
  return { kind: 'case', case: next, events };
}

/** Whether a promised kind is one a case can wait for. */
function isExpectedKind(kind: Kind): kind is ExpectedKind {
  return (EXPECTED_KINDS as readonly Kind[]).includes(kind);
}

function settledExpectation(
  id: string,
  expect: ExpectedKind,
  status: 'met' | 'rejected',
  saidAt: Date,
  message: ReceivedMessage,
  calendar: DeadlineCalendar,
  facts: Pick<Expectation, 'amount' | 'currency' | 'reference'>,
): Expectation {
  const at = saidAt.toISOString();
  return {
    id,
    expect,
    status,
    promisedAt: at,
    dueAt: at,
    timeZone: calendar.timeZone,
    source: { kind: 'promise', messageId: message.id, within: null },
    metAt: at,
    metByMessageId: message.id,
    ...facts,
    nextAlertAt: null,
    alertsSent: 0,
    lastAlertAt: null,
  };
}

function oldestAwaited(expectations: Expectation[], expect: ExpectedKind): number {
  let found = -1;
  expectations.forEach((candidate, index) => {
    if (candidate.expect !== expect || !isAwaited(candidate)) return;
    const best = expectations[found];
    if (!best || candidate.dueAt < best.dueAt) found = index;
  });
  return found;
}

function defaultWindow(user: User, expect: ExpectedKind): Duration {
  return expect === 'cancellation.confirmed' ? user.defaultWindows.cancellation : user.defaultWindows.refund;
}

function addReference(references: string[], reference: string | null): string[] {
  if (reference === null || references.includes(reference)) return references;
  return [...references, reference];
}

function label(expect: ExpectedKind): string {
  return expect === 'cancellation.confirmed' ? 'Cancellation confirmation' : 'Refund confirmation';
}

function describeMessage(understanding: Understanding): string {
  const what = understanding.kinds.length > 0 ? understanding.kinds.join(', ') : 'unrelated';
  return `${what}: ${understanding.message.subject || '(no subject)'}`;
}

function messageDetails(message: ReceivedMessage): TimelineDetails {
  const understanding = message.understanding;
  return {
    messageId: message.id,
    vendorMessageId: understanding.message.messageId,
    subject: understanding.message.subject,
    from: understanding.message.from?.address ?? null,
    sentAt: understanding.message.date?.toISOString() ?? null,
    kinds: understanding.kinds,
    amount: understanding.amount,
    currency: understanding.currency,
    reference: understanding.reference,
    promises: understanding.promises.map(
      (promise) => `${promise.expect} within ${promise.within.value} ${promise.within.unit}`,
    ),
    evidence: understanding.evidence,
    forward: understanding.forward,
    rawLocation: message.rawLocation,
  };
}
