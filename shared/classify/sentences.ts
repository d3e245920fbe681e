import { type LanguagePack, matchesOf } from './language-pack';

// One pass for every variant (most texts hold few): apostrophes, quotes, spaces, and invisible characters dropped.
const TYPOGRAPHIC =
  /[\u2018\u2019\u02bc\u00b4`\u201c\u201d\u201e\u00ab\u00bb\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad]|\u034f/g;
const FOLDED: Record<string, string> = {
  ...Object.fromEntries([...'\u2018\u2019\u02bc\u00b4`'].map((char) => [char, "'"])),
  ...Object.fromEntries([...'\u201c\u201d\u201e\u00ab\u00bb'].map((char) => [char, '"'])),
  ...Object.fromEntries([...'\u00a0\u2007\u202f'].map((char) => [char, ' '])),
};

// Dots standing for the hidden digits of an account or card ("DE12 ... 4471", "card ending ...1234", or two runs
// as in "DE.. ..4410") are one mark, no sentence end: the phrases' gaps ("[^.]{0,120}") run on over it. The dots
// come first in the pattern so that the look-behind runs only where they are, not at every character of a message.
const MASKED_DIGITS =
  /\.{2,}(?:(?<=[\p{L}\p{N}*•] ?\.{2,})(?= ?[\p{N}*•])| ?\.{2,}(?<=[\p{L}\p{N}*•]\.{2,} ?\.{2,})(?=[\p{N}*•]))/gu;

/** Typographic variants folded so that language files can spell phrases one way. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(TYPOGRAPHIC, (char) => FOLDED[char] ?? '')
    .replace(/^[ \t]*>+[ \t]?/gm, '')
    .replace(MASKED_DIGITS, '…');
}

/**
 * The text lower-cased character by character, so that every offset in it is the same as in the text
 * ("İ" lower-cases to two characters: it is left as it is).
 */
export function lowerCaseKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let kept = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    kept += lowered.length === char.length ? lowered : char;
  }
  return kept;
}

// A line in quotes signed by a dash and a name ('"Refunded in minutes!" - Sarah, Leeds'), the name on the same
// line or the next: someone else's words, as newsletters quote their customers.
const TESTIMONIAL = /^[ \t]*"[^"\n]{8,}"[ \t]*(?:\n[ \t]*)?[-–—][ \t]*\p{Lu}[^\n]{0,60}$/gmu;
// A passage in quotation marks, within a paragraph: an example text, an earlier mail's subject, someone's words.
const QUOTED_PASSAGE = /(?<![^\s:(])"(?:[^"\n]|\n(?![ \t]*\n)){10,400}?"(?![\p{L}\p{N}])/gu;
// Quoted inside a sentence, a clause is someone else's words or a title ('an email with the subject "Your
// broadband has been cancelled"'); a status in quotes ('now shows as "Cancelled and refunded"') is shorter.
const MIN_QUOTED_WORDS = 6;
// Anchored: an unanchored "(?!)" is tried at every character of the text.
const NOTHING = /^(?!)/;

/** What introduces a quoted passage that is not the vendor's statement: an example's lead-in line, a title's words. */
export interface QuoteLeadIns {
  example: RegExp;
  title: RegExp;
}

const NO_LEAD_INS: QuoteLeadIns = { example: NOTHING, title: NOTHING };
// A step of a progress tracker not reached yet, its box or circle left empty ("◯ Refund issued", "[ ] Refund").
const OPEN_STEP = /^[ \t]*(?:[◯○◌☐□◻◽⬜⚪]|\[ \])[^\n]*$/gmu;
const MAY_HOLD_OPEN_STEP = /[◯○◌☐□◻◽⬜⚪]|\[ \]/u;

/** The passage emptied, its line breaks kept (paragraphs and lines stay where they were). */
function blank(passage: string): string {
  return passage.replace(/[^\n]/g, '');
}

function wordCount(passage: string): number {
  return passage.split(/\s+/).filter(Boolean).length;
}

/** The last line with words in it before the line holding `index`, or ''. */
function lineWithWordsBefore(text: string, index: number): string {
  let end = text.lastIndexOf('\n', index - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) return line;
    end = start - 1;
  }
  return '';
}

/**
 * Whether a quoted passage is not the vendor's own statement: a clause quoted inside a sentence, or a block
 * under a line introducing an example ("Cuando la baja esté hecha, te enviaremos un SMS como este:"). A
 * marketplace quoting the seller's message to the customer ("New message from MossAndMaple") is neither.
 */
function quotesOthers(text: string, passage: string, index: number, leadIns: QuoteLeadIns): boolean {
  const before = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
  if (before.trim()) {
    return wordCount(passage) >= MIN_QUOTED_WORDS || leadIns.title.test(before.toLowerCase());
  }
  const leadIn = lineWithWordsBefore(text, index);
  return leadIn.endsWith(':') && leadIns.example.test(leadIn.toLowerCase());
}

/**
 * The text without what states nothing of the vendor's own: the testimonials and other passages it quotes (a
 * customer's "my refund was processed" in a newsletter, an example text message, the subject of an earlier mail)
 * and the steps of a tracker still to come ("◯ Refund issued" under "✔ Parcel received"). Works on normalised
 * text (quotes folded to '"').
 */
export function withoutUnstatedText(text: string, leadIns: QuoteLeadIns = NO_LEAD_INS): string {
  let kept = text;
  if (kept.includes('"')) {
    const withoutTestimonials = kept.replace(TESTIMONIAL, blank);
    kept = withoutTestimonials.replace(QUOTED_PASSAGE, (passage, index: number) =>
      quotesOthers(withoutTestimonials, passage, index, leadIns) ? blank(passage) : passage,
    );
  }
  if (MAY_HOLD_OPEN_STEP.test(kept)) kept = kept.replace(OPEN_STEP, blank);
  return kept;
}

// A sentence ends at . ! or ? followed by a capital (or an opening quote or bracket); "г. беше" does not end
// one, nor does the dot of a day or an ordinal ("am 30. April", "zum 1. März"). The last digit group of a
// number ("IBAN DE12 **** 93 08. Eine", "01 23 45 67 89. Nous") is no ordinal. A bracket that the sentence goes
// on after in lower case is an aside after an abbreviation ("1 240,00 лв. (2 туристи) ще Ви бъде върната").
const SENTENCE_END =
  /(?<=[.!?])(?<!(?:^|(?<![\d*]) |[\t\n(])\d{1,2}\.)\s+(?=[\p{Lu}"'¿¡]|\((?![^()\n]*\)\s+\p{Ll}))/u;
// A line opening with an IBAN, plain or masked ("DE** **** **44 10 zurückerstattet"), labelled or not ("IBAN DE89
// **** **30 00 überwiesen"), goes on with the account the line before named, however short that line.
const LINE_CONTINUES = /^(?:[\p{Ll}\p{N}(]|(?:IBAN )?\p{Lu}{2}[\d*•]{2}[\s\d*•])/u;
// Plain-text clients wrap at 72 to 78 columns: a line this long that stops mid-sentence goes on in the next
// one, even one starting with a capital (a German noun, a name, an IBAN).
const WRAPPED_LENGTH = 60;
const WRAPPED_CONTINUATION = /^[\p{L}\p{N}]/u;
// A line that stops inside a bracket ("… la ligne 06 12 (forfait" then "Breizh 80 Go) a bien été …") goes on in
// the next one when that one closes the bracket, list item or not.
const OPEN_BRACKET_AT_END = /\([^()]{0,60}$/u;
const CLOSES_BRACKET = /^[^()]{1,60}\)/u;
/** The marker that opens a list item as plain text writes it ("1.", "2)", "a)", "-", "•") and the space after it. */
export const LIST_ITEM_MARKER = /^\s*(?:\d{1,2}[.)]|[a-z]\)|[-*•·–])\s+/u;
// A list item, a table row (cells apart by a tab or a run of spaces) or a field ("Tariffa: Flex"): a line of
// its own, never a wrapped one.
const LIST_ROW_OR_FIELD = /^(?:[-*•·>]|\d{1,2}[.)]\s|\p{L}[\p{L}\p{N} .()'/-]{0,40}:\s)|\t| {2,}/u;

/**
 * Splits text into sentences. Lines that a mail client wrapped (the next line starting in lower case, or a
 * long line stopping mid-sentence) are joined first; blank lines, table rows and list items stay apart.
 */
export function splitSentences(
  text: string,
  abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS,
): string[] {
  const lines = text.split('\n');
  const logical: string[] = [];
  let current = '';
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      if (current) logical.push(current);
      current = '';
      previous = '';
      continue;
    }
    if (current && wrapsInto(previous, raw)) current += ` ${line}`;
    else {
      if (current) logical.push(current);
      current = line;
    }
    previous = raw;
  }
  if (current) logical.push(current);
  const sentences: string[] = [];
  for (const line of logical) {
    // A piece ending in an abbreviation ("гр. София") runs on into the next one.
    let pending = '';
    for (const sentence of line.split(SENTENCE_END)) {
      const trimmed = sentence.trim();
      if (!trimmed) continue;
      const joined = pending ? `${pending} ${trimmed}` : trimmed;
      pending = endsWithAbbreviation(joined, abbreviations) ? joined : '';
      if (!pending) sentences.push(joined);
    }
    if (pending) sentences.push(pending);
  }
  return sentences;
}

/**
 * The offsets [start, end) of the line holding `index`, with the lines a client wrapped it from or into
 * joined, as {@link splitSentences} joins them.
 */
export function logicalLineAround(text: string, index: number): [start: number, end: number] {
  let start = text.lastIndexOf('\n', index - 1) + 1;
  let end = lineEnd(text, index);
  while (start > 0) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    if (!wrapsInto(text.slice(previousStart, start - 1), text.slice(start, lineEnd(text, start)))) break;
    start = previousStart;
  }
  while (end < text.length) {
    const lastStart = text.lastIndexOf('\n', end - 1) + 1;
    if (!wrapsInto(text.slice(lastStart, end), text.slice(end + 1, lineEnd(text, end + 1)))) break;
    end = lineEnd(text, end + 1);
  }
  return [start, end];
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}

/** Whether a line runs on into the next one: it stops mid-sentence and the next one goes on from it. */
function wrapsInto(line: string, next: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && next.trim() !== '' && !/[.!?:;]$/.test(trimmed) && continuesLine(line, next);
}

/** Whether a line goes on from the one before, which ends mid-sentence: a client wrapped it there. */
function continuesLine(previous: string, raw: string): boolean {
  const line = raw.trim();
  const before = previous.trim();
  // The next item of a list ("1. cancellation of …" then "2. refund of …") starts afresh.
  if (LIST_ITEM_MARKER.test(line) && LIST_ITEM_MARKER.test(previous)) return false;
  if (LINE_CONTINUES.test(line)) return true;
  if (CLOSES_BRACKET.test(line) && OPEN_BRACKET_AT_END.test(before)) return true;
  return (
    before.length >= WRAPPED_LENGTH &&
    WRAPPED_CONTINUATION.test(line) &&
    !LIST_ROW_OR_FIELD.test(raw) &&
    !LIST_ROW_OR_FIELD.test(before)
  );
}

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/**
 * Where the last sentence of a one-line text begins, by the rules of {@link splitSentences} (0 when the text
 * is one sentence): the label before a sum ("… 14.09.2025 г. с карта 89,00 лв.") is read back to there.
 */
export function lastSentenceStart(
  text: string,
  abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS,
): number {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_ENDS)) {
    if (!endsWithAbbreviation(text.slice(0, match.index), abbreviations))
      start = match.index + match[0].length;
  }
  return start;
}

/**
 * Where the first sentence of a one-line text ends, by the same rules (the text's length when it is one
 * sentence): what is said after a sum ("38,00 € (inkl. 3,00 € Versand) haben wir erstattet") is read to there.
 */
export function firstSentenceEnd(
  text: string,
  abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS,
): number {
  for (const match of text.matchAll(SENTENCE_ENDS)) {
    if (!endsWithAbbreviation(text.slice(0, match.index), abbreviations)) return match.index;
  }
  return text.length;
}

const WORD_WITH_DOTS = /^[\p{L}.-]+$/u;

/**
 * Whether the text ends with one of the abbreviations and its dot ("… гр."), alone or as the last part of a
 * hyphenated compound ("Versicherungsschein-Nr.", "Kd.-Nr.").
 */
export function endsWithAbbreviation(text: string, abbreviations: ReadonlySet<string>): boolean {
  if (abbreviations.size === 0 || !text.endsWith('.')) return false;
  const wordStart = Math.max(text.lastIndexOf(' '), text.lastIndexOf('('), text.lastIndexOf('\t')) + 1;
  const word = text.slice(wordStart, -1);
  if (!WORD_WITH_DOTS.test(word)) return false;
  const lastPart = word.slice(word.lastIndexOf('-') + 1);
  return abbreviations.has(word.toLowerCase()) || abbreviations.has(lastPart.toLowerCase());
}

/** Where in a sentence statements are hypothetical, subordinate, future or negated. */
export interface SentenceScopes {
  /** The sentence as written, for evidence. */
  original: string;
  /** The sentence lower-cased: what the (lower-case) pack patterns run on; all offsets refer to it. */
  sentence: string;
  readonly isQuestion: boolean;
  /** [start, end) ranges that are conditional ("if …") or temporal ("once …") clauses. */
  readonly hypothetical: [number, number][];
  /** Offset from which the sentence speaks of the future ("we will …"), or Infinity. */
  readonly futureFrom: number;
  readonly clauseStarts: number[];
}

/**
 * Finds the scopes of conditionals, temporal clauses and future markers in one sentence. They are worked
 * out on first use: most sentences of a mail (greetings, footers, tables) hold no phrase and need none.
 */
export function analyseSentence(original: string, pack: LanguagePack): SentenceScopes {
  return new LazyScopes(original, pack);
}

// A question mark ends the sentence even when a ticket tag follows it ("cancellation confirmed? [Case 7718]").
const QUESTION_END = /\?\s*(?:[[(][^\])]*[\])]\s*)*$/;

class LazyScopes implements SentenceScopes {
  readonly sentence: string;
  readonly isQuestion: boolean;
  #clauseStarts: number[] | null = null;
  #hypothetical: [number, number][] | null = null;
  #futureFrom: number | null = null;

  constructor(
    readonly original: string,
    private readonly pack: LanguagePack,
  ) {
    this.sentence = original.toLowerCase();
    this.isQuestion = QUESTION_END.test(this.sentence) || this.sentence.startsWith('¿');
  }

  get clauseStarts(): number[] {
    if (this.#clauseStarts === null) {
      this.#clauseStarts = [0];
      for (const match of matchesOf(this.pack.clauseBreak, this.sentence))
        this.#clauseStarts.push(match.index + match[0].length);
    }
    return this.#clauseStarts;
  }

  get hypothetical(): [number, number][] {
    if (this.#hypothetical === null) {
      const { sentence, pack } = this;
      const ranges: [number, number][] = [];
      for (const match of pack.conditional.matches(sentence)) {
        // A condition set off by commas or dashes ("the refund, if accepted, will be paid within …", "die
        // Erstattung – sofern berechtigt – innerhalb von 30 Tagen") ends at the closing one; any other runs to the
        // end of the sentence.
        const opening = PARENTHESIS_OPENING.exec(sentence.slice(0, match.index))?.[1];
        const end = opening
          ? sentence.indexOf(opening, match.index + match[0].length)
          : consequenceAfter(sentence, match.index + match[0].length, pack);
        ranges.push([match.index, end === -1 ? sentence.length : end]);
      }
      for (const match of pack.temporal.matches(sentence)) {
        const from = match.index + match[0].length;
        const mainClause = mainClauseAfter(sentence, from, pack);
        const clauseBreak = nextClauseBreak(sentence, from);
        ranges.push([match.index, mainClause === -1 ? clauseBreak : Math.min(mainClause, clauseBreak)]);
      }
      this.#hypothetical = ranges;
    }
    return this.#hypothetical;
  }

  get futureFrom(): number {
    if (this.#futureFrom === null) {
      this.#futureFrom = Number.POSITIVE_INFINITY;
      for (const match of this.pack.future.matches(this.sentence)) {
        this.#futureFrom = match.index;
        break;
      }
    }
    return this.#futureFrom;
  }
}

/** Where a consequence opens after `from` (", so we cannot…"), or -1: a condition before it ends there. */
function consequenceAfter(sentence: string, from: number, pack: LanguagePack): number {
  pack.consequence.lastIndex = from;
  return pack.consequence.exec(sentence)?.index ?? -1;
}

// The comma or dash a parenthetical condition opens after ("– sofern berechtigt –"): the same one closes it.
const PARENTHESIS_OPENING = /(,|–|—| - )\s*$/;

/** Where the main clause opens after a temporal clause without a comma ("once it arrives we'll …"), or -1. */
function mainClauseAfter(sentence: string, from: number, pack: LanguagePack): number {
  const subject = FIRST_WORD.exec(sentence.slice(from));
  if (!subject) return -1;
  pack.mainClauseOpener.lastIndex = from + subject[0].length;
  return pack.mainClauseOpener.exec(sentence)?.index ?? -1;
}

const FIRST_WORD = /^\s*\S+/;

function nextClauseBreak(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  // A spaced hyphen is a dash typed on a plain keyboard ("once it is closed - please allow 5 days").
  const match = /[,;:–—]|\s-\s/.exec(rest);
  return match ? from + match.index : sentence.length;
}

/** Whether the span [from, to) reaches into a conditional or temporal clause. */
export function isHypothetical(scopes: SentenceScopes, from: number, to = from + 1): boolean {
  return scopes.hypothetical.some(([start, end]) => from < end && to > start);
}

/** Start offset of the clause holding `offset`. */
export function clauseStart(scopes: SentenceScopes, offset: number): number {
  let start = 0;
  for (const candidate of scopes.clauseStarts)
    if (candidate <= offset && candidate > start) start = candidate;
  return start;
}

/** End offset of the clause holding `offset`. */
export function clauseEnd(scopes: SentenceScopes, offset: number): number {
  let end = scopes.sentence.length;
  for (const candidate of scopes.clauseStarts) if (candidate > offset && candidate < end) end = candidate;
  return end;
}

/** Whether the clause leading up to (and including) a phrase negates it, or a negation right after it does. */
export function isNegated(scopes: SentenceScopes, start: number, end: number, pack: LanguagePack): boolean {
  if (pack.negation.test(scopes.sentence.slice(clauseStart(scopes, start), end))) return true;
  return pack.trailingNegation.test(scopes.sentence.slice(end, clauseEnd(scopes, end)));
}
