import type { CaseStatus } from '../cases/case';

/**
 * Every key format of the single table, in one place (docs/data-model.md lists them with their access patterns).
 * Ids and addresses are embedded as they are; ISO 8601 UTC times sort as text.
 */

export interface PrimaryKey {
  PK: string;
  SK: string;
}

/** A user's profile. */
export const userKey = (userId: string): PrimaryKey => ({ PK: `USER#${userId}`, SK: 'PROFILE' });

/** Claims a forwarding address for one user (uniqueness across users). */
export const forwardingAddressKey = (address: string): PrimaryKey => ({ PK: `FWD#${address}`, SK: 'FWD' });

/** Claims a watch address (a recipient address vendors write to directly) for one user (uniqueness across users). */
export const watchAddressKey = (address: string): PrimaryKey => ({ PK: `WATCH#${address}`, SK: 'WATCH' });

/** Finds the user of an API token by the token's SHA-256. */
export const tokenKey = (tokenHash: string): PrimaryKey => ({ PK: `TOKEN#${tokenHash}`, SK: 'TOKEN' });

/** A user's open cases with one vendor, read consistently; also serialises matching per user and vendor. */
export const vendorCasesKey = (userId: string, vendorDomain: string): PrimaryKey => ({
  PK: `USER#${userId}`,
  SK: `VENDOR#${vendorDomain}`,
});

/** Prefix of a user's unmatched messages (oldest first in key order). */
export const UNMATCHED_PREFIX = 'UNMATCHED#';

/** The id of an unmatched message: arrival time (compact, sortable) and message id, safe in a URL path. */
export const unmatchedMessageId = (receivedAt: string, messageId: string): string =>
  `${receivedAt.replace(/[-:.]/g, '')}-${messageId}`;

/** A message that matched no case, kept for the user; `id` from unmatchedMessageId. */
export const unmatchedMessageKey = (userId: string, id: string): PrimaryKey => ({
  PK: `USER#${userId}`,
  SK: `${UNMATCHED_PREFIX}${id}`,
});

/** The partition holding a case's header, expectations and timeline. */
export const casePartition = (caseId: string): string => `CASE#${caseId}`;

/** A case's header (status, vendor, summary fields, version). */
export const caseKey = (caseId: string): PrimaryKey => ({ PK: casePartition(caseId), SK: 'CASE' });

export const EXPECTATION_PREFIX = 'EXP#';
export const expectationKey = (caseId: string, expectationId: string): PrimaryKey => ({
  PK: casePartition(caseId),
  SK: `${EXPECTATION_PREFIX}${expectationId}`,
});

export const TIMELINE_PREFIX = 'EVENT#';

// Zero-padded so that key order is numeric order; a case never gets near 10^8 entries.
const TIMELINE_SEQUENCE_DIGITS = 8;

/**
 * A timeline entry, keyed by its position in `Case.timeline` (0 = oldest): entries written together share their
 * time, so only the position keeps them in the order they happened. Items written before sequence numbers have
 * `EVENT#<at>#<entry id>` keys; case-items.ts orders them before every numbered entry.
 */
export const timelineEntryKey = (caseId: string, sequence: number): PrimaryKey => {
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence >= 10 ** TIMELINE_SEQUENCE_DIGITS) {
    throw new RangeError(`timeline sequence out of range: ${sequence}`);
  }
  return {
    PK: casePartition(caseId),
    SK: `${TIMELINE_PREFIX}${String(sequence).padStart(TIMELINE_SEQUENCE_DIGITS, '0')}`,
  };
};

/** Dedupe record: this message id has been processed (expires by TTL). */
export const processedMessageKey = (messageId: string): PrimaryKey => ({ PK: `MSG#${messageId}`, SK: 'MSG' });

// Case listing order: a higher rank comes first when the index is read backwards.
const STATUS_RANK = { overdue: '4', open: '3', resolved: '2', closed: '1' } as const;

/** Which listing bucket a case falls in: open cases with an overdue expectation rank above other open ones. */
export type ListingBucket = keyof typeof STATUS_RANK;

export const listingBucket = (status: CaseStatus, overdue: boolean): ListingBucket =>
  status === 'open' && overdue ? 'overdue' : status;

/** UserCases index key of a case header. */
export const userCasesIndexKey = (
  userId: string,
  bucket: ListingBucket,
  createdAt: string,
  caseId: string,
) => ({
  GSI1PK: `USER#${userId}`,
  GSI1SK: `${STATUS_RANK[bucket]}#${createdAt}#${caseId}`,
});

/** UserCases sort-key bounds selecting the given buckets (inclusive). */
export const userCasesRange = (lowest: ListingBucket, highest: ListingBucket) => ({
  from: `${STATUS_RANK[lowest]}#`,
  to: `${STATUS_RANK[highest]}#\uffff`,
});

/** The single partition of the sweep index (see docs/data-model.md on its write throughput). */
export const SWEEP_PARTITION = 'SWEEP';

/** The sweep index subject of a case's money-back window (on the case header); other subjects are expectation ids. */
export const GUARANTEE_SWEEP_SUBJECT = 'GUARANTEE';

/**
 * Sweep index key of something the sweep must look at from `sweepAt`: an expectation (`subject` = its id, on the
 * expectation item) or the case's money-back window (GUARANTEE_SWEEP_SUBJECT, on the case header).
 */
export const sweepIndexKey = (sweepAt: string, caseId: string, subject: string) => ({
  GSI2PK: SWEEP_PARTITION,
  GSI2SK: `${sweepAt}#${caseId}#${subject}`,
});

/** The parts of a sweep index sort key (times, ids and subjects never contain "#"). */
export const parseSweepIndexSortKey = (sortKey: string) => {
  const [sweepAt = '', caseId = '', subject = ''] = sortKey.split('#');
  return { sweepAt, caseId, subject };
};

/** Sweep index sort-key upper bound selecting everything due at or before `until`. */
export const sweepIndexUntil = (until: string): string => `${until}#\uffff`;

/** What identifies one alert: the case, what it is about, which occurrence of it, and the how-manieth. */
export interface AlertClaimKey {
  caseId: string;
  /** The expectation id, or a case-level subject such as "guarantee". */
  subject: string;
  occurrence: string;
  reason: string;
  sequence: number;
}

/**
 * The claim of one alert (shared/store/alert-claims.ts): its own partition per case, so reading a case never
 * reads its alert history.
 */
export const alertClaimKey = (key: AlertClaimKey): PrimaryKey => ({
  PK: `ALERTS#${key.caseId}`,
  SK: `ALERT#${key.subject}#${key.occurrence}#${key.reason}#${key.sequence}`,
});
