import type { Understanding } from '../classify/understand-message';
import { type Case, isAwaited } from './case';

/**
 * Picks, among one user's open cases with the message's vendor, the case the message belongs to: the one whose
 * references include the message's reference, else one awaiting what the message speaks of, else the newest.
 */
export function chooseCase(openCases: readonly Case[], understanding: Understanding): Case | null {
  const reference = understanding.reference === null ? null : normalizeReference(understanding.reference);
  if (reference !== null) {
    const byReference = newest(
      openCases.filter((candidate) =>
        candidate.references.some((known) => normalizeReference(known) === reference),
      ),
    );
    if (byReference) return byReference;
  }
  const topics = new Set(understanding.kinds.map((kind) => kind.split('.')[0]));
  const byTopic = newest(
    openCases.filter((candidate) =>
      candidate.expectations.some(
        (expectation) => isAwaited(expectation) && topics.has(expectation.expect.split('.')[0]),
      ),
    ),
  );
  return byTopic ?? newest(openCases);
}

function newest(cases: readonly Case[]): Case | null {
  return cases.reduce<Case | null>(
    (best, candidate) => (!best || candidate.createdAt > best.createdAt ? candidate : best),
    null,
  );
}

// Vendors print the same number with and without separators ("CC-4471 9921" vs "CC44719921").
function normalizeReference(reference: string): string {
  return reference.replace(/[^0-9a-z]/gi, '').toLowerCase();
}
