import markers from './forward-headers.json';

/** A header field of a forwarded or quoted message as clients print it ("Sent" is Outlook's date). */
export type HeaderField = 'from' | 'to' | 'cc' | 'subject' | 'date' | 'sent' | 'replyTo';

/** The kind of line that introduces a forwarded or quoted message. */
export type SeparatorKind = 'forwarded-message' | 'begin-forwarded' | 'original-message' | 'rule';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

function alternation(phrases: string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function phrasesOf(table: Record<string, unknown>): string[] {
  return Object.entries(table)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([, value]) => value as string[]);
}

// Unicode-aware word edges: \b only knows ASCII letters.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

const labelToField = new Map<string, HeaderField>();
for (const labels of Object.values(markers.headerLabels)) {
  for (const [field, names] of Object.entries(labels)) {
    for (const name of names) labelToField.set(name.toLowerCase(), field as HeaderField);
  }
}

// "From: x", "*From:* x", "De : x", "Subject:\tx".
const HEADER_LINE = new RegExp(
  `^\\s*\\*?(${alternation([...labelToField.keys()])})\\*?\\s*:(?:\\*?)(?:\\s+|$)(.*)$`,
  'iu',
);

// "Subject<TAB>x" or "Subject x": forwarded headers whose labels lost their colons (a table's cells, a copy of
// the rendered forward). Only read under a forward separator: vendors' own tables ("Von<TAB>Berlin") look the
// same.
const labelGroup = `^\\s*(${alternation([...labelToField.keys()])})`;
const TABBED_HEADER_LINE = new RegExp(`${labelGroup}\\t+(\\S.*)$`, 'iu');
const SPACED_HEADER_LINE = new RegExp(`${labelGroup} +(\\S.*)$`, 'iu');

const DASHED = (phrases: string[]) =>
  new RegExp(`^\\s*(-{2,})\\s*(?:${alternation(phrases)})\\s*-{2,}\\s*$`, 'iu');
const FORWARDED_MESSAGE = DASHED(phrasesOf(markers.separators.forwardedMessage));
const ORIGINAL_MESSAGE = DASHED(phrasesOf(markers.separators.originalMessage));
const BEGIN_FORWARDED = new RegExp(
  `^\\s*(?:${alternation(phrasesOf(markers.separators.beginForwarded))})\\s*:?\\s*$`,
  'iu',
);
// Outlook's underscore line, and the rule an HTML <hr> becomes.
const RULE = /^\s*(?:_{10,}|-{10,}|—{5,}|={10,})\s*$/;

const openings = alternation(
  Object.values(markers.replyAttribution).flatMap((entry) => (entry as { opening?: string[] }).opening ?? []),
);
const verbs = alternation(
  Object.values(markers.replyAttribution).flatMap((entry) => (entry as { verb?: string[] }).verb ?? []),
);
const ATTRIBUTION = new RegExp(`^\\s*(?:${openings})${END}.*${START}(?:${verbs})${END}[^:]*:\\s*$`, 'iu');
const ATTRIBUTION_START = new RegExp(`^\\s*(?:${openings})${END}`, 'iu');
const ATTRIBUTION_END = new RegExp(`${START}(?:${verbs})${END}[^:]*:\\s*$`, 'iu');

const SUBJECT_PREFIX = (prefixes: string[]) =>
  new RegExp(`^\\s*(?:(?:${alternation(prefixes)})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*)+`, 'iu');
const FORWARD_PREFIX = SUBJECT_PREFIX(markers.subjectPrefixes.forward);
const REPLY_PREFIX = SUBJECT_PREFIX(markers.subjectPrefixes.reply);
const ANY_PREFIX = SUBJECT_PREFIX([...markers.subjectPrefixes.forward, ...markers.subjectPrefixes.reply]);

/** The header field and value of a forwarded-header line ("Von: Netflix <info@…>"), or null. */
export function matchHeaderLine(line: string): { field: HeaderField; value: string } | null {
  const match = HEADER_LINE.exec(line);
  if (!match) return null;
  const field = labelToField.get((match[1] ?? '').toLowerCase());
  return field ? { field, value: (match[2] ?? '').trim() } : null;
}

/** {@link matchHeaderLine}, or a label and its value apart by a tab alone ("Asunto<TAB>…"), or null. */
export function matchTabbedHeaderLine(line: string): { field: HeaderField; value: string } | null {
  return matchHeaderLine(line) ?? matchLabelled(TABBED_HEADER_LINE, line);
}

/** {@link matchTabbedHeaderLine}, or a label and its value apart by spaces alone ("Subject Your refund"). */
export function matchSpacedHeaderLine(line: string): { field: HeaderField; value: string } | null {
  return matchTabbedHeaderLine(line) ?? matchLabelled(SPACED_HEADER_LINE, line);
}

function matchLabelled(regex: RegExp, line: string): { field: HeaderField; value: string } | null {
  const match = regex.exec(line);
  const field = match ? labelToField.get((match[1] ?? '').toLowerCase()) : undefined;
  return field ? { field, value: (match?.[2] ?? '').trim() } : null;
}

/** What kind of separator a line is, with the number of leading dashes (Gmail 10, Thunderbird 8). */
export function matchSeparator(line: string): { kind: SeparatorKind; dashes: number } | null {
  const forwarded = FORWARDED_MESSAGE.exec(line);
  if (forwarded) return { kind: 'forwarded-message', dashes: forwarded[1]?.length ?? 0 };
  if (BEGIN_FORWARDED.test(line)) return { kind: 'begin-forwarded', dashes: 0 };
  if (ORIGINAL_MESSAGE.test(line)) return { kind: 'original-message', dashes: 0 };
  if (RULE.test(line)) return { kind: 'rule', dashes: 0 };
  return null;
}

// Real attributions are one short line; skipping long lines keeps the regex linear on odd input.
const MAX_ATTRIBUTION_LENGTH = 400;

// An attribution names a date or an address; "On our side, we wrote:" is prose. (A module-level function:
// this runs on every line of every message.)
function looksReal(text: string): boolean {
  return /\d|@/.test(text);
}

/** Whether a line (or a line and the next, when a client wrapped it) reads "On <date>, <name> wrote:". */
export function attributionLength(line: string, next: string | undefined): number {
  if (line.length > MAX_ATTRIBUTION_LENGTH) return 0;
  if (ATTRIBUTION.test(line) && looksReal(line)) return 1;
  if (
    next !== undefined &&
    next.length <= MAX_ATTRIBUTION_LENGTH &&
    ATTRIBUTION_START.test(line) &&
    ATTRIBUTION_END.test(next) &&
    looksReal(line + next)
  ) {
    return 2;
  }
  return 0;
}

/** Whether a subject says it is a forward ("Fwd:", "WG:", "TR:"...). */
export function hasForwardPrefix(subject: string): boolean {
  return FORWARD_PREFIX.test(subject);
}

/** Whether a subject says it is a reply ("Re:", "AW:", "Отг:"...), whatever follows. */
export function hasReplyPrefix(subject: string): boolean {
  return REPLY_PREFIX.test(subject);
}

/** The subject without its reply and forward prefixes. */
export function stripSubjectPrefixes(subject: string): string {
  return subject.replace(ANY_PREFIX, '').trim();
}

const fromLabelPattern = alternation(
  [...labelToField].filter(([, field]) => field === 'from').map(([label]) => label),
);
const separatorPhrasePattern = alternation([
  ...phrasesOf(markers.separators.forwardedMessage),
  ...phrasesOf(markers.separators.beginForwarded),
  ...phrasesOf(markers.separators.originalMessage),
]);
// The word-start check on the "From" label comes after the label (a look-behind at the label's end):
// checked first, it would run at every character of the HTML and cost ten times the whole test.
const HTML_FORWARD_HINT = new RegExp(
  `${separatorPhrasePattern}|divRplyFwdMsg|gmail_quote|moz-forward|(?:${fromLabelPattern})(?<=${START}(?:${fromLabelPattern}))\\s*(?:</?[a-z][^>]*>\\s*)*:`,
  'iu',
);

/** A cheap test on raw HTML: could it hold a forwarded header block? Saves converting HTML that cannot. */
export function htmlMayHoldForward(html: string): boolean {
  return HTML_FORWARD_HINT.test(html);
}

/** Auto-forwarding header names, from forward-headers.json. */
export const autoForwardHeaders = markers.autoForwardHeaders;
