import type { Case } from '../../cases/case';
import type { CaseListingFilter } from '../../store/cases';
import { mapAtMost } from './map-at-most';

/** Case reads in flight for one page: enough to hide DynamoDB latency, few enough to spare the table. */
export const CASE_READS_AT_ONCE = 8;

export interface ListedCaseReads {
  /** The caller; a case read back for anyone else is dropped, whatever the index said. */
  userId: string;
  /** The listing's status filter; a case whose status changed out of it since the index read is dropped. */
  status: CaseListingFilter;
  /** Reads one case in full (strongly consistent), or null when it no longer exists. */
  readCase: (caseId: string) => Promise<Case | null>;
  concurrency?: number;
}

/**
 * The full cases behind a page of listed ids, in the page's order. The index is read first and the cases after
 * it, so a case may meanwhile have vanished, moved out of the listing's status, or (in theory) belong to someone
 * else: such cases are skipped, never shown, so a page may come back shorter than the index page.
 */
export async function readListedCases(caseIds: readonly string[], reads: ListedCaseReads): Promise<Case[]> {
  const found = await mapAtMost(caseIds, reads.concurrency ?? CASE_READS_AT_ONCE, reads.readCase);
  return found.filter(
    (caseRecord): caseRecord is Case =>
      caseRecord !== null &&
      caseRecord.userId === reads.userId &&
      (reads.status === 'all' || caseRecord.status === reads.status),
  );
}
