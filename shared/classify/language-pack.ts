import { PrefixSet, phrasePrefixes } from './phrase-prefixes';
import { requiredText } from './required-text';
import { HASH_SEED, hashOf, hashStep } from './text-hash';
import type { Kind, TimeUnit } from './types';

/** One phrase pattern of a kind, as written in a language file (rules/*.json). */
export interface SignalData {
  /** Regex source; `{name}` inserts a fragment, `\b` and `\w` are Unicode-aware. */
  pattern: string;
  /** 2 (default) decides a kind alone; 1 needs corroboration from another phrase. */
  strength?: number;
  /** The phrase carries its own negation ("unable to refund"), so negation cues must not cancel it. */
  negated?: boolean;
  /** Regex the same sentence must also contain (context a short phrase lacks). */
  with?: string;
}

/** A language file: everything the engine knows about how one language says these things. */
export interface LanguagePackData {
  language: string;
  stopwords: string[];
  /** Abbreviations that end in a dot without ending a sentence ("гр.", "Sr."): lower case, no final dot. */
  abbreviations?: string[];
  fragments?: Record<string, string>;
  signals: Record<Kind, SignalData[]>;
  negations: string[];
  /** Negations that follow the phrase they negate ("we refunded nothing", "erstatten wir nicht"). */
  trailingNegations?: string[];
  /** Phrases saying a cancellation could not be carried out: the message then confirms and acknowledges none. */
  cancellationRefusals?: string[];
  conditionals: string[];
  /**
   * Words opening a consequence after a comma or semicolon ("…only if cancelled within 14 days, so we cannot
   * refund"): a condition ends there, and what follows is stated.
   */
  consequences?: string[];
  temporals: string[];
  /**
   * Words opening the main clause after a temporal clause written without a comma ("once it arrives we'll refund
   * you", "nach Eingang der Ware erstatten wir"): the temporal clause ends there. Looked for from the clause's
   * second word on (its first is the clause's own subject: "once we receive it, we'll refund you").
   */
  mainClauseOpeners?: string[];
  future: string[];
  /**
   * Markers of a sentence repeating what an earlier letter said ("as we informed you in our letter of 3 May"):
   * what it confirms is background, not this message's news.
   */
  restatements?: string[];
  /**
   * A refund dated before this letter ("bereits am 2. November zurückgezahlt"): beside a refused refund it is the
   * refusal's background, not this message's news. On its own it still confirms the refund.
   */
  earlierRefunds?: string[];
  clauseBreaks: string[];
  vouchers: string[];
  /** Where money goes back to (a card, a bank account, a transfer): a refund sentence naming one is about money. */
  moneyDestinations: string[];
  /** Words saying a refund is held back ("on hold", "in sospeso"): issued then, it is still only pending. */
  refundHolds: string[];
  /**
   * Words saying a refund was set in motion, not paid ("veranlasst", "angewiesen"): when every sentence confirming
   * the refund says only that and the message promises the money within a time, the refund is still under way.
   */
  refundStarts?: string[];
  /**
   * Optional: cues of a win-back offer to a plan that has ended or is ending ("we saved your spot", "come back for
   * less"): in newsletter-like mail about no one transaction, the plan's end it restates is background, no news.
   */
  winBacks?: string[];
  /** Plan or tariff changes ("your old plan … your new plan"): a sentence with one confirms no cancellation. */
  planChanges?: string[];
  /**
   * Openings of a sentence whose subject is a confirmation still to come, followed by what it will confirm
   * ("A confirmation that your contract has ended…", "Eine Bestätigung, dass…"): anchored at the sentence start.
   */
  confirmationNotices?: string[];
  /**
   * Phrases of a sentence acknowledging the requests listed under it ("we have received your two requests:",
   * "hemos registrado las siguientes gestiones:"): each list item opening with a cancellation or refund
   * topic is read as that request received.
   */
  listLeadIns?: string[];
  /**
   * Words of a line ending in a colon that introduce an example ("you will get a text like this:", "например
   * така:"): a quoted passage under it is the example, not this message's news.
   */
  exampleLeadIns?: string[];
  /**
   * Words just before a quoted title ('the email we sent titled "Your account has been closed"', "mit dem Betreff
   * „…“"): the passage in quotes names another mail, whatever its length; it states nothing of this one.
   */
  titleLeadIns?: string[];
  marketing: string[];
  /**
   * Phrases saying an order is on its way ("your parcel has been dispatched", "ist unterwegs"): in such a notice
   * a refund that waits on a return ("once your return reaches us, we refund the amount") is the return policy.
   */
  shippingNotices?: string[];
  /** Headings of legal notices (withdrawal rights, return policy): nothing from there on is this message's news. */
  boilerplate: string[];
  numbers: Record<string, number>;
  rangeSeparators: string[];
  units: Record<TimeUnit, string[]>;
  promiseTopics: { cancellation: string[]; refund: string[]; confirmation: string[] };
  promiseExclusions: string[];
  refundWords: string[];
  amountExclusions: string[];
  /**
   * Words opening a sentence that point back to the sum just named ("You paid €499.99. This amount will be
   * refunded …", "Ce montant", "Сумата"): the sum is then the one that sentence refunds.
   */
  amountAnaphora?: string[];
  /** Labels of sums that are the company's, never a refund: a legal footer's share capital ("au capital de"). */
  companySums?: string[];
  /**
   * Words right after a sum saying the customer paid it ("a refund of the £35.00 you paid", "les 35 € que vous
   * avez payés"): the price, which counts against it as a paid label before it does.
   */
  paidSums?: string[];
  /**
   * Phrases saying the refund's sum is still being worked out ("die Höhe der Erstattung wird noch berechnet"):
   * a sum the message names without a refund label (a premium paid, a price) is then not the refunded one.
   */
  amountPending?: string[];
  requestedWords: string[];
  totalWords: string[];
  references: { label: string; strength: number }[];
  referenceConnectors: string[];
}

export interface Signal {
  kind: Kind;
  regex: RegExp;
  strength: number;
  negated: boolean;
  context: RegExp | null;
  /** The first few characters a match can start with right after a word start, or null when it may start anywhere. */
  prefixes: PrefixSet | null;
  /**
   * The same pattern, sticky, when every match must begin at a word start: {@link SignalIndex.matchesIn}
   * then finds its matches, trying it only at the word starts that begin as it can. Null otherwise.
   */
  atWordStart: RegExp | null;
  /**
   * The look-behinds that opened the pattern, each a sticky regex of its own, checked where
   * {@link atWordStart} (which is the pattern without them) matched. Kept apart because many phrases share the
   * same long look-behind: compiled once, not once per phrase, they are most of the rules' machine code saved.
   */
  guards: Guard[];
}

/**
 * The matches of one global regex in a text, found as `exec` in a loop finds them. A regex that opens at a
 * word start is tried only at the word starts where its first characters occur.
 */
export interface PhraseSearch {
  /** The search as written: a global regex whose full search finds the same matches. */
  regex: RegExp;
  matches(text: string): Iterable<RegExpExecArray>;
  /** Whether the text holds a match anywhere. */
  test(text: string): boolean;
}

/** The matches of a pack's word-start phrases in a sentence, by the phrase's position in the pack's signals. */
export type PhraseHits = ReadonlyMap<number, readonly RegExpExecArray[]>;

/** Where in a sentence the phrases of a pack match. */
export interface SignalIndex {
  /**
   * Every match of each word-start phrase, at every word start in order (matches may overlap: see
   * {@link successiveMatches}); null when no phrase at all, word-start or not, matches the text.
   */
  matchesIn(text: string): PhraseHits | null;
}

export interface ReferenceLabel {
  /**
   * The label and its value, sticky, lower-case: run on the lower-cased text, only where
   * {@link LanguagePack.referenceStart} found some label.
   */
  atLabel: RegExp;
  strength: number;
  /** The first characters the label can begin with (null: unknown): where none begins, it is not tried. */
  prefixes: PrefixSet | null;
}

/** A language file compiled once: every regex built at module load, none per message. */
export interface LanguagePack {
  language: string;
  abbreviations: ReadonlySet<string>;
  signals: Signal[];
  /** Matches wherever any signal could: a sentence it does not match needs no further look. */
  anySignal: SignalIndex;
  negation: PhraseSearch;
  /** Matches a trailing negation within the few words right after a phrase. */
  trailingNegation: RegExp;
  cancellationRefusal: PhraseSearch;
  conditional: PhraseSearch;
  consequence: RegExp;
  temporal: PhraseSearch;
  mainClauseOpener: RegExp;
  future: PhraseSearch;
  clauseBreak: RegExp;
  voucher: PhraseSearch;
  moneyDestination: RegExp;
  refundHold: PhraseSearch;
  planChange: PhraseSearch;
  confirmationNotice: RegExp;
  restatement: PhraseSearch;
  /** Matches a refund dated before this letter: see {@link LanguagePackData.earlierRefunds}. */
  earlierRefund: RegExp;
  /** Matches a refund set in motion, not paid: see {@link LanguagePackData.refundStarts}. */
  refundStart: RegExp;
  /** Matches a win-back offer's cue: see {@link LanguagePackData.winBacks}. */
  winBack: RegExp;
  listLeadIn: RegExp;
  exampleLeadIn: RegExp;
  /** Matches at the end of the text before a quoted title: see {@link LanguagePackData.titleLeadIns}. */
  titleLeadIn: RegExp;
  amountAnaphor: RegExp;
  marketing: PhraseSearch;
  shippingNotice: PhraseSearch;
  boilerplate: RegExp;
  duration: PhraseSearch;
  numbers: ReadonlyMap<string, number>;
  units: { unit: TimeUnit; regex: RegExp }[];
  topics: { cancellation: RegExp; refund: RegExp; confirmation: RegExp };
  promiseExclusion: PhraseSearch;
  refundWord: RegExp;
  amountExclusion: RegExp;
  companySum: RegExp;
  /** Matches at the start of the text right after a sum: see {@link LanguagePackData.paidSums}. */
  paidSum: RegExp;
  /** Matches a phrase saying the refund's sum is not known yet: see {@link LanguagePackData.amountPending}. */
  amountPending: RegExp;
  requestedWord: RegExp;
  totalWord: RegExp;
  references: ReferenceLabel[];
  /**
   * Zero-width: matches wherever any reference label begins (one scan instead of one per label). Runs on the
   * lower-cased text.
   */
  referenceStart: PhraseSearch;
}

// Letters and digits of the Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic scripts (with combining
// marks). Patterns run on lower-cased text, and this small class is ~5× faster than [\p{L}\p{N}_].
const WORD = '[0-9_a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u024f\\u0300-\\u06ff\\u1e00-\\u1fff]';
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;
// Within a sentence: not its end, but the dot of a sum ("4.99", the Swiss "CHF 299.–") and of a day or ordinal
// ("zum 31.03. vorgemerkt", "am 31. März"), which does not end a sentence either (see splitSentences).
const IN_SENTENCE = '(?:[^.!?]|(?<=\\d)[.](?=[\\d–-])|(?<=(?<!\\d)\\d{1,2})[.](?= ))';
const EITHER = `(?:${START}(?=${WORD})|(?<=${WORD})${END})`;

/**
 * Rewrites `\b` and `\w` to forms that know Cyrillic and accented letters (JavaScript's own are ASCII-only,
 * so they would not see word edges in "не анулирана" or "résilié"). `\b` becomes a start or end assertion from its context.
 */
export function unicodeRegexSource(written: string): string {
  // "[^.]" keeps a phrase inside its sentence (see IN_SENTENCE).
  const source = written.replaceAll('[^.]', IN_SENTENCE);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char !== '\\' || i + 1 >= source.length) {
      if (char === '[' && !inClass) inClass = true;
      else if (char === ']' && inClass) inClass = false;
      out += char;
      continue;
    }
    const next = source[i + 1];
    i++;
    if (inClass) {
      // Inside a class ("[\w-]") \w adds the word characters; \W cannot be added to a class.
      if (next === 'W') throw new SyntaxError(`\\W inside a character class is not supported: ${written}`);
      out += next === 'w' ? WORD.slice(1, -1) : `\\${next}`;
    } else if (next === 'w') out += WORD;
    else if (next === 'W') out += `[^${WORD.slice(1)}`;
    else if (next === 'b') out += boundaryFor(out.at(-1), source.slice(i + 1, i + 3));
    else out += `\\${next}`;
  }
  return out;
}

function boundaryFor(previous: string | undefined, following: string): string {
  const next = following[0];
  if (next === undefined || next === ')' || next === '|' || next === ' ') return END;
  if (/[\p{L}\p{N}]/u.test(next) || following === '\\w' || following === '\\p' || following === '\\d')
    return START;
  if (
    previous === undefined ||
    previous === '(' ||
    previous === '|' ||
    previous === ' ' ||
    previous === ':'
  ) {
    return START;
  }
  // After a closing bracket the boundary's side is unknown: "(?<!non )\b(?:è stata…)" starts a word there.
  if (/[\p{L}\p{N}]/u.test(previous)) return END;
  return EITHER;
}

// A fragment may use other fragments ("{requestNoun}" inside "{cancelRequest}"), a few levels deep.
const MAX_FRAGMENT_DEPTH = 4;

// Fragments every language file may use. {itemStart}: the start of a sentence, after the marker of a list item if
// there is one ("• Ihr Abonnement ist … beendet", "1. La résiliation …"), for look-behinds that anchor a phrase
// at the sentence start.
const SHARED_FRAGMENTS: Record<string, string> = {
  itemStart: '^(?:[-*•·▪◦‣] *|\\d{1,2}[.)] +)?',
};

function expandFragments(pattern: string, fragments: Record<string, string>): string {
  let expanded = pattern;
  for (let depth = 0; depth < MAX_FRAGMENT_DEPTH; depth++) {
    const next = expanded.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => fragments[name] ?? whole);
    if (next === expanded) break;
    expanded = next;
  }
  return expanded;
}

/**
 * Compiles a regex source written in a language file. Without an `i` flag the pattern is lower-cased and
 * must be run on lower-cased text: that is twice as fast as case-insensitive Unicode matching.
 */
export function compile(source: string, flags = 'iu'): RegExp {
  const unicode = unicodeRegexSource(source);
  return new RegExp(flags.includes('i') ? unicode : lowerCaseLiterals(unicode), flags);
}

/** Lower-cases the literal characters of a regex source, leaving escapes (\S, \p{Lu}, \d) alone. */
function lowerCaseLiterals(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char !== '\\') {
      out += char.toLowerCase();
      continue;
    }
    const next = source[i + 1] ?? '';
    if (next === 'p' || next === 'P') {
      const close = source.indexOf('}', i);
      out += source.slice(i, close + 1);
      i = close;
    } else {
      out += char + next;
      i++;
    }
  }
  return out;
}

/**
 * A regex that matches nothing. Anchored at the text's start: an unanchored "(?!)" is tried at every character,
 * which costs microseconds on a long text.
 */
function matchingNothing(flags = 'u'): RegExp {
  return new RegExp('^(?!)', flags);
}

/** One regex matching any of the phrases, each as a whole word sequence. */
export function anyOf(phrases: readonly string[], flags = 'u'): RegExp {
  if (phrases.length === 0) return matchingNothing(flags);
  // One boundary check around the whole alternation is much cheaper than one per phrase.
  if (phrases.every((phrase) => wholeWords(phrase) === `\\b${phrase}\\b`)) {
    return compile(`\\b(?:${phrases.join('|')})\\b`, flags);
  }
  return compile(`(?:${phrases.map(wholeWords).join('|')})`, flags);
}

/** Word-boundary assertions on the sides of a phrase that are word characters ("'ll" has none on its left). */
function wholeWords(phrase: string): string {
  const left = /^[\p{L}\p{N}\\(]/u.test(phrase) ? '\\b' : '';
  const right = /[\p{L}\p{N}?)*+]$/u.test(phrase) ? '\\b' : '';
  return `${left}${phrase}${right}`;
}

/**
 * Same as {@link anyOf} but without word boundaries: stems that match inside words ("refund", "erstatt"), or
 * patterns placed in `around` (an anchor, a leading comma). Matches nothing when there are none.
 */
function anyPattern(
  patterns: readonly string[] = [],
  flags = 'u',
  around = (alternation: string) => alternation,
): RegExp {
  if (patterns.length === 0) return matchingNothing(flags);
  return compile(around(`(?:${patterns.join('|')})`), flags);
}

/** Builds the compiled pack from a language file. */
export function compilePack(data: LanguagePackData): LanguagePack {
  const fragments = { ...SHARED_FRAGMENTS, ...data.fragments };
  const signals: Signal[] = [];
  for (const [kind, list] of Object.entries(data.signals) as [Kind, SignalData[]][]) {
    for (const signal of list) {
      const regex = new RegExp(
        asOneWordStart(hoistWordStart(compile(expandFragments(signal.pattern, fragments), 'gu').source)),
        'gu',
      );
      const wordAnchored = regex.source.startsWith(START);
      const prefixes = wordAnchored ? phrasePrefixes(regex.source.slice(START.length)) : 'any';
      // "START a|b" anchors only its first alternative: b may match inside a word.
      const triedAtWordStarts = wordAnchored && !hasTopLevelAlternation(regex.source);
      const { core, lookbehinds } = triedAtWordStarts
        ? withoutLeadingLookbehinds(regex.source)
        : { core: '', lookbehinds: [] };
      signals.push({
        kind,
        regex,
        strength: signal.strength ?? 2,
        negated: signal.negated ?? false,
        context: signal.with ? compile(signal.with, 'u') : null,
        prefixes: prefixes === 'any' ? null : new PrefixSet(prefixes),
        atWordStart: triedAtWordStarts ? new RegExp(core, 'uy') : null,
        guards: lookbehinds.map(guard),
      });
    }
  }
  // Strong phrases first, each kind's in file order: a weak phrase counted first would keep a strong one over
  // the same words from counting ("…confirms that your plan ends…" read weakly, then not strongly).
  signals.sort((a, b) => b.strength - a.strength);
  const numberWords = Object.keys(data.numbers).sort((a, b) => b.length - a.length);
  const unitPhrases = Object.values(data.units).flat();
  const quantity = `(?:\\d{1,3}|${numberWords.map(escapeRegex).join('|')})`;
  const separators = data.rangeSeparators.map((separator) =>
    /^\p{L}/u.test(separator) ? `\\s+${escapeRegex(separator)}\\s+` : `\\s*${escapeRegex(separator)}\\s*`,
  );
  // A quantity may be spelled out again in brackets, as contracts do: "14 (fourteen) days", "zwei (2) Wochen".
  const restated = '(?:\\s*\\((?:\\d{1,3}|\\p{L}+(?:[ -]\\p{L}+){0,2})\\))?';
  // The minutes of a clock time ("by 09:30 hours", "до 17.30 ч.") are no quantity of their own, nor is the last
  // group of a number printed in digit groups ("policy 22 418 307 H"; normalizeText has made no-break spaces plain).
  const duration =
    `(?<!\\d[:. ])\\b(?<from>${quantity})(?:(?:${separators.join('|')})(?<to>${quantity}))?${restated}` +
    `(?:(?<=\\d)\\s*|\\s+)(?<unit>${unitPhrases.join('|')})\\b`;
  return {
    language: data.language,
    abbreviations: new Set((data.abbreviations ?? []).map((word) => word.toLowerCase())),
    signals,
    anySignal: phraseIndex(signals),
    negation: phraseSearch(anyOf(data.negations, 'gu')),
    trailingNegation: trailingWithin(data.trailingNegations ?? []),
    cancellationRefusal: phraseSearch(
      anyPattern(
        data.cancellationRefusals?.map((pattern) => expandFragments(pattern, fragments)),
        'gu',
      ),
    ),
    conditional: phraseSearch(
      anyOf(
        data.conditionals.map((pattern) => expandFragments(pattern, fragments)),
        'gu',
      ),
    ),
    consequence: anyPattern(data.consequences, 'gu', (words) => `[,;]\\s+${words}\\b`),
    temporal: phraseSearch(anyOf(data.temporals, 'gu')),
    mainClauseOpener: anyPattern(data.mainClauseOpeners, 'gu', (words) => `(?<=\\s)${words}\\b`),
    future: phraseSearch(anyOf(data.future, 'gu')),
    // A comma or colon between digits is a decimal or a time ("20,00 €", "14:05"), not a clause break.
    clauseBreak: compile(
      `(?<!\\d)[,:]|[,:](?!\\d)|[;()–—]|\\s-\\s|\\b(?:${data.clauseBreaks.join('|')})\\b`,
      'gu',
    ),
    voucher: phraseSearch(anyOf(data.vouchers, 'gu')),
    // From a word start, inflections included ("картата", "überwiesen").
    moneyDestination: compile(`\\b(?:${data.moneyDestinations.join('|')})`, 'iu'),
    refundHold: phraseSearch(
      anyOf(
        data.refundHolds.map((pattern) => expandFragments(pattern, fragments)),
        'gu',
      ),
    ),
    planChange: phraseSearch(anyOf(data.planChanges ?? [], 'gu')),
    restatement: phraseSearch(anyPattern(data.restatements, 'gu')),
    earlierRefund: anyPattern(data.earlierRefunds),
    refundStart: anyPattern(data.refundStarts),
    winBack: anyPattern(data.winBacks),
    listLeadIn: anyPattern(data.listLeadIns),
    exampleLeadIn: anyOf(data.exampleLeadIns ?? []),
    titleLeadIn: anyPattern(data.titleLeadIns, 'u', (words) => `${words}\\s*:?\\s*$`),
    // At the sentence start, after at most two words ("Et ce montant", "Dieser Betrag von").
    amountAnaphor: anyPattern(
      data.amountAnaphora,
      'iu',
      (words) => `^(?:\\p{L}+[ ,]+){0,2}?${words}(?!\\p{L})`,
    ),
    confirmationNotice: anyPattern(data.confirmationNotices, 'u', (openings) => `^${openings}`),
    marketing: phraseSearch(anyOf(data.marketing, 'gu')),
    shippingNotice: phraseSearch(anyOf(data.shippingNotices ?? [], 'gu')),
    boilerplate: compile(`^(?:${data.boilerplate.join('|')})\\b`, 'u'),
    duration: phraseSearch(compile(duration, 'gu')),
    numbers: new Map(Object.entries(data.numbers).map(([word, value]) => [word.toLowerCase(), value])),
    units: (Object.entries(data.units) as [TimeUnit, string[]][]).map(([unit, phrases]) => ({
      unit,
      regex: compile(`^(?:${phrases.join('|')})$`, 'u'),
    })),
    topics: {
      cancellation: anyPattern(data.promiseTopics.cancellation, 'gu'),
      refund: anyPattern(data.promiseTopics.refund, 'gu'),
      confirmation: anyPattern(data.promiseTopics.confirmation, 'gu'),
    },
    promiseExclusion: phraseSearch(anyOf(data.promiseExclusions, 'gu')),
    refundWord: anyPattern(data.refundWords, 'iu'),
    amountExclusion: anyPattern(data.amountExclusions, 'iu'),
    // Read on the text just before a sum: the label must end right there.
    companySum: anyPattern(data.companySums, 'iu', (labels) => `${labels}\\s*$`),
    paidSum: anyPattern(data.paidSums, 'iu', (words) => `^[\\s,]*${words}(?!\\p{L})`),
    amountPending: anyPattern(data.amountPending, 'iu'),
    requestedWord: anyPattern(data.requestedWords, 'iu'),
    totalWord: anyOf(data.totalWords, 'iu'),
    references: data.references.map((reference) => {
      // A mail client may wrap the line between a label and a number ("Vorgangsnummer\n401882337"), and a
      // label ending in a colon may stand on a line of its own ("Vorgangsnummer:\nK-2026-0815"); a table
      // written as text puts a bar between them ("| Folio | 5520193 |").
      const atLabel = compile(
        `\\b(?:${reference.label})(?!\\p{L})(?:[ \\t]*(?:\\n[ \\t]*)?(?:${data.referenceConnectors.join('|')}))?[ \\t:#№°º.|]*(?:(?<=:[ \\t]*)\\n[ \\t]*|\\n[ \\t]*(?=\\p{N}))?(?<value>[\\p{L}\\p{N}][\\p{L}\\p{N}./-]*[\\p{L}\\p{N}])`,
        'uy',
      );
      const starts = phrasePrefixes(compile(reference.label, 'u').source);
      return {
        atLabel,
        strength: reference.strength,
        prefixes: starts === 'any' ? null : new PrefixSet(starts),
      };
    }),
    referenceStart: phraseSearch(
      data.references.length
        ? compile(`\\b(?=${data.references.map((reference) => `(?:${reference.label})`).join('|')})`, 'gu')
        : matchingNothing('gu'),
    ),
  };
}

// A regex whose look-arounds run at many places (a guard, a search that may begin anywhere) costs far more than a
// search for a few plain strings: worth more strings than a phrase's check (requiredText's default).
const COSTLY_REGEX_MAX_STRINGS = 8;

/** The strings one of which every match of one of the alternatives contains, or null when one has none. */
function requiredOfEach(alternatives: readonly string[]): string[] | null {
  const strings: string[] = [];
  for (const alternative of alternatives) {
    const required = requiredText(alternative, COSTLY_REGEX_MAX_STRINGS);
    if (!required) return null;
    strings.push(...required);
  }
  return strings.length > 0 ? [...new Set(strings)] : null;
}

/** Whether a text may hold one of the strings (always, when they are unknown): one search of plain strings. */
function mayHoldOneOf(strings: string[] | null): (text: string) => boolean {
  if (!strings) return () => true;
  const anyOf = new RegExp(strings.map(escapeRegex).join('|'), 'u');
  return (text) => anyOf.test(text);
}

/** A {@link PhraseSearch} for a global regex (see there). */
function phraseSearch(written: RegExp): PhraseSearch {
  const regex = new RegExp(asOneWordStart(written.source), written.flags);
  const { prefixes, elsewhere } = openings(regex.source);
  // The alternatives that may begin anywhere are searched for at each character, look-arounds and all: a sentence
  // holding none of the strings one of them needs is passed over.
  const mayMatch = mayHoldOneOf(regex.flags.includes('i') ? null : requiredOfEach(elsewhere));
  if (prefixes.length === 0) {
    return {
      regex: written,
      matches: (text) => (mayMatch(text) ? matchesOf(regex, text) : []),
      test: (text) => {
        if (!mayMatch(text)) return false;
        regex.lastIndex = 0;
        return regex.test(text);
      },
    };
  }
  const wordStarts = new PrefixSet(prefixes);
  const atWordStart = new RegExp(regex.source, `${regex.flags.replace('g', '')}y`);
  if (elsewhere.length === 0) {
    return {
      regex: written,
      matches: (text) => matchesAtOffsets(atWordStart, text, wordStartsWith(wordStarts, text)),
      test: (text) => someMatchAtWordStart(atWordStart, wordStarts, text),
    };
  }
  // The few alternatives that may begin anywhere ("\w+n't") are searched for on their own: the search then
  // tries the whole regex where one of them can begin and at the word starts where the others can.
  const otherwise = new RegExp(`(?:${elsewhere.join('|')})`, regex.flags);
  const otherStarts = new RegExp(`(?=${otherwise.source})`, regex.flags);
  return {
    regex: written,
    matches: (text) =>
      matchesAtOffsets(
        atWordStart,
        text,
        ascending(wordStartsWith(wordStarts, text), mayMatch(text) ? matchesOf(otherStarts, text) : []),
      ),
    test: (text) => {
      otherwise.lastIndex = 0;
      return (mayMatch(text) && otherwise.test(text)) || someMatchAtWordStart(atWordStart, wordStarts, text);
    },
  };
}

/**
 * Where a regex's matches can begin: the first characters of the alternatives that open at a word start, and
 * the other alternatives as sources of their own. The alternatives are those of a top-level alternation or of
 * a group right after a word start ("START(?:a|b|\\w+n't)END", each with what follows the group).
 */
function openings(source: string): { prefixes: string[]; elsewhere: string[] } {
  // "START a|b" anchors only its first alternative.
  const whole =
    source.startsWith(START) && !hasTopLevelAlternation(source)
      ? phrasePrefixes(source.slice(START.length))
      : 'any';
  if (whole !== 'any') return { prefixes: [...whole], elsewhere: [] };
  // Split into alternatives, groups would be renumbered (back-references) or named twice in one regex.
  if (/\\[1-9]|\\k<|\(\?<[^=!]/.test(source)) return { prefixes: [], elsewhere: [source] };
  const prefixes: string[] = [];
  const elsewhere: string[] = [];
  for (const alternative of alternativesOf(source)) {
    const hoisted = hoistWordStart(alternative);
    const starts = hoisted.startsWith(START) ? phrasePrefixes(hoisted.slice(START.length)) : 'any';
    if (starts === 'any') elsewhere.push(alternative);
    else prefixes.push(...starts);
  }
  return { prefixes, elsewhere };
}

/**
 * The alternatives of a source's top-level alternation, written bare or in a group around the whole source, or
 * else those of the group or look-ahead right after its word start, each with the rest of the source.
 */
function alternativesOf(source: string): string[] {
  const bare = withoutOuterGroup(source);
  if (bare !== source || hasTopLevelAlternation(source)) return topLevelAlternatives(bare);
  // A look-ahead of alternatives holds where one of them does.
  const opening = source.slice(START.length, START.length + 3);
  if (!source.startsWith(START) || (opening !== '(?:' && opening !== '(?=')) return [source];
  const end = groupEnd(source, START.length);
  const rest = source.slice(end);
  return topLevelAlternatives(source.slice(START.length + 3, end - 1)).map(
    (alternative) => `${START}${opening}${alternative})${rest}`,
  );
}

/** Two ascending sequences of offsets as one, each offset once. */
function* ascending(first: Iterable<number>, second: Iterable<RegExpExecArray>): Generator<number> {
  const others = second[Symbol.iterator]();
  let other = others.next();
  for (const offset of first) {
    for (; !other.done && other.value.index <= offset; other = others.next()) {
      if (other.value.index < offset) yield other.value.index;
    }
    yield offset;
  }
  for (; !other.done; other = others.next()) yield other.value.index;
}

/**
 * An alternation whose every alternative opens at a word start ("START a|(?<!x )START b") written as one
 * word start before the alternation ("START(?:a|(?<!x )b)"): the same matches, and the search can then be
 * tried only at the word starts where an alternative can begin (look-behinds run at every character were
 * most of the cost of such searches). Each alternative that opens with look-behinds is made to fail fast
 * ({@link failingFast}).
 */
function asOneWordStart(source: string): string {
  const bare = withoutOuterGroup(source);
  const alternatives = topLevelAlternatives(bare);
  if (alternatives.length < 2) return withFailingFastGroup(source);
  const hoisted = alternatives.map(hoistWordStart);
  if (hoisted.every((alternative) => alternative.startsWith(START))) {
    return `${START}(?:${hoisted.map((alternative) => failingFast(alternative.slice(START.length))).join('|')})`;
  }
  const alternation = hoisted.map(failingFast).join('|');
  return bare === source ? alternation : `(?:${alternation})`;
}

/** "START(?:a|b)rest" with each of a and b {@link failingFast}; other sources come back unchanged. */
function withFailingFastGroup(source: string): string {
  if (!source.startsWith(`${START}(?:`)) return source;
  const end = groupEnd(source, START.length);
  if (end === -1) return source;
  const alternatives = topLevelAlternatives(source.slice(START.length + 3, end - 1));
  return `${START}(?:${alternatives.map(failingFast).join('|')})${source.slice(end)}`;
}

// More first characters than this make the look-ahead cost about what it saves.
const FAIL_FAST_MAX_PREFIXES = 32;

/**
 * An alternative that opens with look-behinds ("(?<!if you paid …)vouchers?") with a look-ahead of the first
 * characters its core can match put before them ("(?=vouche)(?<!if you paid …)vouchers?"): tried where it
 * cannot match, it fails on the first character instead of running its look-behinds (each a search back over
 * up to a hundred characters). Look-arounds at one position commute: the matches are the same. A word start
 * the alternative opens with stays first.
 */
function failingFast(alternative: string): string {
  const head = alternative.startsWith(START) ? START : '';
  const rest = alternative.slice(head.length);
  const { lookbehinds, end } = lookbehindsAt(rest, 0);
  if (lookbehinds.length === 0) return alternative;
  const prefixes = phrasePrefixes(rest.slice(end));
  if (prefixes === 'any' || prefixes.size > FAIL_FAST_MAX_PREFIXES) return alternative;
  return `${head}(?=${[...prefixes].map(escapeRegex).join('|')})${rest}`;
}

// A trailing negation stands in the next few words: "refunded nothing", "erstatten wir Ihnen nicht".
const TRAILING_WORDS = 4;

function trailingWithin(negations: readonly string[]): RegExp {
  if (negations.length === 0) return matchingNothing('u');
  return compile(`^\\s*(?:\\S+\\s+){0,${TRAILING_WORDS}}?(?:${negations.join('|')})\\b`, 'u');
}

/**
 * Finds the phrases of a pack in a sentence, trying each only where it can match (trying every pattern at
 * every character was most of the cost of reading a sentence). By where they can start:
 * - most open with a word-start assertion: each is tried at the word starts whose first characters begin it
 *   (looked up by a hash of those characters), and its matches there are kept for the caller;
 * - the others decide only whether the sentence needs a look at all: "^…" ones at the text's start, those
 *   with known first characters wherever these occur, the rest by a search of the whole text.
 */
function phraseIndex(signals: readonly Pick<Signal, 'regex' | 'atWordStart' | 'guards'>[]): SignalIndex {
  // By prefix length, then by the hash of the prefix: the signals (by position) whose matches can begin so.
  const byPrefix: Map<number, number[]>[] = [];
  const triedEverywhere: number[] = [];
  const wordStartPrefixes: string[] = [];
  const atTextStart: string[] = [];
  const elsewhere: string[] = [];
  signals.forEach(({ regex, atWordStart }, position) => {
    const { source } = regex;
    if (!atWordStart) {
      // Without the multiline flag "^" matches at the text's start only.
      if (source.startsWith('^') && !hasTopLevelAlternation(source)) atTextStart.push(source.slice(1));
      // The search only tells whether the sentence needs a look (the phrase itself is run there then), so it may
      // match more: without its opening look-behinds, which would otherwise run at every character.
      else elsewhere.push(withoutOpeningLookbehinds(source));
      return;
    }
    const starts = phrasePrefixes(source.slice(START.length));
    if (starts === 'any') {
      triedEverywhere.push(position);
      return;
    }
    wordStartPrefixes.push(...starts);
    for (const prefix of starts) {
      const buckets = byPrefix[prefix.length - 1] ?? new Map<number, number[]>();
      byPrefix[prefix.length - 1] = buckets;
      const key = hashOf(prefix);
      const bucket = buckets.get(key) ?? [];
      if (!bucket.includes(position)) bucket.push(position);
      buckets.set(key, bucket);
    }
  });
  const wordStartRegexes = signals.map((signal) => signal.atWordStart);
  const guardLists = signals.map((signal) => signal.guards);
  // Text a phrase's match must contain: checked before its regex runs, which is what most tries cost.
  const requiredTexts = wordStartRegexes.map((regex) =>
    regex && !regex.flags.includes('i') ? requiredText(regex.source.slice(START.length)) : null,
  );
  const knownStarts = new PrefixSet(wordStartPrefixes);
  const sticky = (sources: string[]) => new RegExp(`(?:${sources.join('|')})`, 'uy');
  const atStart = atTextStart.length ? sticky(atTextStart) : null;
  // One search for all the others: V8 walks the text itself, faster than a try from here at each place.
  const anywhere = elsewhere.length ? new RegExp(elsewhere.join('|'), 'u') : null;
  // The phrases that need not open at a word start.
  const matchesElsewhere = (text: string) => {
    if (atStart) {
      atStart.lastIndex = 0;
      if (atStart.test(text)) return true;
    }
    return anywhere?.test(text) ?? false;
  };
  // Whether the sentence holds the text a phrase requires after a word start, read once per sentence (a phrase
  // can be tried at several word starts): per phrase, the number of the sentence it was read for, and where the
  // last of its required strings begins there (a match from `index` on contains one beginning from `index` on).
  let sentenceNumber = 0;
  const requiredReadFor = new Uint32Array(signals.length);
  const requiredLastAt = new Int32Array(signals.length);
  const hasRequiredText = (position: number, text: string, index: number) => {
    const required = requiredTexts[position];
    if (!required) return true;
    if (requiredReadFor[position] !== sentenceNumber) {
      requiredReadFor[position] = sentenceNumber;
      let last = -1;
      for (const part of required) last = Math.max(last, text.lastIndexOf(part));
      requiredLastAt[position] = last;
    }
    return (requiredLastAt[position] ?? -1) >= index;
  };
  const tryAt = (position: number, text: string, index: number, hits: Map<number, RegExpExecArray[]>) => {
    const regex = wordStartRegexes[position];
    if (!regex) return;
    if (!hasRequiredText(position, text, index)) return;
    regex.lastIndex = index;
    const match = regex.exec(text);
    if (!match || !guardsHold(guardLists[position] ?? [], text, match.index)) return;
    const found = hits.get(position);
    if (found) found.push(match);
    else hits.set(position, [match]);
  };
  return {
    matchesIn(text: string): PhraseHits | null {
      const hits = new Map<number, RegExpExecArray[]>();
      const tried: number[] = [];
      sentenceNumber++;
      for (let index = 0; index < text.length; index++) {
        if (index > 0 && isWordCode(text.charCodeAt(index - 1))) continue;
        for (const position of triedEverywhere) tryAt(position, text, index, hits);
        // The lengths of the prefixes that may begin here; the buckets of the others need no look.
        let lengths = knownStarts.lengthsAt(text, index);
        if (lengths === 0) continue;
        tried.length = 0;
        let hash = HASH_SEED;
        for (let length = 1; lengths !== 0; length++, lengths >>>= 1) {
          hash = hashStep(hash, text.charCodeAt(index + length - 1));
          if ((lengths & 1) === 0) continue;
          for (const position of byPrefix[length - 1]?.get(hash) ?? []) {
            // A phrase can begin as the text does here with prefixes of two lengths: try it once.
            if (tried.includes(position)) continue;
            tried.push(position);
            tryAt(position, text, index, hits);
          }
        }
      }
      return hits.size > 0 || matchesElsewhere(text) ? hits : null;
    },
  };
}

/**
 * Each successive match of a phrase, as a global search would find them when no match can begin anywhere
 * but where these were found: a match starting inside the one before is left out.
 */
export function* successiveMatches(matches: readonly RegExpExecArray[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const match of matches) {
    if (match.index < from) continue;
    from = match.index + Math.max(match[0].length, 1);
    yield match;
  }
}

/** The look-behinds written one after another from `position` on, and where they end. */
function lookbehindsAt(source: string, position: number): { lookbehinds: string[]; end: number } {
  const lookbehinds: string[] = [];
  let end = position;
  while (source.startsWith('(?<!', end) || source.startsWith('(?<=', end)) {
    const groupClose = groupEnd(source, end);
    if (groupClose === -1) break;
    lookbehinds.push(source.slice(end, groupClose));
    end = groupClose;
  }
  return { lookbehinds, end };
}

/**
 * A word-start source without the look-behinds right after its word start: "START(?<!a )(?<!b )rest" is
 * "START rest" where both look-behinds hold. Look-arounds at one position commute and consume nothing, so the
 * pattern matches where the core does and each look-behind holds at the match's start.
 */
function withoutLeadingLookbehinds(source: string): { core: string; lookbehinds: string[] } {
  const { lookbehinds, end } = lookbehindsAt(source, START.length);
  return { core: START + source.slice(end), lookbehinds };
}

/** A phrase's leading look-behind, checked where the rest of the phrase matched. */
export interface Guard {
  regex: RegExp;
  /** `(?<!…)`: holds where its content does not match. */
  negative: boolean;
  /**
   * Strings one of which every match of the content contains, or null: without one of them ending before the
   * phrase, the content cannot match there, and the regex need not run. A look-behind with long gaps costs tens
   * of µs a run ("once your parcel … arrives, … we will refund": a dozen phrases share it).
   */
  required: string[] | null;
}

/**
 * A source without the look-behinds it opens with ("(?<!once …)(?:\\bwill|'ll) …" → "(?:\\bwill|'ll) …"): it
 * matches more, which is all a pre-search needs.
 */
function withoutOpeningLookbehinds(source: string): string {
  const { end } = lookbehindsAt(source, 0);
  return end < source.length ? source.slice(end) : source;
}

// One per distinct look-behind, shared by every phrase that opens with it.
const guards = new Map<string, Guard>();

function guard(lookbehind: string): Guard {
  let found = guards.get(lookbehind);
  if (!found) {
    found = {
      regex: new RegExp(lookbehind, 'uy'),
      negative: lookbehind.startsWith('(?<!'),
      required: requiredText(lookbehind.slice('(?<!'.length, -1), COSTLY_REGEX_MAX_STRINGS),
    };
    guards.set(lookbehind, found);
  }
  return found;
}

/** Whether every guard of a phrase holds at `index` of `text`. */
function guardsHold(guardList: readonly Guard[], text: string, index: number): boolean {
  for (const { regex, negative, required } of guardList) {
    const mayMatch = !required || required.some((part) => text.lastIndexOf(part, index - part.length) !== -1);
    if (!mayMatch) {
      if (negative) continue;
      return false;
    }
    regex.lastIndex = index;
    if (!regex.test(text)) return false;
  }
  return true;
}

/**
 * A source that opens with look-behinds and then a word start ("(?<!trial )\\bcontract…") written with the
 * word start first: look-arounds at one position commute, and a phrase opening with a word start is tried
 * only at the word starts where it can begin, instead of its look-behinds being run at every character.
 */
function hoistWordStart(source: string): string {
  let position = 0;
  while (!source.startsWith(START, position) && source.startsWith('(?<', position)) {
    const end = groupEnd(source, position);
    if (end === -1) return source;
    position = end;
  }
  if (position === 0) return source;
  if (source.startsWith(START, position)) {
    return START + source.slice(0, position) + source.slice(position + START.length);
  }
  // "\\b" right after a look-behind is written as either edge; before a word character it is a word start.
  if (source.startsWith(EITHER, position)) {
    const rest = source.slice(position + EITHER.length);
    const opening = phrasePrefixes(rest);
    if (opening !== 'any' && [...opening].every((prefix) => isWordCode(prefix.charCodeAt(0)))) {
      return START + source.slice(0, position) + rest;
    }
  }
  return source;
}

/** The index just after the group opening at `start`, or -1 when it does not close. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The source without a group around the whole of it: "(?:a|b)" is the alternation "a|b". */
function withoutOuterGroup(source: string): string {
  return source.startsWith('(?:') && groupEnd(source, 0) === source.length ? source.slice(3, -1) : source;
}

/** Whether a regex source is an alternation at its top level ("a|b", not "(?:a|b)c"). */
function hasTopLevelAlternation(source: string): boolean {
  return topLevelAlternatives(source).length > 1;
}

/** The alternatives of a source at its top level ("a|(?:b|c)" is "a" and "(?:b|c)"). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Whether a sticky regex matches at some word start that begins with one of the prefixes. */
function someMatchAtWordStart(regex: RegExp, prefixes: PrefixSet, text: string): boolean {
  for (
    let index = nextWordStart(prefixes, text, 0);
    index !== -1;
    index = nextWordStart(prefixes, text, index + 1)
  ) {
    regex.lastIndex = index;
    if (regex.test(text)) return true;
  }
  return false;
}

/** Whether some word of the text starts with one of the prefixes. */
export function someWordStartsWith(prefixes: PrefixSet, text: string): boolean {
  return nextWordStart(prefixes, text, 0) !== -1;
}

/**
 * The first offset from `from` where a word of the text starts with one of the prefixes, or -1. A plain loop:
 * the yes-or-no searches call it on every sentence, where a generator's resumptions cost more than the search.
 */
function nextWordStart(prefixes: PrefixSet, text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    if ((index === 0 || !isWordCode(text.charCodeAt(index - 1))) && prefixes.startsAt(text, index))
      return index;
  }
  return -1;
}

/** The offsets where a word of the text starts with one of the prefixes, in order. */
function* wordStartsWith(prefixes: PrefixSet, text: string): Generator<number> {
  for (
    let index = nextWordStart(prefixes, text, 0);
    index !== -1;
    index = nextWordStart(prefixes, text, index + 1)
  ) {
    yield index;
  }
}

/** Whether a UTF-16 code is a word character in the sense of {@link WORD}. */
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 95 ||
    (code >= 97 && code <= 122) ||
    code === 0xaa ||
    code === 0xb5 ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x300 && code <= 0x6ff) ||
    (code >= 0x1e00 && code <= 0x1fff)
  );
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The successive matches of a sticky regex tried at the given offsets (ascending), as a global search would
 * find them when no match can begin anywhere else: each after the end of the one before.
 */
export function* matchesAtOffsets(
  regex: RegExp,
  text: string,
  offsets: Iterable<number>,
): Generator<RegExpExecArray> {
  let from = 0;
  for (const offset of offsets) {
    if (offset < from) continue;
    regex.lastIndex = offset;
    const match = regex.exec(text);
    if (!match) continue;
    from = offset + Math.max(match[0].length, 1);
    yield match;
  }
}

/**
 * Every match of a global regex, by `exec` on the regex itself. (`String#matchAll` clones the regex on
 * each call, and with many large Unicode patterns the clones miss V8's compilation cache: 10× slower.)
 */
export function* matchesOf(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0] === '') regex.lastIndex++;
    yield match;
  }
}
