import { attributionLength, matchHeaderLine, matchSeparator } from './forward-markers';
import { findForwardedBlock } from './forwarded-block';

const QUOTED = /^\s*>/;

/**
 * Removes one level of "> " quoting when (nearly) every line is quoted: Thunderbird and some Outlook
 * setups quote the whole forwarded message, which is then the vendor's message, not an older one.
 */
export function unquoteWholeText(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim());
  if (filled.length === 0) return text;
  const quoted = filled.filter((line) => QUOTED.test(line)).length;
  if (quoted / filled.length < 0.9) return text;
  return lines.map((line) => line.replace(/^\s*> ?/, '')).join('\n');
}

/**
 * Keeps only the newest message of a reply chain: drops "On … wrote:" attributions with the quoted
 * lines under them, Outlook "Original Message"/header blocks and everything below them, and a trailing
 * run of quoted lines.
 */
export function removeQuotedReplies(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const attribution = attributionLength(line, lines[index + 1]);
    if (attribution > 0) {
      index += attribution;
      while (index < lines.length && (QUOTED.test(lines[index] ?? '') || !lines[index]?.trim())) index++;
      index--;
      continue;
    }
    if (!QUOTED.test(line) && startsOlderMessage(lines, index)) break;
    kept.push(line);
  }
  while (kept.length > 0 && (QUOTED.test(kept[kept.length - 1] ?? '') || !kept[kept.length - 1]?.trim())) {
    kept.pop();
  }
  return kept.join('\n');
}

// An Outlook-style older message: a separator or header block starting at this line.
function startsOlderMessage(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (!matchSeparator(line) && matchHeaderLine(line)?.field !== 'from') return false;
  const block = findForwardedBlock(lines.slice(index, index + 12).join('\n'));
  return block !== null && block.before === '';
}
