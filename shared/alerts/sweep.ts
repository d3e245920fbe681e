import { createHash } from 'node:crypto';
import type { Case } from '../cases/case';
import { newId as randomId } from '../cases/ids';
import type { User } from '../cases/user';
import type { Logger } from '../logger';
import { type AlertClaim, claimAlert, releaseAlertClaim, settleAlertClaimWrite } from '../store/alert-claims';
import { type CaseChange, caseWrites, getCase } from '../store/cases';
import type { TableHandle } from '../store/client';
import { ConcurrentUpdateError } from '../store/errors';
import { createGroupCommit, type GroupCommit } from '../store/group-commit';
import type { AlertClaimKey } from '../store/keys';
import { listDueSweepEntries, type SweepEntry } from '../store/sweep-index';
import { postponeSweepEntry } from '../store/sweep-postpone';
import { type TransactItem, TransactionCancelledError } from '../store/transact';
import { getUser } from '../store/users';
import { composeAlert } from './compose';
import { AlertSendError, type Notifier } from './notifiers/notifier';
import {
  type AlertDelivery,
  type AlertPlan,
  type AlertPolicy,
  alertPolicy,
  DEFAULT_REMINDER_SCHEDULE,
  type PlannedAlert,
  planAlert,
  planGuaranteeNotice,
  type ReminderSchedule,
  recordAlert,
} from './reminder-schedule';
import { alertMessageId } from './thread-ids';

/**
 * The overdue sweep: small, conditional, restartable steps (after healthchecks' sendalerts).
 *
 * For each entry the sparse sweep index lists as due at or before `now` (an expectation, or a case's money-back
 * window):
 * 1. re-read its case (the index is eventually consistent) and plan: send an alert, move the entry's next look
 *    time, or nothing (met, closed, snoozed, already handled);
 * 2. claim the alert with a conditional write, so one sweep of any number running at once sends it;
 * 3. send it, its Message-ID derived from the claim, so a retry resends the very same message;
 * 4. record the alert on the case (a versioned save) and settle the claim, in one transaction.
 *
 * Items are worked on a few at once, and their claims and recordings commit together (group-commit.ts): each
 * keeps its own conditions and outcome, but DynamoDB sees a few large transactions instead of many small ones.
 *
 * Delivery is at most once per claim attempt, and every claim is eventually sent and recorded: a crash (or a
 * failure) after the claim and before the recording leaves the claim pending, and once its lease runs out the
 * next sweep sends the alert again under the same Message-ID (the outbox replaces its file; SMTP and SES deliver
 * a second copy that mail clients show as the same message). Only that window can repeat an alert.
 */

export interface SweepDeps {
  table: TableHandle;
  notifier: Notifier;
  logger: Logger;
  /** The domain of our Message-IDs. */
  alertDomain: string;
  /** The From header of alerts. */
  from: string;
  reminderSchedule?: ReminderSchedule;
  /** Days before a money-back window closes that the user hears about it (default 3). */
  guaranteeNoticeDays?: number;
  /** Ids of timeline entries (random by default). */
  newId?: () => string;
  /** How long a claim keeps other sweeps off an alert being sent and recorded; longer than that takes (default 2 min). */
  claimLeaseMs?: number;
  /** How far an item that failed unexpectedly is pushed back (default 1 h). */
  retryFailedAfterMs?: number;
  /** Due items worked on at once (default 8). */
  concurrency?: number;
  /** Index items read per query (default 100). */
  pageSize?: number;
}

/** What one sweep did. */
export interface SweepReport {
  /** Sweep index items read (what the sweep's cost follows). */
  itemsRead: number;
  /** Index items acted on (each may send more than one alert). */
  dueItems: number;
  /** Alerts delivered by this sweep. */
  alertsSent: number;
  /** Items with nothing sent by this sweep: not due after all, rescheduled, or handled by another sweep. */
  skipped: number;
  /** Items that failed (retried on a later sweep) or whose alert the channel refused for good. */
  failed: number;
}

interface SweepContext {
  deps: SweepDeps;
  now: Date;
  policy: AlertPolicy;
  newId: () => string;
  users: Map<string, Promise<User | null>>;
  /** Claims and case saves of the items worked on at once commit together (a few transactions, not many). */
  commits: GroupCommit;
}

/** done: nothing (more) to do for now; failed: retried by a later sweep (or refused for good, and recorded). */
type ItemResult = 'done' | 'failed';

/** Alerts one item has sent so far (counted as each goes out, in case the item fails afterwards). */
interface ItemTally {
  sent: number;
}

// An entry sends one alert per sweep (its deadline alert, or the window notice); more would mean a bug looping.
const MAX_ALERTS_PER_ITEM = 3;
const SAVE_ATTEMPTS = 3;

/**
 * Runs one sweep as of `now`: reads only the index entries due by then (page by page) and handles each on its
 * own, so one bad item is logged and pushed back an hour instead of stopping the sweep.
 * @throws when the index cannot be read (the caller's retry applies).
 */
export async function runSweep(deps: SweepDeps, now: Date): Promise<SweepReport> {
  const report: SweepReport = { itemsRead: 0, dueItems: 0, alertsSent: 0, skipped: 0, failed: 0 };
  const context: SweepContext = {
    deps,
    now,
    policy: alertPolicy(deps.reminderSchedule ?? DEFAULT_REMINDER_SCHEDULE, deps.guaranteeNoticeDays ?? 3),
    newId: deps.newId ?? randomId,
    users: new Map(),
    commits: createGroupCommit(deps.table),
  };
  let cursor: string | null = null;
  do {
    const page = await listDueSweepEntries(deps.table, now, { limit: deps.pageSize ?? 100, cursor });
    report.itemsRead += page.itemsRead;
    report.dueItems += page.items.length;
    await forEachAtOnce(page.items, deps.concurrency ?? 8, async (due) => {
      const tally: ItemTally = { sent: 0 };
      const result = await sweepItemSafely(context, due, tally);
      report.alertsSent += tally.sent;
      if (result === 'failed') report.failed += 1;
      else if (tally.sent === 0) report.skipped += 1;
    });
    cursor = page.nextCursor;
  } while (cursor !== null);
  return report;
}

async function sweepItemSafely(
  context: SweepContext,
  due: SweepEntry,
  tally: ItemTally,
): Promise<ItemResult> {
  try {
    return await sweepItem(context, due, tally);
  } catch (error) {
    // Push the item back first: otherwise it fails again on every sweep (healthchecks' crash-loop guard).
    const { deps, now } = context;
    const retryAt = new Date(now.getTime() + (deps.retryFailedAfterMs ?? 3_600_000));
    const fields = { caseId: due.caseId, subject: due.subject, error };
    try {
      await postponeSweepEntry(deps.table, due, retryAt);
      deps.logger.error('sweep item failed; retrying it later', {
        ...fields,
        retryAt: retryAt.toISOString(),
      });
    } catch (postponeError) {
      deps.logger.error('sweep item failed and could not be pushed back', { ...fields, postponeError });
    }
    return 'failed';
  }
}

async function sweepItem(context: SweepContext, due: SweepEntry, tally: ItemTally): Promise<ItemResult> {
  const { deps } = context;
  const plan = planner(context, due);
  let caseRecord = await getCase(deps.table, due.caseId);
  for (let step = 0; step < MAX_ALERTS_PER_ITEM && caseRecord !== null; step += 1) {
    const planned = plan(caseRecord);
    if (planned.action === 'skip') break;
    if (planned.action === 'reschedule') {
      await reschedule(context, caseRecord, plan);
      break;
    }
    const outcome = await deliverAlert(context, caseRecord, planned.alert, tally);
    if (outcome.kind === 'busy') break;
    if (outcome.kind === 'retry' || outcome.kind === 'refused') return 'failed';
    caseRecord = outcome.caseRecord;
  }
  return 'done';
}

/** What is due for an entry's subject in a case, as of the sweep's time. */
function planner(context: SweepContext, due: SweepEntry): (caseRecord: Case) => AlertPlan {
  const { now, policy } = context;
  const subject = due.subject;
  return subject.kind === 'guarantee'
    ? (caseRecord) => planGuaranteeNotice(caseRecord, now, policy)
    : (caseRecord) => planAlert(caseRecord, subject.expectationId, now, policy);
}

type DeliveryOutcome =
  /** Delivered (sent), refused for good (refused) or sent earlier (recorded); `caseRecord`: as now stored. */
  | { kind: 'sent' | 'refused' | 'recorded'; caseRecord: Case | null }
  /** Another sweep holds the claim. */
  | { kind: 'busy' }
  /** The channel failed for now; the claim is released for the next sweep. */
  | { kind: 'retry' };

/** Claims one planned alert, sends it if this sweep won the claim, and records it on the case. */
async function deliverAlert(
  context: SweepContext,
  caseRecord: Case,
  alert: PlannedAlert,
  tally: ItemTally,
): Promise<DeliveryOutcome> {
  const { deps, now } = context;
  const user = await recipientOf(context, caseRecord.userId);
  const { key, alertId } = alertClaimOf(alert);
  // Before claiming: ids that cannot form a Message-ID fail here, not with a claim left behind.
  const messageId = alertMessageId(alertId, caseRecord.id, deps.alertDomain);
  const claimed = await claimAlert(deps.table, key, {
    alertId,
    now,
    leaseMs: deps.claimLeaseMs ?? 120_000,
    commits: context.commits,
  });
  if (claimed.outcome === 'busy') return { kind: 'busy' };

  const { claim } = claimed;
  let delivery: AlertDelivery = {
    alertId,
    messageId,
    at: claim.claimedAt,
    channel: claim.channel,
    receiptId: claim.receiptId,
    error: claim.error,
  };
  let kind: 'sent' | 'refused' | 'recorded' = 'recorded';
  // The claim is settled in the recording's transaction: a crash before it leaves the claim pending, and the
  // alert is sent again under the same Message-ID once the lease runs out.
  const settle: TransactItem[] = [];
  if (claimed.outcome === 'claimed') {
    const attempt = await sendAlert(context, { caseRecord, alert, claim, user, key, delivery });
    if (attempt === 'retry') return { kind: 'retry' };
    ({ kind, delivery } = attempt);
    if (kind === 'sent') tally.sent += 1; // counted now: the alert is out even if recording it fails below
    settle.push(
      settleAlertClaimWrite(deps.table, key, {
        state: kind === 'sent' ? 'sent' : 'failed',
        at: now,
        channel: delivery.channel ?? 'unknown',
        receiptId: delivery.receiptId,
        error: delivery.error,
      }),
    );
  }
  const stored = await saveWithRetry(
    context,
    caseRecord,
    (current) => recordAlert(current, alert, delivery, { policy: context.policy, newId: context.newId }),
    settle,
  );
  return { kind, caseRecord: stored };
}

/**
 * Composes the alert as of its claim's time (so a retry sends the very same message) and sends it. A channel
 * that refuses it for good gives a delivery with the error, to be recorded; any other failure frees the claim
 * for the next sweep ('retry' for a channel failure, thrown for anything unexpected).
 */
async function sendAlert(
  context: SweepContext,
  attempt: {
    caseRecord: Case;
    alert: PlannedAlert;
    claim: AlertClaim;
    user: User;
    key: AlertClaimKey;
    delivery: AlertDelivery;
  },
): Promise<{ kind: 'sent' | 'refused'; delivery: AlertDelivery } | 'retry'> {
  const { deps, now } = context;
  const { caseRecord, alert, claim, delivery } = attempt;
  const log = deps.logger.child({ caseId: caseRecord.id, alertId: claim.alertId, reason: alert.reason });
  try {
    const composed = composeAlert({
      reason: alert.reason,
      caseRecord,
      expectation: aboutExpectation(caseRecord, alert),
      user: attempt.user,
      now: new Date(claim.claimedAt),
      alertId: claim.alertId,
      alertDomain: deps.alertDomain,
      from: deps.from,
    });
    const receipt = await deps.notifier.send(composed);
    log.info('alert sent', { channel: receipt.channel, receiptId: receipt.id });
    return {
      kind: 'sent',
      delivery: { ...delivery, channel: receipt.channel, receiptId: receipt.id, error: null },
    };
  } catch (error) {
    if (error instanceof AlertSendError && error.permanent) {
      log.error('alert refused by the channel for good; recording it', { error });
      return {
        kind: 'refused',
        delivery: { ...delivery, channel: error.channel, receiptId: null, error: error.message },
      };
    }
    // Not sent: free the claim at once instead of waiting for its lease.
    await releaseAlertClaim(deps.table, attempt.key, now);
    if (!(error instanceof AlertSendError)) throw error;
    log.warn('alert not sent; retrying on the next sweep', { error });
    return 'retry';
  }
}

/** Stores the entry's next look time, planned again on every attempt: a case read afresh may call for another. */
async function reschedule(
  context: SweepContext,
  caseRecord: Case,
  plan: (caseRecord: Case) => AlertPlan,
): Promise<void> {
  await saveWithRetry(context, caseRecord, (current) => {
    const planned = plan(current);
    return planned.action === 'reschedule' ? planned.caseRecord : null; // an alert: the next sweep sends it
  });
}

/**
 * Saves `change(case)` with the case's version condition, plus `extra` writes in the same transaction; when
 * another writer got there first, reads the case again and reapplies. `change` returns null when there is
 * nothing (left) to change; `extra` is written all the same. Returns the case as stored.
 */
async function saveWithRetry(
  context: SweepContext,
  caseRecord: Case,
  change: (current: Case) => Case | null,
  extra: TransactItem[] = [],
): Promise<Case | null> {
  let current: Case | null = caseRecord;
  for (let attempt = 1; current !== null; attempt += 1) {
    const after = change(current);
    if (after === null) {
      await context.commits.write(extra);
      return current;
    }
    try {
      return await commitCase(context, { before: current, after }, extra);
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || attempt >= SAVE_ATTEMPTS) throw error;
    }
    current = await getCase(context.deps.table, caseRecord.id);
  }
  return null;
}

/**
 * saveCase through the sweep's group commit: the store's versioned writes of the change, with `extra`, as one
 * atomic unit. @throws ConcurrentUpdateError when another writer changed the case first.
 */
async function commitCase(context: SweepContext, change: CaseChange, extra: TransactItem[]): Promise<Case> {
  try {
    await context.commits.write([...caseWrites(context.deps.table, change), ...extra]);
  } catch (error) {
    if (!(error instanceof TransactionCancelledError)) throw error;
    throw new ConcurrentUpdateError(`case ${change.after.id} changed concurrently`, { cause: error });
  }
  return { ...change.after, version: (change.before?.version ?? 0) + 1 };
}

/** The expectation an alert is about; for a money-back notice, the awaited refund when there is one. */
function aboutExpectation(caseRecord: Case, alert: PlannedAlert) {
  if (alert.expectationId !== null) {
    return caseRecord.expectations.find((expectation) => expectation.id === alert.expectationId) ?? null;
  }
  return (
    caseRecord.expectations.find(
      (expectation) => expectation.expect === 'refund.confirmed' && expectation.status !== 'met',
    ) ?? null
  );
}

async function recipientOf(context: SweepContext, userId: string): Promise<User> {
  let user = context.users.get(userId);
  if (user === undefined) {
    user = getUser(context.deps.table, userId);
    context.users.set(userId, user);
  }
  const found = await user;
  if (found === null) throw new Error(`user ${userId} of a due case does not exist`);
  return found;
}

/**
 * The claim key of a planned alert and its alert id. The id is derived from the key, so every attempt at one
 * alert carries the same id and Message-ID.
 */
export function alertClaimOf(alert: PlannedAlert): { key: AlertClaimKey; alertId: string } {
  const key: AlertClaimKey = {
    caseId: alert.caseId,
    subject: alert.expectationId ?? 'guarantee',
    occurrence: alert.occurrence,
    reason: alert.reason,
    sequence: alert.sequence,
  };
  const digest = createHash('sha256').update(JSON.stringify(key)).digest('base64url').slice(0, 22);
  return { key, alertId: `${key.reason}-${digest}` };
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function forEachAtOnce<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
