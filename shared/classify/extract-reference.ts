import type { LanguagePack } from './language-pack';
import { isCurrencyCode } from './money';
import { endsWithAbbreviation, lowerCaseKeepingOffsets } from './sentences';

export interface ReferenceCandidate {
  value: string;
  strength: number;
  /** Position in reading order (subject first); earlier wins among equals. */
  order: number;
}

/** The strength of a carrier's parcel number: no short number is read after its label, and no segmented code after a prefix. */
const PARCEL = 1;
/** The strength of a case, ticket or request label: four digits standing alone after it are the case's number. */
const CASE = 3;
/** The strength of an order, booking or contract label. */
const ORDER = 2;

/**
 * The vendor's reference: a value after a reference label ("Case number:", "Bestellnummer", "поръчка №").
 * The label's strength ranks them — the vendor's own handle on this matter (case, ticket, request,
 * complaint) over the order, booking or contract it concerns, over a parcel's tracking number, over the
 * customer's standing number (customer, member, account, subscriber or invoice number) — and the
 * first one read wins among equals. A value must look like an identifier: five characters or more, a digit,
 * no lower case unless digits make up a good part of it, and not a date or a sum — or a six-letter booking code,
 * or four digits after any label but a parcel's and a colon, number sign or abbreviation ("Order #5291").
 */
export function referenceCandidates(
  text: string,
  pack: LanguagePack,
  lowerText = lowerCaseKeepingOffsets(text),
): ReferenceCandidate[] {
  const found: ReferenceCandidate[] = [];
  // Every label match begins where some label does: each label is tried only there, in text order.
  const labelStarts: number[] = [];
  for (const match of pack.referenceStart.matches(lowerText)) labelStarts.push(match.index);
  if (labelStarts.length === 0) return found;
  for (const label of pack.references) {
    // After a value that is no identifier ("Rif. pratica 12345" read as "pratica"), a label inside that
    // stretch may still lead to one; after an accepted value, the stretch is used up.
    let from = 0;
    for (const offset of labelStarts) {
      if (offset < from || (label.prefixes && !label.prefixes.startsAt(lowerText, offset))) continue;
      // Labels are read on the lower-cased text; the value is taken as printed, at the same offsets.
      label.atLabel.lastIndex = offset;
      const match = label.atLabel.exec(lowerText);
      const valueLength = match?.groups?.value?.length ?? 0;
      if (!match || valueLength === 0) continue;
      const end = match.index + match[0].length;
      const printed = text.slice(end - valueLength, end).replace(/[./-]+$/, '');
      if (!printed) continue;
      // A series prefix makes a case or order number ("FGR 2611-7730-15"), and a parcel's printed in digit groups
      // ("SK 4401 2298 7713"); a parcel's reads no segmented code after a prefix.
      const separated = match[0].slice(0, match[0].length - valueLength);
      const prefixed = withLetterPrefix(
        printed,
        text,
        end,
        label.strength >= ORDER,
        separated,
        pack.abbreviations,
      );
      const value =
        prefixed ??
        withCheckLetter(
          withDigitGroups(printed, text, end, label.strength === ORDER),
          text,
          end - printed.length,
          separated,
        );
      if (
        !looksLikeIdentifier(value) &&
        !(label.strength !== PARCEL && isShortNumberAfterSign(value, separated, pack.abbreviations)) &&
        !(label.strength >= CASE && isShortNumberStandingAlone(value, text.slice(end, end + 16)))
      )
        continue;
      found.push({ value, strength: label.strength, order: match.index });
      from = offset + Math.max(match[0].length, 1);
    }
  }
  return found;
}

// Helpdesks tag a ticket's subject with its number, whatever the language: "[#482913]", "[Ticket #55123] Re: …",
// "[Case 04412987]", "[CAN-20261103-4471]" (a word ending at a colon or a space, or none, then an identifier:
// looksLikeIdentifier wants a digit in it).
const SUBJECT_TAG =
  /\[(?:[\p{L} ]{0,20}#\s?|\p{L}{2,20}(?::\s?|\s))?(?<value>[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}])\s*\]/u;

// Or a helpdesk's plain ticket number in round brackets after a hash: "Refund for annual plan (#48217)" (a code with
// letters there, "Receipt for your renewal (#NP-2026-031877)", is the receipt's own number).
const SUBJECT_HASH_TAG = /\(#\s?(?<value>\p{N}[\p{N}-]*\p{N})\s*\)/u;

/** The ticket number a helpdesk put in the subject, as a case reference read first; null when there is none. */
export function subjectTagReference(subject: string): ReferenceCandidate | null {
  for (const tag of [SUBJECT_TAG, SUBJECT_HASH_TAG]) {
    const value = tag.exec(subject)?.groups?.value;
    if (value && looksLikeIdentifier(value)) return { value, strength: 3, order: -1 };
  }
  return null;
}

// A number printed in groups ("3108 772 845", "600 118 4472", "48 112 907 3" with a check digit): a short first
// group, then groups of 3-4 digits and perhaps a last one or two, up to a line end or punctuation ("order 55120
// 100 items" is a number and a count: not taken). After an order, booking or contract label, also two groups
// or more groups before a word, the first of them of four digits ("contrato n.º 0417 8826 3310 ha sido dado de
// baja", "contrat n° 1029 4471 853 pour le logement").
// A series prefix joined by a dash to the short first group ("MC-884 209") counts as that group.
const SHORT_FIRST_GROUP = /^(?:[A-Z]{1,4}-)?\d{2,5}$/;
const MORE_DIGIT_GROUPS = /(?: \d{3,4})+(?: \d{1,2})?(?=[ \t]*(?:$|[\n.,;:!?)]))(?![.,]\d)/uy;
const MORE_DIGIT_GROUPS_BEFORE_WORD = /(?: \d{4})(?: \d{3,4})+(?= \p{L})/uy;

/** The value with the digit groups printed right after it, when it is the first group of such a number. */
function withDigitGroups(value: string, text: string, end: number, beforeWord: boolean): string {
  if (!SHORT_FIRST_GROUP.test(value) || text.slice(end - value.length, end) !== value) return value;
  const groups = firstMatchAt(
    text,
    end,
    beforeWord ? [MORE_DIGIT_GROUPS, MORE_DIGIT_GROUPS_BEFORE_WORD] : [MORE_DIGIT_GROUPS],
  );
  return groups === null ? value : value + groups;
}

/** The text the first of the sticky regexes that matches at `index` matches there, or null. */
function firstMatchAt(text: string, index: number, stickyRegexes: readonly RegExp[]): string | null {
  for (const regex of stickyRegexes) {
    regex.lastIndex = index;
    const match = regex.exec(text);
    if (match) return match[0];
  }
  return null;
}

// A code printed after a short series prefix and a space ("FGR 2611-7730-15", "KH 44-318 902" with a last group
// of digits set apart), ending its line or sentence.
const SERIES_PREFIX = /^[A-Z]{2,4}$/;
// Where a code after a prefix ends: the line, a clause or the sentence (a dot before no digit).
const CODE_END = '[ \\t]*(?:$|[\\n,;:!?)]|[.](?!\\d))';
// The code is in segments ("2611-7730-15"): a brand before a booking code ("GNV 8XK4QT") is no series prefix.
const CODE_AFTER_PREFIX = new RegExp(` \\d[\\dA-Z]*[/-][\\dA-Z/-]{2,}(?: \\d{3,4})*(?=${CODE_END})`, 'uy');

// Or digit groups set apart by spaces ("NGE 3310 7745"), ending the code or before a word ("Пратка SK 4401 2298
// 7713 е на път"): a prefix before a single run of digits ("RMA 551204") may be the label's own word, so one run
// is not joined.
const DIGIT_GROUPS_AFTER_PREFIX = new RegExp(` \\d{3,5}(?: \\d{3,4})+(?=${CODE_END}|[ \\t]+\\p{L})`, 'uy');

// After a number sign the prefix is the number's own, not the label's word: one run of six digits or more joins it
// ("contrat n° AUT 7730418"); after a colon too, digits in dotted groups, perhaps with a check digit after a dash
// ("Versicherungsnummer: KV 4.118.230.7", "Police: HR 4.118.207-3"), or after an abbreviation with its dot
// ("Vers.-Nr. KV 48.221.770-3").
const RUN_AFTER_SIGNED_PREFIX = new RegExp(` \\d{6,}(?=${CODE_END}|[ \\t]+\\p{L})`, 'uy');
const DOTTED_AFTER_PREFIX = new RegExp(` \\d{1,4}(?:[.]\\d{1,4}){2,}(?:-\\d{1,2})?(?=${CODE_END})`, 'uy');
// Besides currencies, the units and tax marks a sum or a meter reading prints before its figure ("TTC 1.234,56").
const UNIT_BEFORE_FIGURE = /^(?:TTC|HT|TVA|KWH|KW)$/;

/** The codes a series prefix may be joined to after its label's separator ("n° ", ": "). */
function codesAfterSignedPrefix(
  value: string,
  separated: string,
  abbreviations: ReadonlySet<string>,
): RegExp[] {
  if (isCurrencyCode(value) || UNIT_BEFORE_FIGURE.test(value)) return [];
  if (SIGN.test(separated)) return [RUN_AFTER_SIGNED_PREFIX, DOTTED_AFTER_PREFIX];
  return NUMBER_SIGN.test(separated) || endsWithAbbreviation(separated.trimEnd(), abbreviations)
    ? [DOTTED_AFTER_PREFIX]
    : [];
}

function withLetterPrefix(
  value: string,
  text: string,
  end: number,
  readsSegmentedCodes: boolean,
  separated: string,
  abbreviations: ReadonlySet<string>,
): string | null {
  if (!SERIES_PREFIX.test(value) || text.slice(end - value.length, end) !== value) return null;
  const code = firstMatchAt(
    text,
    end,
    readsSegmentedCodes
      ? [
          CODE_AFTER_PREFIX,
          DIGIT_GROUPS_AFTER_PREFIX,
          ...codesAfterSignedPrefix(value, separated, abbreviations),
        ]
      : [DIGIT_GROUPS_AFTER_PREFIX],
  );
  return code === null ? null : value + code;
}

// After a number sign, a number of six digits or more may close with a check letter set apart by a space, as French
// mutual insurers print their contract and member numbers ("contrat n° 4417820 K est résilié", "n° 22 418 307 H a
// bien été"): the letter stands alone before a lower-case word or the end of the clause. Not "A" or "I", which
// open a word or are one ("n° 5512047 A compter", "#5512047 I have").
const CHECK_LETTER = new RegExp(`(?: \\d{3,4})* (?![AI])[A-Z](?=[ \\t]+\\p{Ll}|${CODE_END})`, 'uy');
const DIGITS_AND_SPACES = /^\d[\d ]*$/;

/** The number printed at `start`, with the check letter right after it (and any digit groups before that letter). */
function withCheckLetter(value: string, text: string, start: number, separated: string): string {
  if (!SIGN.test(separated) || !DIGITS_AND_SPACES.test(value)) return value;
  CHECK_LETTER.lastIndex = start + value.length;
  const letter = CHECK_LETTER.exec(text);
  if (!letter) return value;
  const joined = value + letter[0];
  return joined.replace(/\D/g, '').length >= 6 ? joined : value;
}

/**
 * The candidates without the vendor's own name, which a label may be followed by in capitals ("póliza MAPFRE Hogar
 * n.º …" from mapfre.es): six capital letters pass for a booking code.
 */
export function withoutVendorName(
  candidates: ReferenceCandidate[],
  vendorDomain: string | null,
): ReferenceCandidate[] {
  const name = vendorDomain?.split('.')[0]?.toUpperCase();
  return name ? candidates.filter((candidate) => candidate.value !== name) : candidates;
}

// "Order number: 6714", "order #5291", "Prenotazione n. 5521", "tessera n. 4471": four digits set apart from the
// label by a colon, a number sign or an abbreviation with its dot (the language's own: "no.", "Nr.", "n.") are the
// number; four digits after a bare word ("order 2026", "Bestellung 1234 Stück") may be a year or a count.
const FOUR_DIGITS = /^\d{4}$/;
const YEAR = /^(?:19|20)\d\d$/;
// A number sign ("#", "№", "n°", "n.º"); a label ending in a colon, or carrying a number sign, also before its
// noun ("n.º de socio 7742", "N° de commande 4471").
const SIGN = /[#№°º]/u;
const NUMBER_SIGN = new RegExp(`:\\s*$|${SIGN.source}`, 'u');

// "Inquiry 4471 – fee refund", "по запитване 4471.": four digits right after a case, ticket or request label, ending
// the line or set off by a dash or punctuation, are that case's number; a year never is.
const STANDS_ALONE = /^[ \t]*(?:$|\r?\n|[–—:,;)]|-(?!\d)|\.(?!\d))/;

function isShortNumberStandingAlone(value: string, after: string): boolean {
  return FOUR_DIGITS.test(value) && !YEAR.test(value) && STANDS_ALONE.test(after);
}

function isShortNumberAfterSign(value: string, label: string, abbreviations: ReadonlySet<string>): boolean {
  if (!FOUR_DIGITS.test(value) || YEAR.test(value)) return false;
  return NUMBER_SIGN.test(label) || endsWithAbbreviation(label.trimEnd(), abbreviations);
}

/**
 * Picks the strongest, earliest candidate. A customer's standing number (strength 0: customer, member, account or
 * subscriber number, or an invoice's) stands in only for want of any other, and only in a message that states
 * something (`statesKinds`: a cancellation, a refund): a bill or a notice that states nothing names no matter.
 */
export function chooseReference(
  candidates: readonly ReferenceCandidate[],
  statesKinds = true,
): string | null {
  let best: ReferenceCandidate | null = null;
  for (const candidate of candidates) {
    if (candidate.strength <= 0 && !statesKinds) continue;
    if (
      !best ||
      candidate.strength > best.strength ||
      (candidate.strength === best.strength && candidate.order < best.order)
    ) {
      best = candidate;
    }
  }
  return best?.value ?? null;
}

// Airline and rail booking codes (PNR) are six capital letters, often without a digit.
const BOOKING_CODE = /^[A-Z]{6}$/;
const SUM = /^\d+[.]\d{1,2}$/;
const DATE_LIKE = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/;
const DIGIT = /\p{N}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

function looksLikeIdentifier(value: string): boolean {
  if (BOOKING_CODE.test(value)) return true;
  if (value.length < 5 || !DIGIT.test(value) || SUM.test(value) || isDate(value)) return false;
  return !LOWER_CASE_LETTER.test(value) || isMostlyDigits(value);
}

/**
 * Whether three numbers read as a date (2026-07-14, 14.07.2026, 07/14/26). A case number shaped like one but
 * with no possible year, month or day ("26-07-3391") is not.
 */
function isDate(value: string): boolean {
  const [, first = '', second = '', third = ''] = DATE_LIKE.exec(value) ?? [];
  if (!first) return false;
  const isYear = (part: string) => part.length === 2 || (part.length === 4 && /^(?:19|20)/.test(part));
  const isDayOrMonth = (part: string) => Number(part) >= 1 && Number(part) <= 31;
  const oneIsMonth = (a: string, b: string) => Number(a) <= 12 || Number(b) <= 12;
  if (first.length === 4) {
    return (
      isYear(first) &&
      third.length <= 2 &&
      isDayOrMonth(second) &&
      isDayOrMonth(third) &&
      Number(second) <= 12
    );
  }
  return (
    first.length <= 2 &&
    isYear(third) &&
    isDayOrMonth(first) &&
    isDayOrMonth(second) &&
    oneIsMonth(first, second)
  );
}

// Some shops print their codes in lower case ("q7xk-2b9m", "m48120937711"): such a value is an identifier when
// digits make up a good part of it, which no word does.
function isMostlyDigits(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits / value.length >= 0.3;
}
