import {
  type HeaderField,
  matchHeaderLine,
  matchSeparator,
  matchSpacedHeaderLine,
  matchTabbedHeaderLine,
  type SeparatorKind,
} from './forward-markers';

/** A forwarded (or quoted) message found inside a text: its header block and what surrounds it. */
export interface ForwardedBlock {
  /** The line that introduced it, or 'none' when the header block stands alone (Outlook). */
  separator: SeparatorKind | 'none';
  /** Leading dashes of a dashed separator: Gmail writes 10, Thunderbird 8. */
  dashes: number;
  fields: Partial<Record<HeaderField, string>>;
  /** The fields in the order the client printed them (Thunderbird starts with the subject). */
  order: HeaderField[];
  /** Whether the block sat inside "> " quoting (Apple Mail cites a forward; replies cite older mail). */
  quoted: boolean;
  /** Text above the separator (the forwarder's note). */
  before: string;
  /** Text below the header block (the forwarded message). */
  body: string;
}

interface HeaderBlock {
  fields: Partial<Record<HeaderField, string>>;
  order: HeaderField[];
  end: number;
}

const MAX_BLANKS_AFTER_SEPARATOR = 3;
// From, Sent/Date, To, Subject: a block this full is complete, so a blank line ends it.
const FULL_BLOCK = 4;

/** Finds the first (outermost) forwarded or quoted message header block in a text. */
export function findForwardedBlock(text: string): ForwardedBlock | null {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const quoted = QUOTE_PREFIX.exec(line);
    if (quoted) {
      const nested = findQuotedForward(lines, index, quoted[0]);
      if (nested) return nested;
      continue;
    }
    const separator = matchSeparator(line);
    if (separator) {
      const start = skipBlank(lines, index + 1, MAX_BLANKS_AFTER_SEPARATOR);
      const citedBelow = QUOTE_PREFIX.exec(lines[start] ?? '');
      if (citedBelow) {
        const cited = readUnquoted(lines, index, [line, ...lines.slice(start)], citedBelow[0]);
        if (cited) return cited;
      }
      // Under a forward separator the headers may be a table whose cells lost their colons.
      const announced = separator.kind === 'forwarded-message' || separator.kind === 'begin-forwarded';
      const block = readHeaderBlock(lines, start, announced ? matchTabbedHeaderLine : matchHeaderLine);
      if (block && acceptsSeparated(block, separator.kind)) {
        return assemble(lines, index, block, separator.kind, separator.dashes);
      }
      // Labels without any colon ("From Shop <…>" as a rendered forward was copied) count only with both a
      // sender and a subject: a body opening "A seguito di …" right under the separator is no header.
      const spaced = announced ? readHeaderBlock(lines, start, matchSpacedHeaderLine) : null;
      if (spaced?.fields.from !== undefined && spaced.fields.subject !== undefined) {
        return assemble(lines, index, spaced, separator.kind, separator.dashes);
      }
      continue;
    }
    if (matchHeaderLine(line)?.field !== 'from') continue;
    const block = readHeaderBlock(lines, index);
    if (block && acceptsStandalone(block)) return assemble(lines, index, block, 'none', 0);
  }
  return null;
}

const QUOTE_PREFIX = /^(?:[ \t]*>)+[ \t]?/;

/**
 * A forward whose separator is itself quoted: Apple Mail puts the forward in a cited blockquote, and Outlook
 * set to prefix a forwarded message quotes its rule and headers, which turn into "> " lines. A quoted header
 * block without a separator belongs to a reply chain; whether one under a rule or an "Original Message" line
 * is a forward, the subject tells (see read-vendor-message.ts).
 */
function findQuotedForward(lines: string[], index: number, prefix: string): ForwardedBlock | null {
  if (!matchSeparator((lines[index] ?? '').slice(prefix.length))) return null;
  return readUnquoted(lines, index, lines.slice(index), prefix);
}

/**
 * The forward in `cited` (its separator line first) once the quote levels of `prefix` are removed; the text above
 * the separator is the forwarder's note. Apple Mail may also write "Begin forwarded message:" outside the
 * blockquote that holds the headers and the body, which then turn into "> " lines under an unquoted separator.
 */
function readUnquoted(
  lines: string[],
  separatorIndex: number,
  cited: string[],
  prefix: string,
): ForwardedBlock | null {
  const depth = (prefix.match(/>/g) ?? []).length;
  const block = findForwardedBlock(cited.map((line) => stripQuoteLevels(line, depth)).join('\n'));
  if (block?.before !== '') return null;
  return { ...block, quoted: true, before: lines.slice(0, separatorIndex).join('\n').trim() };
}

function stripQuoteLevels(line: string, depth: number): string {
  let rest = line;
  for (let level = 0; level < depth; level++) rest = rest.replace(/^[ \t]*>[ \t]?/, '');
  return rest;
}

function assemble(
  lines: string[],
  separatorIndex: number,
  block: HeaderBlock,
  separator: SeparatorKind | 'none',
  dashes: number,
): ForwardedBlock {
  return {
    separator,
    dashes,
    quoted: false,
    fields: block.fields,
    order: block.order,
    before: lines.slice(0, separatorIndex).join('\n').trim(),
    body: lines
      .slice(block.end)
      .join('\n')
      .replace(/^\s*\n/, '')
      .trimEnd(),
  };
}

function skipBlank(lines: string[], start: number, limit: number): number {
  let index = start;
  while (index < lines.length && index - start < limit && !lines[index]?.trim()) index++;
  return index;
}

/**
 * Reads consecutive "Label: value" lines. A non-label line squeezed between two label lines is a
 * wrapped value (long subjects and recipient lists wrap).
 */
function readHeaderBlock(
  lines: string[],
  start: number,
  matchLine: typeof matchHeaderLine = matchHeaderLine,
): HeaderBlock | null {
  const fields: Partial<Record<HeaderField, string>> = {};
  const order: HeaderField[] = [];
  let index = start;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!line.trim()) {
      // HTML that puts each header in its own paragraph leaves a blank line between them.
      const next = matchLine(lines[index + 1] ?? '');
      if (order.length === 0 || order.length >= FULL_BLOCK || !next || fields[next.field] !== undefined)
        break;
      index++;
      continue;
    }
    const header = matchLine(line);
    if (header) {
      if (fields[header.field] !== undefined) break;
      fields[header.field] = header.value;
      order.push(header.field);
      index++;
      continue;
    }
    const last = order[order.length - 1];
    const next = lines[index + 1];
    if (last && next !== undefined && matchLine(next)) {
      fields[last] = `${fields[last] ?? ''} ${line.trim()}`.trim();
      index++;
      continue;
    }
    if (last && wrapsLastField(fields[last] ?? '', line, next)) {
      fields[last] = `${fields[last] ?? ''} ${line.trim()}`.trim();
      index++;
    }
    break;
  }
  return order.length >= 2 ? { fields, order, end: index } : null;
}

// Outlook ends its block with the subject; a long one wraps onto a line of its own, and the blank line that
// ends every header block follows it. A short line right before that blank is the rest of the long value.
const WRAPPED_VALUE_MIN = 25;
const WRAPPED_REST_MAX = 80;

function wrapsLastField(value: string, line: string, next: string | undefined): boolean {
  const rest = line.trim();
  return (
    value.length >= WRAPPED_VALUE_MIN &&
    rest.length <= WRAPPED_REST_MAX &&
    !/[.!?:]$/.test(rest) &&
    (next === undefined || next.trim() === '')
  );
}

function acceptsSeparated(block: HeaderBlock, kind: SeparatorKind): boolean {
  if (block.fields.from === undefined) return false;
  // A bare rule line is common in mail bodies: demand a fuller header block after it.
  if (kind === 'rule') return block.fields.subject !== undefined || block.fields.sent !== undefined;
  return true;
}

// Without a separator, only a block that reads unmistakably as message headers counts: vendors print
// "From:/To:/Date:" tables for trips and orders too.
function acceptsStandalone(block: HeaderBlock): boolean {
  const { from, subject, sent, date, to } = block.fields;
  if (from === undefined || subject === undefined) return false;
  if (sent !== undefined) return true;
  return (date !== undefined || to !== undefined) && from.includes('@');
}
