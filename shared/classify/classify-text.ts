import {
  detectKinds,
  holdsRefund,
  type KindReading,
  listedRequests,
  namesVoucher,
  type PhraseReading,
  refusedRefundRequest,
  refusesCancellation,
  resolveKinds,
} from './detect-kinds';
import { detectLanguage } from './detect-language';
import { extractAmount } from './extract-amount';
import { extractPromises } from './extract-promises';
import {
  chooseReference,
  referenceCandidates,
  subjectTagReference,
  withoutVendorName,
} from './extract-reference';
import type { LanguagePack } from './language-pack';
import { LANGUAGES, type Language } from './language-packs';
import { dollarCountry, findMoney } from './money';
import { readJsonLd } from './read-json-ld';
import {
  analyseSentence,
  lowerCaseKeepingOffsets,
  normalizeText,
  type SentenceScopes,
  splitSentences,
  withoutUnstatedText,
} from './sentences';
import type { Classification, Kind } from './types';

/** What the classifier reads: the vendor's own message (subject, newest text, JSON-LD). */
export interface ClassifiableMessage {
  subject: string;
  text: string;
  jsonLd: unknown[];
  /** The vendor's registrable domain when known: its country tells which currency a bare "$" is. */
  vendorDomain?: string | null;
}

const FALLBACK_LANGUAGE =
  LANGUAGES.find((language) => language.language === 'en') ?? (LANGUAGES[0] as Language);

/** The sentences before the first legal-notice heading: "if you withdraw, we refund within 14 days" there is law, not news. */
function newsPart(analysed: SentenceScopes[], pack: LanguagePack): SentenceScopes[] {
  const notice = analysed.findIndex((scopes) => pack.boilerplate.test(scopes.sentence));
  return notice === -1 ? analysed : analysed.slice(0, notice);
}

/** What the steps that settle the kinds read: the sentences, the language's rules, the phrases' reading, JSON-LD. */
interface KindsContext {
  analysed: readonly SentenceScopes[];
  pack: LanguagePack;
  reading: KindReading;
  jsonLdKinds: Kind[];
}

/**
 * Refund kinds read from the text that the rest of the message puts in doubt. A refund given as credit
 * ("refunded as store credit") leaves the other refund phrases counting only from sentences that name where
 * money goes back to (a card, a bank account); a refund issued but held back ("your refund is on hold") is
 * still pending. The evidence moves with the kind.
 */
function settleRefundKinds(found: Set<Kind>, context: KindsContext): void {
  const { analysed, pack, reading, jsonLdKinds } = context;
  const readRefund = reading.kinds.some((kind) => kind.startsWith('refund.'));
  if (readRefund && refundGivenAsCredit(analysed, pack)) {
    for (const kind of ['refund.received', 'refund.confirmed'] as const) {
      const fromText = reading.kinds.includes(kind) && !jsonLdKinds.includes(kind);
      const namesMoney = (reading.evidence.get(kind) ?? []).some((line) => pack.moneyDestination.test(line));
      if (fromText && !namesMoney) found.delete(kind);
    }
  }
  // "Refunded: 0,00 €" reports that nothing came back: no refund to confirm or wait for.
  for (const kind of ['refund.received', 'refund.confirmed'] as const) {
    const fromText = reading.kinds.includes(kind) && !jsonLdKinds.includes(kind);
    if (fromText && refundsNothing(reading.evidence.get(kind) ?? [])) found.delete(kind);
  }
  // "The airport taxes were refunded on 2 November; the fare we cannot refund": the refusal is the news.
  if (found.has('refund.confirmed') && found.has('refund.rejected')) {
    const confirming = evidenceScopes(reading.evidence.get('refund.confirmed') ?? [], analysed);
    if (confirming.length > 0 && confirming.every((scopes) => pack.earlierRefund.test(scopes.sentence))) {
      found.delete('refund.confirmed');
    }
  }
  if (found.has('refund.confirmed') && (holdsRefund(analysed, pack) || startedRefund(found, context))) {
    found.delete('refund.confirmed');
    found.add('refund.received');
    const moved = [
      ...(reading.evidence.get('refund.received') ?? []),
      ...(reading.evidence.get('refund.confirmed') ?? []),
    ];
    reading.evidence.set('refund.received', moved);
  }
}

/** A line that is only a label and a sum ("Importo rimborsato: 187,00 €"). */
const BARE_FIELD = /^[^:\n]{1,40}:\s*\S{0,4}\s?\d[\d.,\s]*\s?\S{0,4}$/u;

/**
 * Whether the refund confirmed is only set in motion ("Die Erstattung wurde veranlasst.") and the message
 * promises the money still to come within a time ("Der Betrag wird innerhalb von 7 Tagen gutgeschrieben"):
 * every sentence confirming it says no more than that it was started, so it is under way, not paid.
 */
function startedRefund(found: ReadonlySet<Kind>, context: KindsContext): boolean {
  const { analysed, pack, reading, jsonLdKinds } = context;
  if (jsonLdKinds.includes('refund.confirmed')) return false;
  const confirming = reading.evidence.get('refund.confirmed') ?? [];
  // A bare "Importo rimborsato: 187,00 €" line names the sum, not whether it was paid or only started: the
  // refund's sentences decide, and one of them must say it was started.
  const stated = confirming.filter((line) => !BARE_FIELD.test(line));
  const started = (line: string) => pack.refundStart.test(line.toLowerCase());
  if (confirming.length === 0 || !stated.every(started)) return false;
  const received = (reading.evidence.get('refund.received') ?? []).filter((line) => !BARE_FIELD.test(line));
  if (!stated.concat(received).some(started)) return false;
  const pending = [...found].filter((kind) => kind !== 'refund.confirmed').concat('refund.received');
  return promisedWithin(analysed, pack, pending, 'refund.confirmed');
}

/**
 * Whether a letter acknowledging the cancellation request promises its confirmation still to come ("you will
 * receive the confirmation within 48 hours"): what the plan does once the request is processed ("stays active
 * until …, then is not renewed"), read only from weak phrases, then confirms nothing yet.
 */
function confirmationStillToCome(
  found: ReadonlySet<Kind>,
  context: KindsContext & { reading: PhraseReading },
): boolean {
  const { analysed, pack, reading, jsonLdKinds } = context;
  if (
    !found.has('cancellation.confirmed') ||
    !found.has('cancellation.received') ||
    jsonLdKinds.includes('cancellation.confirmed')
  ) {
    return false;
  }
  // A strong phrase stating the cancellation only as scheduled ("will take effect on 31 December") waits for
  // the confirmation too; one stated in a sentence without a future marker ("has been cancelled") does not.
  if (
    reading.strong.has('cancellation.confirmed') &&
    evidenceScopes(reading.evidence.get('cancellation.confirmed') ?? [], analysed).some(
      (scopes) => scopes.futureFrom === Number.POSITIVE_INFINITY,
    )
  ) {
    return false;
  }
  const pending = [...found].filter((kind) => kind !== 'cancellation.confirmed');
  return promisedWithin(analysed, pack, pending, 'cancellation.confirmed');
}

/** Whether the message promises a kind within a time, read with the given kinds as the matters still open. */
function promisedWithin(
  analysed: readonly SentenceScopes[],
  pack: LanguagePack,
  pending: readonly Kind[],
  expect: Kind,
): boolean {
  return extractPromises(analysed, pack, resolveKinds(pending)).promises.some(
    (promise) => promise.expect === expect,
  );
}

/** Whether a refund kind's evidence names sums and every one of them is zero. */
function refundsNothing(evidence: readonly string[]): boolean {
  const sums = evidence.flatMap((line) => findMoney(line));
  return sums.length > 0 && sums.every((sum) => Number(sum.amount) === 0);
}

/** The analysed sentences a kind's evidence quotes. */
function evidenceScopes(evidence: readonly string[], analysed: readonly SentenceScopes[]): SentenceScopes[] {
  return analysed.filter((scopes) => evidence.includes(scopes.original));
}

/** Whether one of a kind's evidence sentences speaks of no future: the request was received, not offered. */
function acknowledgedAsDone(evidence: readonly string[], analysed: readonly SentenceScopes[]): boolean {
  return evidenceScopes(evidence, analysed).some((scopes) => scopes.futureFrom === Number.POSITIVE_INFINITY);
}

/**
 * Whether one of a kind's evidence sentences states it with no "if" or "once" clause in it ("once the parcel
 * is back, we refund the amount" depends on what the customer does next).
 */
function statedOutright(evidence: readonly string[], analysed: readonly SentenceScopes[]): boolean {
  return evidenceScopes(evidence, analysed).some((scopes) => scopes.hypothetical.length === 0);
}

/** Whether a sentence gives a refund as credit, a voucher or points instead of money. */
function refundGivenAsCredit(analysed: readonly SentenceScopes[], pack: LanguagePack): boolean {
  // The refund word first: one native search, and most sentences name no refund.
  return analysed.some(
    ({ sentence }, index) => pack.refundWord.test(sentence) && namesVoucher(analysed, index, pack),
  );
}

/**
 * Classifies a vendor message: which kinds it states, the refund amount, the vendor's reference,
 * the timelines it promises, its language, and the phrases that decided the kinds and promises.
 * Pure and synchronous; never throws on any text.
 */
export function classifyText(message: ClassifiableMessage): Classification {
  const subject = normalizeText(String(message.subject ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  const body = normalizeText(String(message.text ?? ''));
  const fullText = subject ? `${subject}\n\n${body}` : body;
  // One lower-cased copy for the searches over the whole text; offsets in it are those of the text.
  const lowerText = lowerCaseKeepingOffsets(fullText);
  const detected = detectLanguage(lowerText, LANGUAGES);
  // Too little text to tell the language ("Order cancelled"): read it as English, report the language unknown.
  const pack = (detected ?? FALLBACK_LANGUAGE).pack();
  const analysed = newsPart(
    splitSentences(
      withoutUnstatedText(fullText, { example: pack.exampleLeadIn, title: pack.titleLeadIn }),
      pack.abbreviations,
    ).map((sentence) => analyseSentence(sentence, pack)),
    pack,
  );
  const candidates = withoutVendorName(
    referenceCandidates(fullText, pack, lowerText),
    message.vendorDomain ?? null,
  );
  // A tag the subject itself labels ("[order VB-1182093]" read by the order label) is as strong as its label
  // says, not a helpdesk's ticket number; it stays first in reading order, ahead of the label's own match.
  const ticketTag = subjectTagReference(subject);
  if (ticketTag) {
    const labelled = candidates.find(
      (candidate) => candidate.value === ticketTag.value && candidate.order < subject.length,
    );
    candidates.push(labelled ? { ...ticketTag, strength: labelled.strength } : ticketTag);
  }
  const reading = detectKinds(analysed, pack);
  const jsonLd = readJsonLd(Array.isArray(message.jsonLd) ? message.jsonLd : []);

  // Requests acknowledged as a list under a lead-in read like those acknowledged in one sentence.
  const listed = listedRequests(analysed, pack);
  for (const kind of listed.kinds) {
    if (!reading.kinds.includes(kind)) reading.kinds.push(kind);
    reading.evidence.set(kind, [...(reading.evidence.get(kind) ?? []), ...(listed.evidence.get(kind) ?? [])]);
  }
  const found = new Set<Kind>(reading.kinds);
  for (const { kind } of jsonLd.statuses) found.add(kind);
  if (jsonLd.orderActive) found.delete('cancellation.confirmed');
  if (jsonLd.orderNumber) candidates.push({ value: jsonLd.orderNumber, strength: 2, order: fullText.length });
  // Newsletters and offers acknowledge nothing: "return it and we will refund you" there is marketing. A mail
  // naming its order, booking or case is about one transaction, whatever its footer says about newsletters.
  // The marketing and refusal readings scan every sentence: they are done only when they can change the kinds.
  // A request acknowledged in the past tense ("we have received your request to cancel") happened, whatever the
  // footer: only acknowledgements spoken in the future ("we will refund you") are marketing's.
  const aboutOneTransaction = candidates.some((candidate) => candidate.strength >= 2);
  if (
    !aboutOneTransaction &&
    (found.has('cancellation.received') || found.has('refund.received')) &&
    pack.marketing.test(body.toLowerCase())
  ) {
    for (const kind of ['cancellation.received', 'refund.received'] as const) {
      // A listed request is acknowledged by its lead-in, which the list lead-ins only word in the past.
      if (listed.kinds.includes(kind)) continue;
      if (!acknowledgedAsDone(reading.evidence.get(kind) ?? [], analysed)) found.delete(kind);
    }
  }
  // A win-back offer ("we saved your spot", "come back for less") that restates when the plan ends is marketing
  // about a cancellation told before, not its confirmation.
  if (
    !aboutOneTransaction &&
    found.has('cancellation.confirmed') &&
    ![...found].some((kind) => kind.startsWith('refund.'))
  ) {
    const lowerBody = body.toLowerCase();
    if (pack.winBack.test(lowerBody) && pack.marketing.test(lowerBody))
      found.delete('cancellation.confirmed');
  }
  // A cancellation the vendor could not carry out leaves only options behind it: "once the parcel is back, we
  // will refund you" there is what the customer can do next, not a refund request acknowledged.
  if (
    (found.has('cancellation.received') ||
      found.has('cancellation.confirmed') ||
      found.has('refund.received')) &&
    refusesCancellation(analysed, pack)
  ) {
    found.delete('cancellation.received');
    found.delete('cancellation.confirmed');
    if (!statedOutright(reading.evidence.get('refund.received') ?? [], analysed)) {
      found.delete('refund.received');
    }
  }
  // "You asked us to refund the premium. We cannot grant your request." refuses that refund.
  if (!found.has('refund.confirmed') && !found.has('refund.rejected')) {
    const refusal = refusedRefundRequest(analysed, pack);
    if (refusal) {
      found.add('refund.rejected');
      reading.evidence.set('refund.rejected', refusal);
    }
  }
  // A refusal phrase that names no refund ("we cannot act on your request") refuses a refund only in a
  // message that speaks of one: in a letter about a cancellation it refuses the cancellation.
  if (
    found.has('refund.rejected') &&
    !jsonLd.statuses.some((status) => status.kind === 'refund.rejected') &&
    !analysed.some((scopes) => pack.refundWord.test(scopes.sentence))
  ) {
    found.delete('refund.rejected');
  }
  const jsonLdKinds = jsonLd.statuses.map((status) => status.kind);
  settleRefundKinds(found, { analysed, pack, reading, jsonLdKinds });
  // A shipping notice's return policy ("once your return reaches us, we refund the amount") is no refund under
  // way: in a notice that the order is on its way and that states nothing else, a refund read only from
  // sentences that wait on something ("once", "if") is dropped.
  if (
    found.size === 1 &&
    found.has('refund.received') &&
    reading.kinds.includes('refund.received') &&
    !statedOutright(reading.evidence.get('refund.received') ?? [], analysed) &&
    analysed.some((scopes) => pack.shippingNotice.test(scopes.sentence))
  ) {
    found.delete('refund.received');
  }
  if (confirmationStillToCome(found, { analysed, pack, reading, jsonLdKinds })) {
    found.delete('cancellation.confirmed');
  }
  const finalKinds = resolveKinds(found);

  const promises = extractPromises(analysed, pack, finalKinds);
  const senderCountry = dollarCountry(lowerText, message.vendorDomain?.split('.').at(-1) ?? null);
  // Where the refusal stands tells the sum asked back (before it) from what is offered instead (after it).
  const refusal = finalKinds.includes('refund.rejected')
    ? reading.evidence.get('refund.rejected')?.[0]
    : undefined;
  const refusalIndex = refusal ? fullText.indexOf(refusal) : -1;
  const { amount, currency } = extractAmount(fullText, pack, finalKinds, {
    lowerText,
    senderCountry,
    refusalIndex: refusalIndex === -1 ? null : refusalIndex,
    sumPending: analysed.some((scopes) => pack.amountPending.test(scopes.sentence)),
  });

  const evidence: string[] = [];
  for (const kind of finalKinds) {
    const fromJsonLd = jsonLd.statuses
      .filter((status) => status.kind === kind)
      .map((status) => status.evidence);
    for (const line of [...(reading.evidence.get(kind) ?? []), ...fromJsonLd]) {
      if (!evidence.includes(line)) evidence.push(line);
    }
  }
  for (const line of promises.evidence) if (!evidence.includes(line)) evidence.push(line);

  return {
    kinds: finalKinds,
    amount,
    currency,
    reference: chooseReference(candidates, finalKinds.length > 0),
    language: detected?.language ?? null,
    promises: promises.promises,
    evidence,
  };
}
