import type { Understanding } from '../classify/understand-message';
import type { Logger } from '../logger';
import { caseWrites, getOpenVendorCases } from '../store/cases';
import type { TableHandle } from '../store/client';
import { ConcurrentUpdateError } from '../store/errors';
import {
  getProcessedMessage,
  newUnmatchedMessage,
  type ProcessedMessage,
  processedMessageWrite,
  recordProcessedMessage,
  type UnmatchedReason,
  unmatchedMessageWrite,
} from '../store/messages';
import { TransactionCancelledError, transactWrite } from '../store/transact';
import { findUserByForwardingAddress } from '../store/users';
import { applyMessage, type CaseEvent, type ReceivedMessage, type TransitionDeps } from './apply-message';
import { forwarderCandidates } from './forwarder';
import { chooseCase } from './match-case';
import type { User } from './user';

/** SES verdict statuses (PASS, FAIL, GRAY, PROCESSING_FAILED; DMARC may also be DISABLED). */
export type VerdictStatus = string;

/** What the receiving server concluded about the sender's authentication. */
export interface AuthVerdicts {
  spf: VerdictStatus;
  dkim: VerdictStatus;
  dmarc: VerdictStatus;
}

/** One message as delivered to the watcher, from whichever transport (SES + S3, or the local SMTP listener). */
export interface InboundEmail {
  raw: Buffer;
  /** The transport's id of this delivery (SES message id); a repeated delivery carries the same id. */
  messageId: string;
  receivedAt: Date;
  envelope: { mailFrom: string | null; recipients: string[] };
  verdicts?: AuthVerdicts | undefined;
  /** Where the raw message is kept, recorded with the case or unmatched message. */
  rawLocation?: string | null | undefined;
}

export interface IngestOptions {
  /** Reject forwarders whose SPF and DKIM both fail, or whose DMARC fails. */
  rejectSpoofed: boolean;
  maxMessageBytes: number;
  /** How long dedupe records live; longer than any redelivery window. */
  dedupeTtlDays: number;
}

export interface IngestDeps {
  table: TableHandle;
  understand: (raw: Buffer) => Promise<Understanding>;
  transition: TransitionDeps;
  logger: Logger;
  options: IngestOptions;
}

/** What happened to one inbound message. Expected misses are outcomes, not exceptions. */
export type IngestOutcome =
  | { status: 'processed'; messageId: string; userId: string; caseId: string; events: CaseEvent[] }
  | { status: 'unmatched'; messageId: string; userId: string; reason: UnmatchedReason }
  | { status: 'unparsable'; messageId: string; userId: string | null; error: string }
  | { status: 'oversized'; messageId: string; userId: string | null; sizeBytes: number }
  | { status: 'duplicate'; messageId: string; firstOutcome: string }
  | { status: 'rejected-unknown-forwarder'; messageId: string; candidates: string[] }
  | { status: 'rejected-spoofed'; messageId: string; userId: string; verdicts: AuthVerdicts };

// Each conflict means another writer made progress, so a handful of attempts is plenty.
const MAX_ATTEMPTS = 5;

/**
 * Applies one inbound message exactly once; the Lambda and the local SMTP listener both call this.
 *
 * 1. A message id already recorded is a duplicate: nothing changes.
 * 2. Oversized mail is not parsed; parsing errors are caught. Either is kept as an unmatched message (with the
 *    error) for the user of the forwarding address, when known.
 * 3. The forwarder must be a user's forwarding address, and must not fail authentication (when configured).
 * 4. The message is matched to the user's open case with the vendor and applied; the dedupe record, the case
 *    writes and the user's vendor record go in one transaction, so a concurrent delivery of the same message
 *    (or another message for the same vendor) loses the race, re-reads, and sees the first one's result.
 */
export async function ingestInboundEmail(deps: IngestDeps, email: InboundEmail): Promise<IngestOutcome> {
  const log = deps.logger.child({ messageId: email.messageId });
  const outcome = await ingest(deps, email, log);
  const level = outcome.status.startsWith('rejected') || outcome.status === 'unparsable' ? 'warn' : 'info';
  log[level]('inbound message handled', { ...outcome });
  return outcome;
}

async function ingest(deps: IngestDeps, email: InboundEmail, log: Logger): Promise<IngestOutcome> {
  const { table, options } = deps;
  const previous = await getProcessedMessage(table, email.messageId);
  if (previous) return duplicate(email.messageId, previous);

  const reading = await readMessage(deps, email, log);
  const candidates = forwarderCandidates(
    email.raw,
    reading.ok ? reading.understanding : null,
    email.envelope.mailFrom,
  );
  const user = await findUser(table, candidates);
  if (user === null) {
    const recorded = await recordOutcome(
      deps,
      email,
      reading.ok ? 'rejected-unknown-forwarder' : reading.reason,
      null,
    );
    if (!recorded.fresh) return duplicate(email.messageId, recorded.previous);
    if (!reading.ok) return unreadableOutcome(email, null, reading);
    return { status: 'rejected-unknown-forwarder', messageId: email.messageId, candidates };
  }

  if (options.rejectSpoofed && email.verdicts && looksSpoofed(email.verdicts)) {
    const recorded = await recordOutcome(deps, email, 'rejected-spoofed', user.id);
    if (!recorded.fresh) return duplicate(email.messageId, recorded.previous);
    return {
      status: 'rejected-spoofed',
      messageId: email.messageId,
      userId: user.id,
      verdicts: email.verdicts,
    };
  }

  if (!reading.ok) {
    const unmatched = newUnmatchedMessage({
      userId: user.id,
      messageId: email.messageId,
      receivedAt: email.receivedAt.toISOString(),
      reason: reading.reason,
      error: reading.error,
      subject: null,
      vendorDomain: null,
      vendorName: null,
      kinds: [],
      sizeBytes: email.raw.length,
      rawLocation: email.rawLocation ?? null,
    });
    const committed = await commitOnce(deps, email, reading.reason, user.id, null, [
      unmatchedMessageWrite(table, unmatched),
    ]);
    if (!committed.fresh) return duplicate(email.messageId, committed.previous);
    return unreadableOutcome(email, user.id, reading);
  }

  return applyToCases(deps, email, user, reading.understanding, log);
}

/** The message understood, or why it could not be: too big to parse, or the parser failed. */
type Reading =
  | { ok: true; understanding: Understanding }
  | { ok: false; reason: 'oversized' | 'unparsable'; error: string };

async function readMessage(deps: IngestDeps, email: InboundEmail, log: Logger): Promise<Reading> {
  const limit = deps.options.maxMessageBytes;
  if (email.raw.length > limit) {
    return {
      ok: false,
      reason: 'oversized',
      error: `message is ${email.raw.length} bytes, over the ${limit} byte limit`,
    };
  }
  try {
    return { ok: true, understanding: await deps.understand(email.raw) };
  } catch (error) {
    log.warn('message could not be understood', { error });
    return { ok: false, reason: 'unparsable', error: error instanceof Error ? error.message : String(error) };
  }
}

function unreadableOutcome(
  email: InboundEmail,
  userId: string | null,
  reading: Extract<Reading, { ok: false }>,
): IngestOutcome {
  return reading.reason === 'oversized'
    ? { status: 'oversized', messageId: email.messageId, userId, sizeBytes: email.raw.length }
    : { status: 'unparsable', messageId: email.messageId, userId, error: reading.error };
}

async function applyToCases(
  deps: IngestDeps,
  email: InboundEmail,
  user: User,
  understanding: Understanding,
  log: Logger,
): Promise<IngestOutcome> {
  const { table } = deps;
  const received: ReceivedMessage = {
    id: email.messageId,
    receivedAt: email.receivedAt,
    understanding,
    rawLocation: email.rawLocation ?? null,
  };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const vendor = understanding.vendor;
    const open = vendor === null ? null : await getOpenVendorCases(table, user.id, vendor);
    const before = open === null ? null : chooseCase(open.cases, understanding);
    const result = applyMessage(before, received, user, deps.transition);

    if (result.kind === 'unmatched') {
      const unmatched = newUnmatchedMessage({
        userId: user.id,
        messageId: email.messageId,
        receivedAt: email.receivedAt.toISOString(),
        reason: result.reason,
        error: null,
        subject: understanding.message.subject,
        vendorDomain: understanding.vendor,
        vendorName: understanding.vendorName,
        kinds: understanding.kinds,
        sizeBytes: email.raw.length,
        rawLocation: email.rawLocation ?? null,
      });
      const committed = await commitOnce(deps, email, 'unmatched', user.id, null, [
        unmatchedMessageWrite(table, unmatched),
      ]);
      if (committed.fresh)
        return { status: 'unmatched', messageId: email.messageId, userId: user.id, reason: result.reason };
      if (committed.previous) return duplicate(email.messageId, committed.previous);
      continue;
    }

    const writes = caseWrites(table, { before, after: result.case }, open?.guard);
    const committed = await commitOnce(deps, email, 'processed', user.id, result.case.id, writes);
    if (committed.fresh) {
      return {
        status: 'processed',
        messageId: email.messageId,
        userId: user.id,
        caseId: result.case.id,
        events: result.events,
      };
    }
    if (committed.previous) return duplicate(email.messageId, committed.previous);
    log.info('case changed while applying the message; retrying', { attempt, caseId: result.case.id });
  }
  throw new ConcurrentUpdateError(
    `message ${email.messageId}: gave up after ${MAX_ATTEMPTS} conflicting attempts`,
  );
}

type Commit = { fresh: true } | { fresh: false; previous: ProcessedMessage | null };

/**
 * Writes the dedupe record together with `writes`. Not fresh with `previous` set: the message was processed by
 * someone else meanwhile. Not fresh without it: another message changed the same case first (retry).
 */
async function commitOnce(
  deps: IngestDeps,
  email: InboundEmail,
  outcome: string,
  userId: string | null,
  caseId: string | null,
  writes: Parameters<typeof transactWrite>[1],
): Promise<Commit> {
  const record = processedRecord(deps, email, outcome, userId, caseId);
  try {
    await transactWrite(deps.table, [processedMessageWrite(deps.table, record), ...writes]);
    return { fresh: true };
  } catch (error) {
    if (!(error instanceof TransactionCancelledError)) throw error;
    const previous = await getProcessedMessage(deps.table, email.messageId);
    return { fresh: false, previous };
  }
}

/** Records an outcome that changes nothing but the dedupe record (rejections). */
async function recordOutcome(
  deps: IngestDeps,
  email: InboundEmail,
  outcome: string,
  userId: string | null,
): Promise<Commit> {
  const fresh = await recordProcessedMessage(deps.table, processedRecord(deps, email, outcome, userId, null));
  return fresh ? { fresh } : { fresh, previous: await getProcessedMessage(deps.table, email.messageId) };
}

function processedRecord(
  deps: IngestDeps,
  email: InboundEmail,
  outcome: string,
  userId: string | null,
  caseId: string | null,
): ProcessedMessage {
  const ttlSeconds = deps.options.dedupeTtlDays * 24 * 60 * 60;
  return {
    messageId: email.messageId,
    outcome,
    userId,
    caseId,
    processedAt: email.receivedAt.toISOString(),
    expiresAt: Math.floor(email.receivedAt.getTime() / 1000) + ttlSeconds,
  };
}

function duplicate(messageId: string, previous: ProcessedMessage | null): IngestOutcome {
  return { status: 'duplicate', messageId, firstOutcome: previous?.outcome ?? 'unknown' };
}

async function findUser(table: TableHandle, candidates: string[]): Promise<User | null> {
  for (const address of candidates) {
    const user = await findUserByForwardingAddress(table, address);
    if (user) return user;
  }
  return null;
}

/** SPF and DKIM both failing, or DMARC failing, means the sender's domain did not send this. */
export function looksSpoofed(verdicts: AuthVerdicts): boolean {
  const failed = (status: VerdictStatus) => status.toUpperCase() === 'FAIL';
  return failed(verdicts.dmarc) || (failed(verdicts.spf) && failed(verdicts.dkim));
}
