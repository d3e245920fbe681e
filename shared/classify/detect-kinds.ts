import { type LanguagePack, matchesOf } from './language-pack';
import { isHypothetical, isNegated, type SentenceScopes } from './sentences';
import { KINDS, type Kind } from './types';

/** Sum of phrase strengths a kind needs: one strong phrase, or two weak ones. */
const DECISIVE = 2;

export interface KindReading {
  kinds: Kind[];
  /** Sentences that decided each kind. */
  evidence: Map<Kind, string[]>;
}

/**
 * Reads which kinds the sentences state. A phrase counts only when it is asserted: not negated, not in an
 * "if"/"once" clause, not in a question, and — for confirmations — not after a future marker ("we will
 * send you an email confirming the cancellation" promises a confirmation; it does not give one).
 */
export function detectKinds(analysed: readonly SentenceScopes[], pack: LanguagePack): KindReading {
  const score = new Map<Kind, number>();
  const evidence = new Map<Kind, string[]>();
  for (const scopes of analysed) {
    const sentence = scopes.sentence;
    if (scopes.isQuestion || !pack.anySignal.test(sentence)) continue;
    const mentionsVoucher = pack.voucher.test(sentence);
    const counted = new Set<Kind>();
    for (const signal of pack.signals) {
      if (counted.has(signal.kind)) continue;
      if (signal.kind.startsWith('refund.') && mentionsVoucher) continue;
      if (signal.context && !signal.context.test(sentence)) continue;
      if (!firstAssertedMatch(scopes, signal.regex, signal.kind, signal.negated, pack)) continue;
      counted.add(signal.kind);
      score.set(signal.kind, (score.get(signal.kind) ?? 0) + signal.strength);
      const list = evidence.get(signal.kind) ?? [];
      list.push(scopes.original);
      evidence.set(signal.kind, list);
    }
  }
  return { kinds: KINDS.filter((kind) => (score.get(kind) ?? 0) >= DECISIVE), evidence };
}

/**
 * The final set, in contract order: a thing done supersedes the acknowledgement of the request for it,
 * and a refused refund is no longer pending.
 */
export function resolveKinds(found: Iterable<Kind>): Kind[] {
  const kinds = new Set(found);
  if (kinds.has('cancellation.confirmed')) kinds.delete('cancellation.received');
  if (kinds.has('refund.confirmed') || kinds.has('refund.rejected')) kinds.delete('refund.received');
  return KINDS.filter((kind) => kinds.has(kind));
}

function firstAssertedMatch(
  scopes: SentenceScopes,
  regex: RegExp,
  kind: Kind,
  carriesNegation: boolean,
  pack: LanguagePack,
): boolean {
  for (const match of matchesOf(regex, scopes.sentence)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isHypothetical(scopes, start, end)) continue;
    if (kind.endsWith('.confirmed') && start > scopes.futureFrom) continue;
    if (!carriesNegation && isNegated(scopes, start, end, pack)) continue;
    return true;
  }
  return false;
}
