import {
  type LanguagePack,
  matchesOf,
  type Signal,
  someWordStartsWith,
  successiveMatches,
} from './language-pack';
import { isHypothetical, isNegated, LIST_ITEM_MARKER, type SentenceScopes } from './sentences';
import { KINDS, type Kind } from './types';

/** Sum of phrase strengths a kind needs: one strong phrase, or two weak ones. */
const DECISIVE = 2;

interface Span {
  start: number;
  end: number;
  strength: number;
}

const NONE_COUNTED: readonly Span[] = [];

export interface KindReading {
  kinds: Kind[];
  /** Sentences that decided each kind. */
  evidence: Map<Kind, string[]>;
}

/** The kinds the phrases of a message's sentences state, and which of them a single strong phrase stated. */
export interface PhraseReading extends KindReading {
  /** Kinds a strong phrase stated (the others were read from weak phrases together). */
  strong: Set<Kind>;
}

/**
 * Reads which kinds the sentences state. A phrase counts only when it is asserted: not negated, not in an
 * "if"/"once" clause, not in a question, and — for confirmations — not after a future marker ("we will
 * send you an email confirming the cancellation" promises a confirmation; it does not give one).
 */
export function detectKinds(analysed: readonly SentenceScopes[], pack: LanguagePack): PhraseReading {
  const score = new Map<Kind, number>();
  const evidence = new Map<Kind, string[]>();
  const strong = new Set<Kind>();
  for (const [index, scopes] of analysed.entries()) {
    const sentence = scopes.sentence;
    if (scopes.isQuestion) continue;
    const hits = pack.anySignal.matchesIn(sentence);
    if (!hits) continue;
    // Read only when a refund or cancellation phrase needs them: most sentences with hits need one or neither.
    let mentionsVoucher: boolean | undefined;
    let changesPlan: boolean | undefined;
    // Per kind, the phrases already counted in this sentence: two weak phrases side by side corroborate
    // each other ("runs until 31.01., after that we debit nothing"), one stretch of text read twice does not.
    const counted = new Map<Kind, Span[]>();
    // By index: this loop runs over every phrase of the pack, and should allocate nothing for the many that
    // did not match.
    for (let position = 0; position < pack.signals.length; position++) {
      const signal = pack.signals[position] as Signal;
      // A word-start phrase's matches were found by the index; the others are searched for here.
      const found = signal.atWordStart ? hits.get(position) : null;
      if (signal.atWordStart && !found) continue;
      // A phrase opening with a word can only match where a word starts as the phrase can.
      if (!found && signal.prefixes && !someWordStartsWith(signal.prefixes, sentence)) continue;
      const spans = counted.get(signal.kind) ?? NONE_COUNTED;
      if (spans.reduce((sum, span) => sum + span.strength, 0) >= DECISIVE) continue;
      if (signal.kind.startsWith('refund.')) {
        mentionsVoucher ??= namesVoucher(analysed, index, pack);
        if (mentionsVoucher) continue;
      }
      if (signal.kind.startsWith('cancellation.')) {
        changesPlan ??= pack.planChange.test(sentence);
        if (changesPlan) continue;
      }
      if (signal.context && !signal.context.test(sentence)) continue;
      const matches = found ? successiveMatches(found) : matchesOf(signal.regex, sentence);
      const span = firstAssertedMatch(scopes, matches, signal.kind, signal.negated, pack);
      if (!span || spans.some((other) => span.start < other.end && other.start < span.end)) continue;
      counted.set(signal.kind, [...spans, { ...span, strength: signal.strength }]);
      score.set(signal.kind, (score.get(signal.kind) ?? 0) + signal.strength);
      if (signal.strength >= DECISIVE) strong.add(signal.kind);
      const list = evidence.get(signal.kind) ?? [];
      if (!list.includes(scopes.original)) list.push(scopes.original);
      evidence.set(signal.kind, list);
    }
  }
  return { kinds: KINDS.filter((kind) => (score.get(kind) ?? 0) >= DECISIVE), evidence, strong };
}

/**
 * Whether a sentence names a voucher, credit or wallet word. The next sentence is read with it, so that a voucher
 * word's look-ahead may see what follows ("… to your wallet. You can withdraw it to your bank account" is money);
 * only a word in the sentence itself counts.
 */
export function namesVoucher(
  analysed: readonly SentenceScopes[],
  index: number,
  pack: LanguagePack,
): boolean {
  const sentence = (analysed[index] as SentenceScopes).sentence;
  if (!pack.voucher.test(sentence)) return false;
  const next = analysed[index + 1]?.sentence;
  if (next === undefined) return true;
  for (const match of pack.voucher.matches(`${sentence} ${next}`))
    if (match.index < sentence.length) return true;
  return false;
}

// An item names what was requested in its first words ("la résiliation de votre service …").
const ITEM_OPENING = 40;
// The sentences a numbered item may run on for after its first.
const MAX_ITEM_SENTENCES = 4;
// A list's lead-in ends with a colon ("… vos deux demandes :").
const ENDS_WITH_COLON = /:\s*$/;
const NUMBERED = /^\s*\d/;

/**
 * The requests a sentence acknowledges by listing them ("Nous avons bien reçu vos deux demandes : 1. la
 * résiliation de … 2. le remboursement de …"): per item opening with a cancellation or refund topic, that
 * request received, with the lead-in and the item as evidence.
 */
export function listedRequests(analysed: readonly SentenceScopes[], pack: LanguagePack): KindReading {
  const evidence = new Map<Kind, string[]>();
  for (let index = 0; index < analysed.length; index++) {
    const leadIn = analysed[index] as SentenceScopes;
    if (leadIn.isQuestion || !ENDS_WITH_COLON.test(leadIn.sentence)) continue;
    const match = pack.listLeadIn.exec(leadIn.sentence);
    if (!match) continue;
    const end = match.index + match[0].length;
    if (isHypothetical(leadIn, match.index, end) || isNegated(leadIn, match.index, end, pack)) continue;
    let number: number | null = null;
    for (let next = index + 1, skipped = 0; next < analysed.length; next++) {
      const item = analysed[next] as SentenceScopes;
      const marker = LIST_ITEM_MARKER.exec(item.sentence);
      // A numbered item may run on for a few sentences ("1) … We will review it. 2) …"): look on for the
      // next number. A bullet item, a sentence opening another list or another marker ends the list.
      if (!marker) {
        if (number === null || ++skipped > MAX_ITEM_SENTENCES || ENDS_WITH_COLON.test(item.sentence)) break;
        continue;
      }
      const itemNumber = NUMBERED.test(marker[0]) ? Number.parseInt(marker[0], 10) : null;
      if (skipped > 0 && itemNumber !== (number ?? 0) + 1) break;
      skipped = 0;
      number = itemNumber;
      const opening = item.sentence.slice(marker[0].length, marker[0].length + ITEM_OPENING);
      const kind = mentionsTopic(pack.topics.cancellation, opening)
        ? 'cancellation.received'
        : mentionsTopic(pack.topics.refund, opening)
          ? 'refund.received'
          : null;
      if (!kind) continue;
      const list = evidence.get(kind) ?? [];
      list.push(`${leadIn.original} ${item.original}`);
      evidence.set(kind, list);
    }
  }
  return { kinds: KINDS.filter((kind) => evidence.has(kind)), evidence };
}

/** Whether a text names a topic (a global regex, so searched from its start). */
function mentionsTopic(topic: RegExp, text: string): boolean {
  topic.lastIndex = 0;
  return topic.test(text);
}

/** Whether a sentence says a refund is held back ("your refund is on hold"), not negated and not hypothetical. */
export function holdsRefund(analysed: readonly SentenceScopes[], pack: LanguagePack): boolean {
  for (const scopes of analysed) {
    if (scopes.isQuestion || !pack.refundWord.test(scopes.sentence)) continue;
    for (const match of pack.refundHold.matches(scopes.sentence)) {
      const end = match.index + match[0].length;
      if (!isHypothetical(scopes, match.index, end) && !isNegated(scopes, match.index, end, pack))
        return true;
    }
  }
  return false;
}

/**
 * Whether the message says a cancellation could not be carried out ("we couldn't cancel your order, it has
 * shipped"): its acknowledgement of the request then leads nowhere, and nothing is cancelled.
 */
export function refusesCancellation(analysed: readonly SentenceScopes[], pack: LanguagePack): boolean {
  for (const [index, scopes] of analysed.entries()) {
    if (scopes.isQuestion) continue;
    for (const match of pack.cancellationRefusal.matches(scopes.sentence)) {
      if (isHypothetical(scopes, match.index, match.index + match[0].length)) continue;
      if (!refusesARefundRequest(scopes, analysed[index - 1], pack)) return true;
    }
  }
  return false;
}

/**
 * The refusal of a refund asked for in the sentence before ("Sie haben die Erstattung des Beitrags
 * beantragt. Leider können wir Ihrem Antrag nicht entsprechen."): those two sentences, or null. Such a refusal names
 * no refund itself, so no refund phrase reads it.
 */
export function refusedRefundRequest(
  analysed: readonly SentenceScopes[],
  pack: LanguagePack,
): string[] | null {
  for (let index = 1; index < analysed.length; index++) {
    const scopes = analysed[index] as SentenceScopes;
    const previous = analysed[index - 1] as SentenceScopes;
    // The cheap tests first: the refusal searches are long, and few sentences follow a refund asked for. A
    // refusal naming the refund itself is read by the refund phrases.
    if (scopes.isQuestion || pack.refundWord.test(scopes.sentence)) continue;
    if (
      !namesRefundFirst(previous.sentence, pack) ||
      deniesRefund(previous, pack) ||
      promisesRefund(previous, pack)
    )
      continue;
    if (mentionsTopic(pack.topics.cancellation, scopes.sentence)) continue;
    for (const match of pack.cancellationRefusal.matches(scopes.sentence)) {
      if (!isHypothetical(scopes, match.index, match.index + match[0].length)) {
        return [previous.original, scopes.original];
      }
    }
  }
  return null;
}

/**
 * Whether a refusal that names no cancellation ("Leider können wir diesem Wunsch nicht entsprechen") answers a
 * refund asked for in its own sentence or the one before ("Sie baten uns, Ihnen die Beiträge … zu erstatten"):
 * it refuses that refund, and leaves a cancellation confirmed elsewhere in the letter standing.
 */
function refusesARefundRequest(
  refusal: SentenceScopes,
  previous: SentenceScopes | undefined,
  pack: LanguagePack,
): boolean {
  if (mentionsTopic(pack.topics.cancellation, refusal.sentence)) return false;
  if (pack.refundWord.test(refusal.sentence)) return true;
  return previous !== undefined && namesRefundFirst(previous.sentence, pack);
}

/**
 * Whether a sentence's first refund word is negated ("Ce montant ne fera pas l'objet d'un remboursement"): it
 * states that there is no refund, it does not ask for one, so what follows refuses no request.
 */
function deniesRefund(scopes: SentenceScopes, pack: LanguagePack): boolean {
  const refund = pack.refundWord.exec(scopes.sentence);
  return refund !== null && isNegated(scopes, refund.index, refund.index + refund[0].length, pack);
}

/**
 * Whether a sentence speaks of its first refund word after a future marker ("Sie wird innerhalb von 5 Tagen
 * gutgeschrieben", "we will refund you"): the vendor announces the refund, the customer asks for nothing there.
 */
function promisesRefund(scopes: SentenceScopes, pack: LanguagePack): boolean {
  const refund = pack.refundWord.exec(scopes.sentence);
  return refund !== null && refund.index > scopes.futureFrom;
}

/**
 * Whether a sentence names a refund and no cancellation before it: "your request for a refund of the fee paid
 * on termination" asks for a refund, "you asked us to cancel and refund" for a cancellation first.
 */
function namesRefundFirst(sentence: string, pack: LanguagePack): boolean {
  const refund = pack.refundWord.exec(sentence);
  if (!refund) return false;
  const topic = pack.topics.cancellation;
  topic.lastIndex = 0;
  const cancellation = topic.exec(sentence);
  return !cancellation || refund.index < cancellation.index;
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
  matches: Iterable<RegExpExecArray>,
  kind: Kind,
  carriesNegation: boolean,
  pack: LanguagePack,
): { start: number; end: number } | null {
  for (const match of matches) {
    const start = match.index;
    const end = start + match[0].length;
    if (isHypothetical(scopes, start, end)) continue;
    if (kind.endsWith('.confirmed') && !confirmsNow(scopes, start, end, carriesNegation, pack)) continue;
    if (!carriesNegation && isNegated(scopes, start, end, pack)) continue;
    return { start, end };
  }
  return null;
}

/**
 * Whether a confirmation phrase states something done in this message: not after a future marker, not the
 * content of a confirmation still to come, not a repetition of an earlier letter.
 */
function confirmsNow(
  scopes: SentenceScopes,
  start: number,
  end: number,
  carriesNegation: boolean,
  pack: LanguagePack,
): boolean {
  // A phrase carrying its own negation ("you won't be charged again") states the future end state itself.
  if (!carriesNegation && start > scopes.futureFrom) return false;
  return !announcesLaterConfirmation(scopes, start, end, pack) && !pack.restatement.test(scopes.sentence);
}

/**
 * Whether a confirmation phrase is what a confirmation still to come will say: the sentence opens with that
 * confirmation as its subject, and goes on to when it will come ("A confirmation that your contract has ended
 * will follow within 5 days", "Eine Bestätigung, dass …, erhalten Sie innerhalb von 5 Werktagen").
 */
function announcesLaterConfirmation(
  scopes: SentenceScopes,
  start: number,
  end: number,
  pack: LanguagePack,
): boolean {
  const notice = pack.confirmationNotice.exec(scopes.sentence);
  if (!notice || notice[0].length > start) return false;
  if (scopes.futureFrom !== Number.POSITIVE_INFINITY) return true;
  for (const duration of pack.duration.matches(scopes.sentence)) {
    if (duration.index >= end) return true;
  }
  return false;
}
