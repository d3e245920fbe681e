// Control characters (CR/LF would inject headers or fake lines), and bidirectional overrides and isolates
// (they can make "gpj.exe" read as "exe.jpg" or reorder a phone number).
const UNSAFE_CHARACTERS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+/gu;

/**
 * Makes outside text (a vendor name, a subject, a reference) safe to place inside one line of a header or a
 * sentence: control and bidi-override characters become spaces, runs of white space one space, and text
 * longer than `maxLength` characters is cut with "…". Not HTML-safe by itself: see escapeHtml.
 */
export function inlineText(value: string, maxLength = 120): string {
  const flat = value.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= maxLength
    ? flat
    : `${characters
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => HTML_ESCAPES[character] ?? character);
}
