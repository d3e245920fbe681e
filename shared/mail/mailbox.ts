import type { Mailbox } from './types';

const ADDRESS = /(?<![^\s<>()[\]"',;:])[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:]+/;

/**
 * Reads a mailbox as a forward prints it: "Name <a@b>", "\"Name\" <a@b>", "Name [mailto:a@b]", "a@b (Name)",
 * a bare address, or only a name (Outlook shows just the display name of a known sender).
 */
export function parseMailboxText(value: string): Mailbox | null {
  const text = value.trim();
  if (!text) return null;
  const match = ADDRESS.exec(text);
  const address = match
    ? match[0]
        .replace(/^mailto:/i, '')
        .replace(/\.$/, '')
        .toLowerCase()
    : null;
  const name = (match ? text.replace(match[0], ' ') : text)
    .replace(/mailto:/gi, ' ')
    .replace(/[<>[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'](.*)["']$/, '$1')
    .trim();
  return { name: name || null, address };
}
