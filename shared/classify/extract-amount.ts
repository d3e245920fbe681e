import type { LanguagePack } from './language-pack';
import { findMoney, type MoneyMention } from './money';
import { firstSentenceEnd, lastSentenceStart, logicalLineAround } from './sentences';
import type { Kind } from './types';

export interface AmountReading {
  amount: string | null;
  currency: string | null;
}

/** What the classifier already knows of the message, besides its text. */
export interface AmountContext {
  /** The text lower-cased, when the caller has it already. */
  lowerText?: string;
  /** The sender's country (a top-level domain: "ca", "mx"), whose dollars or pesos a bare "$" means. */
  senderCountry?: string | null;
  /** Where the sentence refusing a refund begins, if one does. */
  refusalIndex?: number | null;
  /** Whether a sentence says the refund's sum is still being worked out (the pack's `amountPending`). */
  sumPending?: boolean;
}

const NONE: AmountReading = { amount: null, currency: null };
// How far before a sum its label is looked for when telling a company's own sums ("SA au capital de").
const COMPANY_LABEL_REACH = 60;

/**
 * The money the message is about refunding. Each sum is scored by its label (the text before it on its line or
 * in its sentence): a refund word there counts most ("Refund amount: €4.99", "refund of $45.00"), a refund word
 * elsewhere in the sentence less; paid totals, prices, fees and "non-refundable" count against. A sum given again
 * in another currency in brackets ("47,98 € (93,84 лв.)") is the same sum: the first figure wins ties.
 */
export function extractAmount(
  text: string,
  pack: LanguagePack,
  kinds: readonly Kind[],
  { lowerText, senderCountry = null, refusalIndex = null, sumPending = false }: AmountContext = {},
): AmountReading {
  if (!kinds.some((kind) => kind.startsWith('refund.'))) return NONE;
  // A zero sum ("Importo rimborsabile: 0,00 €") says nothing is refunded: it is never the sum refunded or refused.
  const mentions = findMoney(text, lowerText, senderCountry).filter(
    (mention) =>
      toCents(mention) > 0 &&
      !pack.companySum.test(text.slice(Math.max(0, mention.index - COMPANY_LABEL_REACH), mention.index)),
  );
  let best: { mention: MoneyMention; score: number } | null = null;
  for (const mention of mentions) {
    const score = scoreMention(text, mention, pack, {
      mentions,
      conversion: isConversion(text, mention, mentions),
      inRefusal: refusalIndex !== null,
    });
    if (score > 0 && (!best || score > best.score)) best = { mention, score };
  }
  if (best) return { amount: best.mention.amount, currency: best.mention.currency };
  // "The amount of your refund is still being calculated": the one sum named (a premium paid) is not it.
  if (sumPending) return NONE;
  // A refund message naming one sum only (besides its conversions) is about that sum. A refusal's only sum
  // is the refused one when its own sentence, the sentence right after it ("you were charged $69.99. … we're
  // not able to refund this charge"), or the line heading the details it stands in ("your refund request for
  // the tickets below" above "Amount paid: £42.60") speaks of the refund (not a repair quote beside the
  // refusal).
  const pendingOrDone = kinds.includes('refund.received') || kinds.includes('refund.confirmed');
  // A voucher or credit given instead ("plus €5 of credit") is not the money refunded, and no rival to it.
  const sums = mentions.filter(
    (m) =>
      !isConversion(text, m, mentions) &&
      !pack.voucher.test(sentenceOf(text, m, pack.abbreviations).join(' ')),
  );
  // Sums after a refusal are what is offered instead (a cap, a repair quote, a credit): no rival to one before it.
  const refusedBefore = (mention: MoneyMention) => refusalIndex !== null && mention.index < refusalIndex;
  const asked = pendingOrDone ? [] : sums.filter(refusedBefore);
  const rivals = asked.length > 0 ? asked : sums;
  const distinct = new Set(rivals.map((m) => `${m.amount} ${m.currency}`));
  const only = rivals[0];
  if (!only || distinct.size !== 1) return NONE;
  // The sum may be named twice: first as charged ("a fee of CHF 25.00 is charged"), then as refused.
  const speaksOfRefund = (mention: MoneyMention) =>
    pack.refundWord.test(sentenceOf(text, mention, pack.abbreviations).join(' ')) ||
    pack.refundWord.test(sentenceAfter(text, mention, pack.abbreviations)) ||
    pack.refundWord.test(headingAbove(text, mention.index));
  // The sum before the refusal is the one asked back however many paragraphs lie between and whether labelled as
  // the price or what was paid ("Your annual plan renewed on 3 May: $276.00." … "we are unable to refund it").
  if (pendingOrDone || asked.length > 0 || rivals.some(speaksOfRefund)) {
    return { amount: only.amount, currency: only.currency };
  }
  return NONE;
}

/** The text before a sum in its (logical) line and sentence (its label), and after it to the sentence end. */
function sentenceOf(
  text: string,
  mention: MoneyMention,
  abbreviations: ReadonlySet<string>,
): [label: string, after: string] {
  // The line as the writer wrote it: a client may have wrapped "Das Guthaben von 312,40 € haben wir … auf
  // Ihr Konto" before "überwiesen".
  const [lineStart, lineEnd] = logicalLineAround(text, mention.index);
  const before = text.slice(lineStart, mention.index);
  // A dot before a lower-case word ("2025 г. с карта") or after a day ("am 3. März") ends no sentence.
  const label = before.slice(lastSentenceStart(before, abbreviations));
  const after = text.slice(mention.index + mention.length, lineEnd);
  return [label, after.slice(0, firstSentenceEnd(after, abbreviations))];
}

/** What follows the sum on its logical line (its paragraph), and where that line ends. */
function restOfLine(text: string, mention: MoneyMention): { after: string; lineEnd: number } {
  const [, lineEnd] = logicalLineAround(text, mention.index);
  return { after: text.slice(mention.index + mention.length, lineEnd), lineEnd };
}

/** The sentence after the one holding a sum, in the same paragraph (its logical line), or ''. */
function sentenceAfter(text: string, mention: MoneyMention, abbreviations: ReadonlySet<string>): string {
  return nextSentenceIn(restOfLine(text, mention).after, abbreviations);
}

/** The sentence after the first one that the text (the rest of a line after a sum) ends, or ''. */
function nextSentenceIn(after: string, abbreviations: ReadonlySet<string>): string {
  const next = after.slice(firstSentenceEnd(after, abbreviations)).trimStart();
  return next.slice(0, firstSentenceEnd(next, abbreviations));
}

// A blank line (spaces allowed) and the indent of the line after it.
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/y;

/** The first sentence of the paragraph after a blank line that follows the line ending at lineEnd, or ''. */
function nextParagraphOpening(text: string, lineEnd: number, abbreviations: ReadonlySet<string>): string {
  PARAGRAPH_BREAK.lastIndex = lineEnd;
  if (!PARAGRAPH_BREAK.test(text)) return '';
  const nextStart = PARAGRAPH_BREAK.lastIndex;
  const line = text.slice(nextStart, logicalLineAround(text, nextStart)[1]);
  return line.slice(0, firstSentenceEnd(line, abbreviations));
}

// Words after the sum, then the sentence's end (a module constant: a `\p{…}` literal in a function is rebuilt at
// each call once compiled).
const WORDS_TO_SENTENCE_END = /^[ \t]+\p{L}.*[.!]$/su;

/** Whether the rest of a line after a sum is words that end the sum's sentence, and with it the line. */
function endsTheSentence(after: string, abbreviations: ReadonlySet<string>): boolean {
  const rest = after.trimEnd();
  return WORDS_TO_SENTENCE_END.test(rest) && firstSentenceEnd(rest, abbreviations) >= rest.length - 1;
}

/**
 * Whether the next sentence points back to the sum and speaks of refunding it, naming no sum of its own ("Vous
 * aviez réglé 499,99 €. Ce montant vous sera remboursé …").
 */
function nextSentenceRefundsIt(
  text: string,
  mention: MoneyMention,
  pack: LanguagePack,
): 'sentence' | 'paragraph' | null {
  const refundsIt = (next: string) =>
    pack.amountAnaphor.test(next) && pack.refundWord.test(next) && findMoney(next).length === 0;
  const { abbreviations } = pack;
  const { after, lineEnd } = restOfLine(text, mention);
  const sentence = nextSentenceIn(after, abbreviations);
  if (sentence) return refundsIt(sentence) ? 'sentence' : null;
  // A sum inside the last sentence of its paragraph ("…se te cobró un bono de 15,00 € que no habías contratado.",
  // blank line, "Hemos solicitado la devolución de ese importe…") is pointed back to as from the next sentence.
  if (endsTheSentence(after, abbreviations)) {
    return refundsIt(nextParagraphOpening(text, lineEnd, abbreviations)) ? 'sentence' : null;
  }
  // A sum ending its line and paragraph (a closing bill's last line, "Solde en votre faveur : 11,46 €", blank line,
  // "Ce solde vous sera remboursé …"), as from the next paragraph.
  if (after.trim() !== '') return null;
  return refundsIt(nextParagraphOpening(text, lineEnd, abbreviations)) ? 'paragraph' : null;
}

function scoreMention(
  text: string,
  mention: MoneyMention,
  pack: LanguagePack,
  {
    mentions,
    conversion,
    inRefusal,
  }: { mentions: readonly MoneyMention[]; conversion: boolean; inRefusal: boolean },
): number {
  const [label, restOfSentence] = sentenceOf(text, mention, pack.abbreviations);
  let score = 0;
  let pointedBackTo = false;
  if (pack.refundWord.test(label)) score += 3;
  else if (pack.refundWord.test(restOfSentence)) score += 2;
  else {
    // The sum the next sentence points back to is the one named, not its conversion in brackets; paid or not
    // ("You paid £120.00. This amount has been refunded"), it is the one refunded.
    const pointer = conversion ? null : nextSentenceRefundsIt(text, mention, pack);
    if (pointer === 'sentence') {
      score += 2;
      pointedBackTo = true;
    } else {
      // Across a paragraph break the pointer counts only as much as a requested label ("Solde en votre
      // faveur : 11,46 €" above "Ce solde vous sera remboursé"), and a fee's label still rules its sum out.
      if (pointer === 'paragraph') score += 1;
      if (pack.requestedWord.test(label)) score += 1;
      // An item under a lead-in that speaks of the refund ("we will refund you:") counts as little as a
      // requested sum: the list may also hold what was paid and what was kept back, and its total (a total
      // word) wins.
      else if (pack.refundWord.test(leadInAbove(text, mention.index))) score += 1;
    }
  }
  const totalWord = pack.totalWord.test(label);
  if (score === 0 && totalWord && addsUpRefundedItems(text, mention, mentions, pack)) score = 3;
  if (score > 0 && totalWord) score += 1;
  // Words after the sum saying the customer paid it count as a paid label, except in a refusal, where the sum paid
  // is the one asked back ("we can't refund the £140.00 you paid").
  const paidLabel = pack.amountExclusion.test(label) || (!inRefusal && pack.paidSum.test(restOfSentence));
  if (!pointedBackTo && paidLabel) score -= 2;
  // One addend of a sum written out ("Refund due: £64.00 (item) + £4.95 (delivery)") is a part of the refund:
  // the whole, named elsewhere ("we'll refund £68.95"), wins; alone, the first part still does.
  // So is one factor of a product written out with its result ("6 x 4,00 € = 24,00 €"): the result wins.
  if (score > 1 && (OPERAND_AFTER.test(restOfSentence) || ADDEND_BEFORE.test(label))) score -= 1;
  return score;
}

// A plus or equals sign after a sum (past a bracketed note), or a plus between a figure and it: the sum is one
// operand of a sum or product written out.
const OPERAND_AFTER = /^\s*(?:\([^()\n]{0,40}\)\s*)?[+=]\s*\S/u;
const ADDEND_BEFORE = /\d[^\d\n]{0,40}\+\s*$/u;

const toCents = (mention: MoneyMention) => Math.round(Number(mention.amount) * 100);

/**
 * A total that adds up the sums listed right above it, one of them labelled as refunded ("Erstattung
 * Zusatzversicherung: 36,00 €", "Freigabe Kaution: 300,00 €", "Gesamt: 336,00 €"): the whole money returned. A
 * bill's total is no such sum: it takes the refund off rather than adding it.
 */
function addsUpRefundedItems(
  text: string,
  total: MoneyMention,
  mentions: readonly MoneyMention[],
  pack: LanguagePack,
): boolean {
  const totalLineStart = text.lastIndexOf('\n', total.index - 1) + 1;
  let blockStart = totalLineStart;
  while (blockStart > 0) {
    const [previousStart, line] = lineBefore(text, blockStart);
    if (line === '' || line.length > ITEM_LINE_MAX || !(HAS_FIGURE.test(line) || RULE.test(line))) break;
    blockStart = previousStart;
  }
  const items = mentions.filter(
    (item) =>
      item.index >= blockStart &&
      item.index < totalLineStart &&
      item.currency === total.currency &&
      !isConversion(text, item, mentions),
  );
  if (items.length < 2) return false;
  const refundedItem = items.some((item) =>
    pack.refundWord.test(sentenceOf(text, item, pack.abbreviations)[0]),
  );
  return refundedItem && items.reduce((cents, item) => cents + toCents(item), 0) === toCents(total);
}

// How many lines of a list (items with figures, blank lines) a heading may stand above a sum.
const HEADING_REACH = 8;
// Longer lines are prose, not the items of a list or a detail block.
const ITEM_LINE_MAX = 100;
const HAS_FIGURE = /\d/;
// A sentence of six words or more, ended by its full stop: prose above a block, even when it holds a date.
const PROSE = /^(?:\S+\s+){5,}\S*[.!?]$/u;
// "- Чеснов сос – 1,50 лв.": an item whose last dot is its currency's (a figure, then an abbreviation), no full stop.
const ENDS_IN_SUM = /\d\s?\p{L}{1,3}\.$/u;
// "Ticket type: Advance Single": a field of a detail block.
const FIELD = /^[^:.!?]{1,40}:\s*\S/;
// "-----------" above a list's total: a rule inside the list, not a heading.
const RULE = /^[-=_─━*]{3,}$/u;

/**
 * The line of words above the list or detail block a sum stands in ("Your refund request for the tickets
 * below." above "Amount paid: £42.60"), climbing over blank lines and the block's other items, or ''. A sum
 * in prose has none.
 */
function headingAbove(text: string, index: number): string {
  let lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  if ((lineEnd === -1 ? text.length : lineEnd) - lineStart > ITEM_LINE_MAX) return '';
  for (let step = 0; step < HEADING_REACH && lineStart > 0; step++) {
    const [previousStart, line] = lineBefore(text, lineStart);
    const isItem =
      line === '' ||
      (line.length <= ITEM_LINE_MAX &&
        (!PROSE.test(line) || ENDS_IN_SUM.test(line)) &&
        (HAS_FIGURE.test(line) || FIELD.test(line))) ||
      RULE.test(line);
    if (line.endsWith(':') || !isItem) return line;
    lineStart = previousStart;
  }
  return '';
}

/** The line ending just before `lineStart` (a line's first index, not the text's): its start, and its text trimmed. */
function lineBefore(text: string, lineStart: number): [start: number, line: string] {
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return [start, text.slice(start, lineStart - 1).trim()];
}

/** The heading above a sum when it introduces a list ("we will refund you:" above "total ...... 23,50 €"), or ''. */
function leadInAbove(text: string, index: number): string {
  const heading = headingAbove(text, index);
  return heading.endsWith(':') ? heading : '';
}

// Between a sum and the bracket or slash that opens the same sum in a second currency: at most a currency sign
// or code.
const BEFORE_A_SECOND_FIGURE = /^[^\d\n(/]{0,8}[(/]\s*$/u;
const MAX_CONVERSION_GAP = 16;

/**
 * A sum in brackets right after another sum: the same sum in a second currency ("47,98 € (93,84 лв.)"). A
 * bracket after words ("Ticket Advance Single (£47.20)") or after a figure that is no sum ("August 2026
 * (30,00 €)") holds a sum of its own.
 */
function isConversion(text: string, mention: MoneyMention, mentions: readonly MoneyMention[]): boolean {
  return mentions.some((other) => {
    const end = other.index + other.length;
    const gap = mention.index - end;
    return (
      gap >= 0 && gap <= MAX_CONVERSION_GAP && BEFORE_A_SECOND_FIGURE.test(text.slice(end, mention.index))
    );
  });
}
