import {
  type Case,
  type Expectation,
  type GuaranteeNoticePlan,
  guaranteeSweepAt,
  hasOverdue,
  isAwaited,
  nextDueAt,
  sweepAt,
  type TimelineEntry,
} from '../cases/case';
import {
  caseKey,
  EXPECTATION_PREFIX,
  expectationKey,
  GUARANTEE_SWEEP_SUBJECT,
  listingBucket,
  sweepIndexKey,
  TIMELINE_PREFIX,
  timelineEntryKey,
  userCasesIndexKey,
} from './keys';

/** A stored item, as the document client reads and writes it. */
export type Item = Record<string, unknown>;

/** The header fields of a case (everything but expectations and timeline) plus summary fields for listings. */
export type CaseHeader = Omit<Case, 'expectations' | 'timeline'> & {
  nextDueAt: string | null;
  awaitedCount: number;
  overdue: boolean;
};

const HEADER_TYPE = 'Case';
const EXPECTATION_TYPE = 'Expectation';
const TIMELINE_TYPE = 'TimelineEntry';

/**
 * The header item of a case: keys, the UserCases index key, summary fields for listings, and the sweep index key
 * of the case's money-back window while the sweep has something to do for it (guaranteeSweepAt).
 */
export function caseHeaderItem(caseRecord: Case): Item {
  const { expectations: _expectations, timeline: _timeline, ...header } = caseRecord;
  const overdue = hasOverdue(caseRecord);
  const windowAt = guaranteeSweepAt(caseRecord);
  return {
    ...caseKey(caseRecord.id),
    ...userCasesIndexKey(
      caseRecord.userId,
      listingBucket(caseRecord.status, overdue),
      caseRecord.createdAt,
      caseRecord.id,
    ),
    ...(windowAt === null ? {} : sweepIndexKey(windowAt, caseRecord.id, GUARANTEE_SWEEP_SUBJECT)),
    type: HEADER_TYPE,
    ...header,
    nextDueAt: nextDueAt(caseRecord),
    awaitedCount: caseRecord.expectations.filter(isAwaited).length,
    overdue,
  };
}

/**
 * An expectation item. It carries the case's user and vendor so the sweep can act on an index entry alone, and
 * the sweep index key only while the sweep has something to do for it (this is what keeps the index sparse).
 */
export function expectationItem(caseRecord: Case, expectation: Expectation): Item {
  const at = sweepAt(caseRecord, expectation);
  return {
    ...expectationKey(caseRecord.id, expectation.id),
    ...(at === null ? {} : sweepIndexKey(at, caseRecord.id, expectation.id)),
    type: EXPECTATION_TYPE,
    caseId: caseRecord.id,
    userId: caseRecord.userId,
    vendorDomain: caseRecord.vendor.domain,
    ...expectation,
  };
}

/** A timeline entry item; `sequence` is the entry's position in `Case.timeline` (see timelineEntryKey). */
export function timelineEntryItem(caseId: string, entry: TimelineEntry, sequence: number): Item {
  const { type: entryType, ...fields } = entry;
  return {
    ...timelineEntryKey(caseId, sequence),
    ...fields,
    type: TIMELINE_TYPE,
    entryType,
    caseId,
    sequence,
  };
}

/** Rebuilds a case from all items of its partition (any order), or null when there is no header. */
export function caseFromItems(items: Item[]): Case | null {
  const headerItem = items.find((item) => item.SK === 'CASE');
  if (!headerItem) return null;
  const header = caseHeaderFromItem(headerItem);
  const expectations = items
    .filter((item) => String(item.SK).startsWith(EXPECTATION_PREFIX))
    .map(expectationFromItem)
    .sort((a, b) =>
      a.promisedAt === b.promisedAt ? a.id.localeCompare(b.id) : a.promisedAt.localeCompare(b.promisedAt),
    );
  const timeline = items
    .filter((item) => String(item.SK).startsWith(TIMELINE_PREFIX))
    .sort(byTimelinePosition)
    .map(timelineEntryFromItem);
  const { nextDueAt: _due, awaitedCount: _count, overdue: _overdue, ...caseFields } = header;
  return { ...caseFields, expectations, timeline };
}

/** Reads a header item (from the table or the UserCases index). */
export function caseHeaderFromItem(item: Item): CaseHeader {
  return {
    id: item.id as string,
    userId: item.userId as string,
    vendor: item.vendor as CaseHeader['vendor'],
    title: item.title as string,
    titleIsCustom: item.titleIsCustom as boolean,
    status: item.status as CaseHeader['status'],
    references: (item.references as string[]) ?? [],
    amount: (item.amount as string | null) ?? null,
    currency: (item.currency as string | null) ?? null,
    snoozedUntil: (item.snoozedUntil as string | null) ?? null,
    refundEligibleUntil: (item.refundEligibleUntil as string | null) ?? null,
    ...(item.guaranteeNotice ? { guaranteeNotice: item.guaranteeNotice as GuaranteeNoticePlan } : {}),
    alertNeeded: item.alertNeeded as boolean,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
    version: item.version as number,
    nextDueAt: (item.nextDueAt as string | null) ?? null,
    awaitedCount: (item.awaitedCount as number) ?? 0,
    overdue: (item.overdue as boolean) ?? false,
  };
}

/** Reads an expectation item (from the table or the sweep index), without its keys and copied case fields. */
export function expectationFromItem(item: Item): Expectation {
  return {
    id: item.id as string,
    expect: item.expect as Expectation['expect'],
    status: item.status as Expectation['status'],
    promisedAt: item.promisedAt as string,
    dueAt: item.dueAt as string,
    timeZone: item.timeZone as string,
    source: item.source as Expectation['source'],
    metAt: (item.metAt as string | null) ?? null,
    metByMessageId: (item.metByMessageId as string | null) ?? null,
    amount: (item.amount as string | null) ?? null,
    currency: (item.currency as string | null) ?? null,
    reference: (item.reference as string | null) ?? null,
    nextAlertAt: (item.nextAlertAt as string | null) ?? null,
    alertsSent: (item.alertsSent as number) ?? 0,
    lastAlertAt: (item.lastAlertAt as string | null) ?? null,
  };
}

/**
 * Timeline order: by sequence number. Items stored before sequence numbers existed have none; they are older than
 * every numbered entry (entries are only ever appended) and keep the order of their `EVENT#<at>#<id>` keys: by
 * time, with entries of the same time in id order (the order they were written in is not recorded).
 */
function byTimelinePosition(a: Item, b: Item): number {
  const positionA = typeof a.sequence === 'number' ? a.sequence : -1;
  const positionB = typeof b.sequence === 'number' ? b.sequence : -1;
  if (positionA !== positionB) return positionA - positionB;
  return String(a.SK) < String(b.SK) ? -1 : String(a.SK) > String(b.SK) ? 1 : 0;
}

function timelineEntryFromItem(item: Item): TimelineEntry {
  return {
    id: item.id as string,
    at: item.at as string,
    type: item.entryType as TimelineEntry['type'],
    summary: item.summary as string,
    details: (item.details as TimelineEntry['details']) ?? {},
  };
}
