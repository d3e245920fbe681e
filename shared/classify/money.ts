import currencies from './rules/currencies.json';
import { lowerCaseKeepingOffsets } from './sentences';

/** A sum of money as written in a message. */
export interface MoneyMention {
  /** Two-decimal string, dot separated ("1234.50"). */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
  index: number;
  length: number;
}

interface CurrencyTable {
  /** `caseSensitive`: the token only as written ("Ft" is forints, "6 ft x 2 ft" are feet). */
  symbols: { token: string; code: string; caseSensitive?: boolean }[];
  codes: string[];
  /** "$" and "dollars" are the currency of the sender's country where that has dollars or pesos. */
  localDollars: {
    tokens: string[];
    byCountry: Record<string, string>;
    /** The names of those countries (and their regions), lower case, in the supported languages: found in a vendor's address. */
    countryNames: Record<string, string[]>;
    /** Postal codes no other country writes the same way ("M4W 1G9"), lower case. */
    postalCodes: Record<string, string>;
  };
}

const table = currencies as CurrencyTable;
const tokenCodes = table.symbols.map((symbol) => ({
  regex: new RegExp(`^(?:${symbol.token})$`, symbol.caseSensitive ? 'u' : 'iu'),
  code: symbol.code,
}));
const localDollar = new RegExp(`^(?:${table.localDollars.tokens.join('|')})$`, 'iu');
const currencyToken = [...table.symbols.map((symbol) => symbol.token), ...table.codes].join('|');
const isoCode = table.codes.join('|').toLowerCase();
// Grouped thousands (1.234,56 · 1,299.00 · 1 349,00 · 1'000) or a plain number, with at most two decimals.
const NUMBER = "\\d{1,3}(?:[ .,']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
// Run on lower-cased text, without a case-insensitive flag (twice as fast); the look-behind that keeps a sum
// from starting inside a word is checked apart, only where the rest matched (a leading look-behind slows
// the scan at every position).
// A code beside a symbol names the currency the symbol leaves open ("$62.37 CAD", "CAD $62.37").
const MONEY = new RegExp(
  `(?:(?:(?<codeBefore>${isoCode})\\s?)?(?<before>${currencyToken.toLowerCase()})\\s?(?<num1>${NUMBER})(?:\\s(?<codeAfter>${isoCode})(?![\\p{L}\\p{N}]))?(?![\\p{N}])|(?<num2>${NUMBER})\\s?(?<after>${currencyToken.toLowerCase()})(?![\\p{L}\\p{N}])(?:\\s(?<codeAfterSymbol>${isoCode})(?![\\p{L}\\p{N}]))?)`,
  'gu',
);
// Nor inside a code joined by a hyphen or slash ("booking 7HQ2-MXN4" holds no 4 pesos).
const NOT_AFTER_WORD = /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-/])/uy;

/**
 * Every sum of money in the text, in order, with locale formats read and the currency as ISO 4217. A bare
 * "$" is the currency of `senderCountry` (a top-level domain: "ca", "mx") where that has dollars or pesos,
 * else USD.
 */
export function findMoney(
  text: string,
  lowerText = lowerCaseKeepingOffsets(text),
  senderCountry: string | null = null,
): MoneyMention[] {
  const found: MoneyMention[] = [];
  const dollar = (senderCountry && table.localDollars.byCountry[senderCountry]) || null;
  for (const match of moneyMatches(lowerText)) {
    const groups = match.groups ?? {};
    const lowerToken = groups.before ?? groups.after ?? '';
    // The token as the text writes it: some are currencies in one case only.
    const tokenAt =
      match.index + match[0].indexOf(lowerToken, groups.before ? 0 : (groups.num2 ?? '').length);
    const token = text.slice(tokenAt, tokenAt + lowerToken.length);
    const number = groups.num1 ?? groups.num2 ?? '';
    const named = groups.codeBefore ?? groups.codeAfter ?? groups.codeAfterSymbol;
    const currency = named
      ? named.toUpperCase()
      : dollar && localDollar.test(token)
        ? dollar
        : currencyCode(token);
    const amount = decimalString(number);
    if (currency && amount) found.push({ amount, currency, index: match.index, length: match[0].length });
  }
  return found;
}

const countryOfName = new Map(
  Object.entries(table.localDollars.countryNames).flatMap(([country, names]) =>
    names.map((name) => [name, country] as const),
  ),
);
// "New Mexico" is a state of the United States.
const DOLLAR_COUNTRY_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!new )(?:${[...countryOfName.keys()].join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const POSTAL_CODES = Object.entries(table.localDollars.postalCodes).map(([country, code]) => ({
  country,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])${code}(?![\\p{L}\\p{N}])`, 'gu'),
}));
// A line naming the company or its address: a legal form ("Rogers Communications Canada Inc.", "Maxi Mobility
// Colombia S.A.S."), or a postal code or house number on a line that is no sentence ("333 Bloor Street East,
// Toronto, ON M4W 1G9, Canada"). A destination in prose ("your flight to Cancún, Mexico on 3 May") is neither.
const LEGAL_FORM =
  /(?<![\p{L}])(?:inc|ltd|llc|pty|corp|gmbh|s\.a\.s|s\.a|s\.l|s\.r\.l|s\.p\.a|s\.a\.c\.i|s\. de r\.l|sa de cv|s\.a\. de c\.v)\.?(?![\p{L}])/u;
const ADDRESS_NUMBER = /\b\d{3,5}\b|\b[a-z]\d[a-z] ?\d[a-z]\d\b/u;
// A full stop before a number is an abbreviation's ("app. 3, montréal (québec)"): the text is lower-cased.
const SENTENCE_END = /\p{Ll}{3,}[.!?](?=\s+\D|\s*$)/u;
const ADDRESS_LINE_MAX = 120;

function isCompanyOrAddressLine(line: string): boolean {
  const trimmed = line.trim();
  if (LEGAL_FORM.test(trimmed)) return true;
  return trimmed.length <= ADDRESS_LINE_MAX && ADDRESS_NUMBER.test(trimmed) && !SENTENCE_END.test(trimmed);
}

function lineAround(text: string, index: number): string {
  const lineEnd = text.indexOf('\n', index);
  return text.slice(text.lastIndexOf('\n', index) + 1, lineEnd === -1 ? text.length : lineEnd);
}

/**
 * The country whose dollars or pesos a bare "$" means: the sender's top-level domain when it has them ("ca"),
 * else the one such country the message's company or address lines name (a ".com" vendor signing "Rogers
 * Communications Canada Inc."), else the domain's (a bare "$" is then read as US dollars). Naming two tells
 * nothing.
 */
export function dollarCountry(lowerText: string, domainCountry: string | null): string | null {
  if (domainCountry && table.localDollars.byCountry[domainCountry]) return domainCountry;
  if (!lowerText.includes('$') && !lowerText.includes('dollar')) return domainCountry;
  const named = new Set<string>();
  for (const match of lowerText.matchAll(DOLLAR_COUNTRY_NAME)) {
    const country = countryOfName.get(match[0]);
    if (country && isCompanyOrAddressLine(lineAround(lowerText, match.index))) named.add(country);
  }
  for (const { country, regex } of POSTAL_CODES) {
    for (const match of lowerText.matchAll(regex)) {
      if (isCompanyOrAddressLine(lineAround(lowerText, match.index))) named.add(country);
    }
  }
  return named.size === 1 ? ([...named][0] ?? null) : domainCountry;
}

/** The sums as a search for them at every position would find them, each starting after a non-word character. */
function* moneyMatches(text: string): Generator<RegExpExecArray> {
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(text); match; match = MONEY.exec(text)) {
    NOT_AFTER_WORD.lastIndex = match.index;
    if (NOT_AFTER_WORD.test(text)) yield match;
    else MONEY.lastIndex = match.index + 1;
  }
}

/** Whether a word is an ISO 4217 code of the currency table ("EUR", "BGN"), as printed in capitals. */
export function isCurrencyCode(word: string): boolean {
  return table.codes.includes(word);
}

function currencyCode(token: string): string | null {
  const upper = token.toUpperCase();
  if (isCurrencyCode(upper)) return upper;
  return tokenCodes.find(({ regex }) => regex.test(token))?.code ?? null;
}

/** "1.234,56" → "1234.56"; "1,299" → "1299.00"; the last separator is decimal when two or fewer digits follow. */
export function decimalString(number: string): string | null {
  const decimal = /[.,](\d{1,2})$/.exec(number);
  const integerPart = decimal ? number.slice(0, decimal.index) : number;
  const digits = integerPart.replace(/[ .,']/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const cents = (decimal?.[1] ?? '').padEnd(2, '0');
  return `${String(Number(digits))}.${cents}`;
}
