import { compile, type FormatCallback } from 'html-to-text';

// Inline styles that hide an element (preheaders, tracking text); spelled both with and without the space.
const HIDING_STYLES = [
  'display:none',
  'display: none',
  'mso-hide:all',
  'mso-hide: all',
  'visibility:hidden',
  'visibility: hidden',
  'opacity:0;',
  'opacity: 0;',
];
const HIDDEN_SELECTORS = [
  ...HIDING_STYLES.map((style) => `[style*="${style}" i]`),
  '[hidden]',
  '.preheader',
  'head',
  'style',
  'script',
  'noscript',
  'title',
];

interface SiblingNode {
  type?: string;
  name?: string;
  data?: string;
  prev?: SiblingNode | null;
}

// A table cell starts with a tab unless it is the first cell of its row, so "Refund amount" and "£4.99"
// stay apart without a line break between every cell.
const formatCell: FormatCallback = (elem, walk, builder) => {
  if (hasPreviousCell(elem as SiblingNode)) builder.addLiteral('\t');
  walk(elem.children, builder);
};

function hasPreviousCell(node: SiblingNode): boolean {
  let sibling = node.prev;
  while (sibling) {
    if (sibling.type === 'tag' && (sibling.name === 'td' || sibling.name === 'th')) return true;
    if (sibling.type === 'tag' || (sibling.type === 'text' && sibling.data?.trim())) return false;
    sibling = sibling.prev;
  }
  return false;
}

// Compiled once: compiling the options is a large part of html-to-text's per-call cost.
const convertHtml = compile({
  wordwrap: false,
  limits: { maxInputLength: 2_000_000 },
  // The whole document, not only <body>: a forward pasted above a vendor's <html> (the note and the forwarded
  // header block outside it) must survive; <head> is skipped below anyway.
  baseElements: { selectors: [] },
  formatters: { cell: formatCell },
  selectors: [
    // Hrefs stay out of the text (they read as noise to the classifier); extractLinks keeps them.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'table', format: 'block' },
    { selector: 'tbody', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'cell' },
    { selector: 'th', format: 'cell' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    ...HIDDEN_SELECTORS.map((selector) => ({ selector, format: 'skip' })),
  ],
});

/** Turns an HTML mail body into readable text: hidden parts dropped, table cells apart, hrefs left out. */
export function htmlToText(html: string): string {
  return convertHtml(html)
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Bounded lengths keep broken markup (an unclosed quote) from rescanning the rest of the body per link.
const HREF = /\bhref\s*=\s*(?:"([^"]{0,4096})"|'([^']{0,4096})'|([^\s>]{1,4096}))/gi;

/** The http(s) and mailto targets of the links in an HTML body, in order of appearance. */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(HREF)) {
    const href = decodeBasicEntities((match[1] ?? match[2] ?? match[3] ?? '').trim());
    if (/^(https?:|mailto:)/i.test(href)) links.push(href);
  }
  return links;
}

const JSON_LD_SCRIPT =
  /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The schema.org JSON-LD objects embedded in an HTML body, with arrays and `@graph` flattened. */
export function extractJsonLd(html: string): unknown[] {
  const objects: unknown[] = [];
  for (const match of html.matchAll(JSON_LD_SCRIPT)) {
    const source = (match[1] ?? '').replace(/^\s*<!--/, '').replace(/-->\s*$/, '');
    try {
      flattenJsonLd(JSON.parse(source), objects);
    } catch {
      // A broken JSON-LD block is the sender's mistake; the rest of the message still counts.
    }
  }
  return objects;
}

function flattenJsonLd(value: unknown, into: unknown[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const graph = (value as Record<string, unknown>)['@graph'];
  if (Array.isArray(graph)) {
    for (const item of graph) flattenJsonLd(item, into);
    return;
  }
  into.push(value);
}

function decodeBasicEntities(text: string): string {
  return text.replace(/&amp;/gi, '&').replace(/&#x3d;|&#61;/gi, '=');
}
