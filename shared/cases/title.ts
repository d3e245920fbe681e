import type { Case } from './case';

/**
 * Gives a case an automatic title from its vendor and what it waits for, e.g. "Hulu: cancellation, refund 18.99
 * USD". A title the user chose is kept.
 */
export function refreshTitle(caseRecord: Case): Case {
  if (caseRecord.titleIsCustom) return caseRecord;
  const vendor = caseRecord.vendor.name ?? caseRecord.vendor.domain;
  const topics: string[] = [];
  const expects = new Set(caseRecord.expectations.map((expectation) => expectation.expect));
  if (expects.has('cancellation.confirmed')) topics.push('cancellation');
  if (expects.has('refund.confirmed')) {
    const money =
      caseRecord.amount === null ? '' : ` ${caseRecord.amount} ${caseRecord.currency ?? ''}`.trimEnd();
    topics.push(`refund${money}`);
  }
  const title = topics.length === 0 ? vendor : `${vendor}: ${topics.join(', ')}`;
  return title === caseRecord.title ? caseRecord : { ...caseRecord, title };
}
