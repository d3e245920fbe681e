import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { TransitionDeps } from '../cases/apply-message';
import { type Case, type Expectation, isAwaited, type TimelineEntry } from '../cases/case';
import { moveDueTime, snoozeEnd } from '../cases/manual-case';
import { refreshTitle } from '../cases/title';
import { TRANSITION_DEPS } from '../cases/transition-deps';
import type { User } from '../cases/user';
import { closeCase, reopenCase, snoozeCase } from '../cases/user-actions';
import type { Logger } from '../logger';
import { getUserCase, saveCase } from '../store/cases';
import type { TableHandle } from '../store/client';
import { ConcurrentUpdateError } from '../store/errors';
import type { Notifier, SendReceipt } from './notifiers/notifier';
import { isAutomaticReply, isReplyToOurAlert, parseReplyCommand, type ReplyCommand } from './reply-command';
import { composeReplyConfirmation } from './reply-confirmation';

/** A message recognised as the user's reply to one of our alerts. */
export interface RecognisedReply {
  /** The case the alert was about, from the threading headers (still to be checked against the sender). */
  caseId: string;
  /** The command found in the reply, or null when it holds none (the confirmation then lists them). */
  command: ReplyCommand | null;
}

/** The parts of a parsed message a reply is recognised by (ParsedMessage has them). */
export interface ReplyHeaders {
  inReplyTo: string | null;
  references: string[];
  /** Lower-cased header name → values. */
  headers: Record<string, string[]>;
}

/**
 * Whether a message answers one of our alerts (by In-Reply-To/References on `alertDomain`), and the command in
 * it; null for anything else, and for automatic replies (out-of-office, lists), which must never be obeyed or
 * answered. The caller must check that the sender is one of the user's forwarding addresses and pass that user
 * to applyReplyCommand, which refuses cases of other users.
 */
export function recogniseReply(
  parsed: ReplyHeaders,
  text: string,
  alertDomain: string,
): RecognisedReply | null {
  const firstValues = Object.fromEntries(
    Object.entries(parsed.headers).map(([name, values]) => [name, values[0]]),
  );
  if (isAutomaticReply(firstValues)) return null;
  const caseId = isReplyToOurAlert(
    { inReplyTo: parsed.inReplyTo, references: parsed.references },
    alertDomain,
  );
  return caseId === null ? null : { caseId, command: parseReplyCommand(text) };
}

export interface ApplyReplyDeps {
  table: TableHandle;
  notifier: Notifier;
  logger: Logger;
  alertDomain: string;
  /** The From header of confirmations. */
  from: string;
  now: Date;
  /** Deadline counting, vendor directory and ids; the real ones by default. */
  transition?: TransitionDeps;
}

export interface ReplyInput {
  /** The user the reply came from (its sender is one of their forwarding addresses). */
  user: User;
  caseId: string;
  command: ReplyCommand | null;
  /** The reply's Message-ID: the confirmation threads under it, and a redelivered reply gets the same one. */
  replyMessageId?: string | null;
}

/**
 * applied: the case changed (or already was as asked, e.g. closing a closed case); not-understood: no command,
 * the confirmation lists them; nothing-to-change: the command does not fit the case (extending with nothing
 * awaited, snoozing until a past date), nothing sent; not-found: no such case for this user, nothing sent.
 */
export type ReplyOutcome =
  | {
      outcome: 'applied' | 'not-understood';
      caseRecord: Case;
      /** Where the confirmation went; null when it could not be sent (the change stands). */
      confirmation: SendReceipt | null;
    }
  | { outcome: 'nothing-to-change'; caseRecord: Case; reason: string }
  | { outcome: 'not-found' };

/** A command as applied to a case: the case afterwards, the command to confirm, the expectation it changed. */
export type CommandResult =
  | { kind: 'changed'; caseRecord: Case; confirmed: ReplyCommand; expectation: Expectation | null }
  | { kind: 'nothing-to-change'; reason: string };

const SAVE_ATTEMPTS = 3;

/**
 * Applies a reply command to the user's own case and confirms it by mail. Another user's case id answers
 * not-found and changes nothing (ids in reply headers can be forged). Saved with the case's version condition,
 * re-read and re-applied when another writer got there first.
 */
export async function applyReplyCommand(deps: ApplyReplyDeps, input: ReplyInput): Promise<ReplyOutcome> {
  const transition = deps.transition ?? TRANSITION_DEPS;
  const log = deps.logger.child({ caseId: input.caseId, userId: input.user.id });
  let current = await getUserCase(deps.table, input.user.id, input.caseId);
  if (current === null) {
    log.warn('reply to an alert of a case this user does not have');
    return { outcome: 'not-found' };
  }
  let result: CommandResult | null = null;
  for (let attempt = 1; input.command !== null; attempt += 1) {
    result = applyCommand(current, input.command, input.user, transition, deps.now);
    if (result.kind === 'nothing-to-change') {
      log.info('reply command does not apply', { command: input.command.command, reason: result.reason });
      return { outcome: 'nothing-to-change', caseRecord: current, reason: result.reason };
    }
    if (result.caseRecord === current) break;
    try {
      current = await saveCase(deps.table, { before: current, after: result.caseRecord });
      break;
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || attempt >= SAVE_ATTEMPTS) throw error;
    }
    const fresh: Case | null = await getUserCase(deps.table, input.user.id, input.caseId);
    if (fresh === null) return { outcome: 'not-found' };
    current = fresh;
  }

  const applied = result?.kind === 'changed' ? result : null;
  const confirmation = composeReplyConfirmation({
    command: applied?.confirmed ?? null,
    caseRecord: current,
    expectation: applied?.expectation ? afterChange(current, applied.expectation) : null,
    user: input.user,
    now: deps.now,
    alertId: confirmationId(input, deps.now),
    alertDomain: deps.alertDomain,
    from: deps.from,
    replyMessageId: input.replyMessageId ?? null,
  });
  let receipt: SendReceipt | null = null;
  try {
    receipt = await deps.notifier.send(confirmation);
  } catch (error) {
    // The command stands either way; throwing would only make the inbound retry find nothing new to do.
    log.error('reply confirmation not sent', { error });
  }
  return {
    outcome: applied === null ? 'not-understood' : 'applied',
    caseRecord: current,
    confirmation: receipt,
  };
}

/**
 * What a command does to a case, purely:
 * - snooze: alerts held back until the duration has passed (from `now`, in the user's zone) or until the start
 *   of the given day in the user's zone;
 * - done: the user got what was awaited: the overdue expectations (or, when none is overdue yet, every awaited
 *   one) are met by the user, and the case is resolved when nothing is left; with nothing awaited, the user is
 *   done with the case, so it is closed;
 * - close, reopen: the case's status;
 * - extend: the overdue expectations (or every awaited one) fall due the window after `now`, alerts start over.
 */
export function applyCommand(
  caseRecord: Case,
  command: ReplyCommand,
  user: User,
  transition: TransitionDeps,
  now: Date,
): CommandResult {
  const context = { at: now, newId: transition.newId };
  switch (command.command) {
    case 'snooze': {
      const until =
        command.until.kind === 'after'
          ? snoozeEnd(now, command.until.duration, user.timeZone, transition)
          : DateTime.fromISO(command.until.date, { zone: user.timeZone }).startOf('day').toJSDate();
      if (until <= now) return { kind: 'nothing-to-change', reason: 'the snooze would already be over' };
      return changed(snoozeCase(caseRecord, until, context), command, null);
    }
    case 'close':
      return changed(closeCase(caseRecord, context, 'by replying to an alert'), command, null);
    case 'reopen':
      return changed(reopenCase(caseRecord, context), command, null);
    case 'done': {
      const targets = replyTargets(caseRecord);
      if (targets.length === 0)
        return changed(closeCase(caseRecord, context, 'by replying to an alert'), { command: 'close' }, null);
      return changed(meetByUser(caseRecord, targets, now, transition.newId), command, targets[0] ?? null);
    }
    case 'extend': {
      const targets = replyTargets(caseRecord);
      if (targets.length === 0)
        return { kind: 'nothing-to-change', reason: 'nothing is awaited on this case' };
      const moved = targets.reduce(
        (current, target) =>
          moveDueTime(current, target.id, { kind: 'within', within: command.by }, user, transition, now),
        caseRecord,
      );
      return changed(moved, command, targets[0] ?? null);
    }
  }
}

function changed(caseRecord: Case, confirmed: ReplyCommand, expectation: Expectation | null): CommandResult {
  return { kind: 'changed', caseRecord, confirmed, expectation };
}

/** The expectations a reply is about: the overdue ones (what alerts are sent for), else every awaited one. */
function replyTargets(caseRecord: Case): Expectation[] {
  const overdue = caseRecord.expectations.filter((expectation) => expectation.status === 'overdue');
  return overdue.length > 0 ? overdue : caseRecord.expectations.filter(isAwaited);
}

function meetByUser(caseRecord: Case, targets: Expectation[], now: Date, nextId: () => string): Case {
  const at = now.toISOString();
  const ids = new Set(targets.map((target) => target.id));
  const expectations = caseRecord.expectations.map(
    (expectation): Expectation =>
      ids.has(expectation.id)
        ? { ...expectation, status: 'met', metAt: at, metByMessageId: null, nextAlertAt: null }
        : expectation,
  );
  const entries: TimelineEntry[] = targets.map((target) => ({
    id: nextId(),
    at,
    type: 'expectation',
    summary: `${target.expect === 'refund.confirmed' ? 'Refund' : 'Cancellation'} confirmation received (the user says)`,
    details: { expectationId: target.id, by: 'user' },
  }));
  const resolved = caseRecord.status === 'open' && !expectations.some(isAwaited);
  if (resolved) {
    entries.push({
      id: nextId(),
      at,
      type: 'status',
      summary: 'Case resolved: nothing awaited any more',
      details: { from: 'open', to: 'resolved' },
    });
  }
  return refreshTitle({
    ...caseRecord,
    status: resolved ? 'resolved' : caseRecord.status,
    expectations,
    timeline: [...caseRecord.timeline, ...entries],
    updatedAt: at,
  });
}

function afterChange(caseRecord: Case, expectation: Expectation): Expectation {
  return caseRecord.expectations.find((candidate) => candidate.id === expectation.id) ?? expectation;
}

/** Stable per reply, so a redelivered reply's confirmation carries the same Message-ID. */
function confirmationId(input: ReplyInput, now: Date): string {
  const source = input.replyMessageId ?? `${input.caseId}/${now.toISOString()}`;
  return `reply-${createHash('sha256').update(source).digest('base64url').slice(0, 22)}`;
}
