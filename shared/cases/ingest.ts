import {
  applyReplyCommand,
  type RecognisedReply,
  type ReplyOutcome,
  recogniseReply,
} from '../alerts/apply-reply';
import type { Notifier } from '../alerts/notifiers/notifier';
import type { ReplyCommand } from '../alerts/reply-command';
import type { Understanding } from '../classify/understand-message';
import type { Logger } from '../logger';
import { htmlToText } from '../mail/html-text';
import { parseMessage } from '../mail/parse-message';
import { caseWrites, getOpenVendorCases } from '../store/cases';
import type { TableHandle } from '../store/client';
import { ConcurrentUpdateError } from '../store/errors';
import {
  getProcessedMessage,
  newUnmatchedMessage,
  type ProcessedMessage,
  processedMessageWrite,
  recordProcessedMessage,
  releaseProcessedMessage,
  type UnmatchedReason,
  unmatchedMessageWrite,
} from '../store/messages';
import { TransactionCancelledError, transactWrite } from '../store/transact';
import { findUserByForwardingAddress, findUserByWatchAddress } from '../store/users';
import { applyMessage, type CaseEvent, type ReceivedMessage, type TransitionDeps } from './apply-message';
import { forwarderCandidates, readTopHeaders, recipientCandidates } from './forwarder';
import { chooseCase } from './match-case';
import { resolveUser, type UserLookups, type UserMatch } from './resolve-user';
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
  /** Reject senders (forwarders, or vendors writing directly) whose SPF and DKIM both fail, or whose DMARC fails. */
  rejectSpoofed: boolean;
  maxMessageBytes: number;
  /** How long dedupe records live; longer than any redelivery window. */
  dedupeTtlDays: number;
}

/** What applying reply commands needs; without it, replies to alerts are handled like any other mail. */
export interface ReplyDeps {
  /** Sends the short confirmation of each command. */
  notifier: Notifier;
  /** The domain of our alerts' Message-IDs: a reply's In-Reply-To/References name it. */
  alertDomain: string;
  /** The From header of confirmations. */
  from: string;
}

export interface IngestDeps {
  table: TableHandle;
  understand: (raw: Buffer) => Promise<Understanding>;
  transition: TransitionDeps;
  logger: Logger;
  options: IngestOptions;
  replies?: ReplyDeps | undefined;
}

/** What happened to one inbound message. Expected misses are outcomes, not exceptions. */
export type IngestOutcome =
  | {
      status: 'processed';
      messageId: string;
      userId: string;
      via: UserRoute;
      caseId: string;
      events: CaseEvent[];
    }
  | { status: 'unmatched'; messageId: string; userId: string; via: UserRoute; reason: UnmatchedReason }
  | { status: 'unparsable'; messageId: string; userId: string | null; via: UserRoute | null; error: string }
  | {
      status: 'oversized';
      messageId: string;
      userId: string | null;
      via: UserRoute | null;
      sizeBytes: number;
    }
  | { status: 'duplicate'; messageId: string; firstOutcome: string }
  | {
      status: 'reply-command';
      messageId: string;
      userId: string;
      caseId: string;
      /** The command found, or null when the reply held none (its confirmation lists the commands). */
      command: ReplyCommand['command'] | null;
      result: ReplyOutcome['outcome'];
    }
  | { status: 'rejected-unknown-forwarder'; messageId: string; candidates: string[] }
  | { status: 'rejected-spoofed'; messageId: string; userId: string; via: UserRoute; verdicts: AuthVerdicts };

/** How the message was tied to its user: by its forwarder, or as vendor mail to the user's watch address. */
export type UserRoute = UserMatch['via'];

// Each conflict means another writer made progress, so a handful of attempts is plenty.
const MAX_ATTEMPTS = 5;

/**
 * Applies one inbound message exactly once; the Lambda and the local SMTP listener both call this.
 *
 * 1. A message id already recorded is a duplicate: nothing changes.
 * 2. Oversized mail is not parsed; parsing errors are caught. Either is kept as an unmatched message (with the
 *    error) for the user it belongs to, when known.
 * 3. The message must belong to a user (`resolveUser`: the forwarder is one of the user's forwarding addresses,
 *    or vendor mail was sent straight to one of the user's watch addresses) and its sender must not fail
 *    authentication (when configured).
 * 4. A reply from the user's forwarding address to one of our alerts (by its threading headers; when `replies`
 *    is configured) is a command for the case it names, applied by applyReplyCommand, not vendor mail.
 * 5. The message is matched to the user's open case with the vendor and applied; the dedupe record, the case
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
  const understanding = reading.ok ? reading.understanding : null;
  const candidates = forwarderCandidates(email.raw, understanding, email.envelope.mailFrom);
  const match = await resolveUser(storeLookups(table), {
    senders: candidates,
    recipients: recipientCandidates(email.raw, email.envelope.recipients),
    forwarded: understanding === null ? null : understanding.message.forwarder !== null,
  });
  if (match === null) {
    const recorded = await recordOutcome(
      deps,
      email,
      reading.ok ? 'rejected-unknown-forwarder' : reading.reason,
      null,
    );
    if (!recorded.fresh) return duplicate(email.messageId, recorded.previous);
    if (!reading.ok) return unreadableOutcome(email, { userId: null, via: null }, reading);
    return { status: 'rejected-unknown-forwarder', messageId: email.messageId, candidates };
  }
  const { user, via } = match;

  if (options.rejectSpoofed && email.verdicts && looksSpoofed(email.verdicts)) {
    const recorded = await recordOutcome(deps, email, 'rejected-spoofed', user.id);
    if (!recorded.fresh) return duplicate(email.messageId, recorded.previous);
    return {
      status: 'rejected-spoofed',
      messageId: email.messageId,
      userId: user.id,
      via,
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
    return unreadableOutcome(email, { userId: user.id, via }, reading);
  }

  if (via === 'forwarder' && deps.replies) {
    const reply = await readReplyToAlert(deps.replies, email.raw, log);
    if (reply !== null) return applyReply(deps, deps.replies, email, user, reply);
  }

  return applyToCases(deps, email, match, reading.understanding, log);
}

/** A reply to one of our alerts: the case it names, the command in it (or none), and its own Message-ID. */
interface AlertReply extends RecognisedReply {
  replyMessageId: string | null;
}

/**
 * The message as a reply to one of our alerts, or null. Only mail whose threading headers name the alert
 * domain is parsed again (the understanding holds the vendor's message, not the outer headers), so ordinary
 * vendor mail pays nothing. The command is read from the outer text, where the user wrote it.
 */
async function readReplyToAlert(replies: ReplyDeps, raw: Buffer, log: Logger): Promise<AlertReply | null> {
  const headers = readTopHeaders(raw);
  const threading = `${headers.get('in-reply-to') ?? ''} ${headers.get('references') ?? ''}`.toLowerCase();
  if (!threading.includes(`@${replies.alertDomain.trim().toLowerCase()}`)) return null;
  try {
    const outer = await parseMessage(raw);
    const text = outer.text.trim() !== '' ? outer.text : htmlToText(outer.html ?? '');
    const recognised = recogniseReply(outer, text, replies.alertDomain);
    return recognised === null ? null : { ...recognised, replyMessageId: outer.messageId };
  } catch (error) {
    // It was understood once already; a second parse failing leaves it to be handled as vendor mail.
    log.warn('reply headers could not be read', { error });
    return null;
  }
}

/**
 * Applies a reply command once: the dedupe record is claimed first (so a concurrent or repeated delivery does
 * nothing, and the confirmation goes out once), then the command is applied to the user's own case. A failure
 * releases the claim so the transport's retry can apply it; only a crash between the two loses the command
 * (the user gets no confirmation and can reply again).
 */
async function applyReply(
  deps: IngestDeps,
  replies: ReplyDeps,
  email: InboundEmail,
  user: User,
  reply: AlertReply,
): Promise<IngestOutcome> {
  const claimed = await recordOutcome(deps, email, 'reply-command', user.id, reply.caseId);
  if (!claimed.fresh) return duplicate(email.messageId, claimed.previous);
  try {
    const applied = await applyReplyCommand(
      {
        table: deps.table,
        notifier: replies.notifier,
        logger: deps.logger.child({ messageId: email.messageId }),
        alertDomain: replies.alertDomain,
        from: replies.from,
        now: email.receivedAt,
        transition: deps.transition,
      },
      { user, caseId: reply.caseId, command: reply.command, replyMessageId: reply.replyMessageId },
    );
    return {
      status: 'reply-command',
      messageId: email.messageId,
      userId: user.id,
      caseId: reply.caseId,
      command: reply.command?.command ?? null,
      result: applied.outcome,
    };
  } catch (error) {
    await releaseProcessedMessage(deps.table, email.messageId, 'reply-command').catch((releaseError) =>
      // The claim then stays: the command is lost, but never applied twice. The first error is the one to see.
      deps.logger.error('reply claim could not be released', {
        messageId: email.messageId,
        error: releaseError,
      }),
    );
    throw error;
  }
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
  owner: { userId: string; via: UserRoute } | { userId: null; via: null },
  reading: Extract<Reading, { ok: false }>,
): IngestOutcome {
  return reading.reason === 'oversized'
    ? { status: 'oversized', messageId: email.messageId, ...owner, sizeBytes: email.raw.length }
    : { status: 'unparsable', messageId: email.messageId, ...owner, error: reading.error };
}

async function applyToCases(
  deps: IngestDeps,
  email: InboundEmail,
  { user, via }: UserMatch,
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
        return {
          status: 'unmatched',
          messageId: email.messageId,
          userId: user.id,
          via,
          reason: result.reason,
        };
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
        via,
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
  caseId: string | null = null,
): Promise<Commit> {
  const fresh = await recordProcessedMessage(
    deps.table,
    processedRecord(deps, email, outcome, userId, caseId),
  );
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

/** Deletes the dedupe record written with `outcome`, so the message can be processed again. */
function storeLookups(table: TableHandle): UserLookups {
  return {
    byForwardingAddress: (address) => findUserByForwardingAddress(table, address),
    byWatchAddress: (address) => findUserByWatchAddress(table, address),
  };
}

/** SPF and DKIM both failing, or DMARC failing, means the sender's domain did not send this. */
export function looksSpoofed(verdicts: AuthVerdicts): boolean {
  const failed = (status: VerdictStatus) => status.toUpperCase() === 'FAIL';
  return failed(verdicts.dmarc) || (failed(verdicts.spf) && failed(verdicts.dkim));
}
