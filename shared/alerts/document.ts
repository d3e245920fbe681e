import { escapeHtml } from './text-safety';

/**
 * A piece of a sentence: plain text, something to type (a reply command, a CLI call), or a web address.
 * Text from outside (vendor names, subjects) is only ever placed here as data, never as markup.
 */
export type Inline = string | { code: string } | { link: string };

/** A block of an alert's body; one model rendered both as plain text and as HTML, so the two never drift. */
export type Block =
  | { kind: 'heading'; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[]; emphasis?: boolean }
  | { kind: 'list'; items: Inline[][] };

/**
 * Fills a catalogue phrase's `{name}` placeholders with values; unknown placeholders stay as written (a
 * catalogue typo shows up in the mail and in tests instead of vanishing).
 */
export function fill(template: string, values: Record<string, Inline | Inline[]> = {}): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([a-zA-Z]+)\}/g)) {
    const value = values[match[1] ?? ''];
    if (value === undefined) continue;
    parts.push(template.slice(last, match.index));
    parts.push(...(Array.isArray(value) ? value : [value]));
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts.filter((part) => part !== '');
}

/** A phrase filled and flattened to plain text (subjects, and values placed inside other phrases). */
export function fillText(template: string, values: Record<string, Inline | Inline[]> = {}): string {
  return inlineToText(fill(template, values));
}

function inlineToText(parts: Inline[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : 'code' in part ? part.code : part.link))
    .join('');
}

function inlineToHtml(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      if ('code' in part) return `<code style="${CODE_STYLE}">${escapeHtml(part.code)}</code>`;
      // Only web addresses become links: a "javascript:" or "data:" address stays plain text.
      return /^https?:\/\//i.test(part.link)
        ? `<a href="${escapeHtml(part.link)}">${escapeHtml(part.link)}</a>`
        : escapeHtml(part.link);
    })
    .join('');
}

const CODE_STYLE = 'background:#f2f2f2;padding:1px 4px;border-radius:3px;font-family:monospace';
const WRAP_COLUMN = 76;

/** The plain-text part: headings underlined, lists with "- ", paragraphs wrapped at 76 columns. */
export function renderText(blocks: Block[]): string {
  return `${blocks.map(blockToText).join('\n\n')}\n`;
}

function blockToText(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const text = inlineToText(block.text);
      return `${text}\n${'-'.repeat(Math.min(Array.from(text).length, WRAP_COLUMN))}`;
    }
    case 'paragraph':
      return wrap(inlineToText(block.text), '');
    case 'list':
      return block.items.map((item) => wrap(inlineToText(item), '  ').replace(/^ {2}/, '- ')).join('\n');
  }
}

/** Greedy word wrap; words longer than a line (addresses, ids) are kept whole. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && Array.from(line).length + 1 + Array.from(word).length > WRAP_COLUMN) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.trim() === '' ? indent + word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** The HTML part: a small, self-contained document with inline styles (mail clients drop style sheets). */
export function renderHtml(blocks: Block[], language: string, title: string): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;max-width:640px">',
    ...blocks.map(blockToHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="font-size:16px;margin:20px 0 6px">${inlineToHtml(block.text)}</h2>`;
    case 'paragraph': {
      const content = inlineToHtml(block.text);
      return `<p style="margin:0 0 10px">${block.emphasis ? `<strong>${content}</strong>` : content}</p>`;
    }
    case 'list': {
      const items = block.items.map((item) => `<li>${inlineToHtml(item)}</li>`).join('');
      return `<ul style="margin:0 0 10px;padding-left:20px">${items}</ul>`;
    }
  }
}
