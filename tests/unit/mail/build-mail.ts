/** Builds small raw messages for the mail tests. */
export interface MailParts {
  headers?: Record<string, string>;
  text?: string;
  html?: string;
  /** A whole raw message attached as message/rfc822. */
  attached?: Buffer;
}

const DEFAULT_HEADERS = {
  From: 'Maria Ivanova <maria@example-user.org>',
  To: 'watch@inbox-watcher.test',
  Subject: 'Fwd: Your refund',
  Date: 'Mon, 13 Apr 2026 15:23:00 +0200',
  'Message-ID': '<test@example-user.org>',
};

/** A UTF-8 message with a text/plain part, an HTML part, both (alternative), and/or an attachment. */
export function buildMail(parts: MailParts): Buffer {
  const headers = { ...DEFAULT_HEADERS, ...parts.headers };
  const head = `${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\nMIME-Version: 1.0\r\n`;
  return Buffer.from(head + body(parts), 'utf8');
}

function body(parts: MailParts): string {
  const alternatives: string[] = [];
  if (parts.text !== undefined) alternatives.push(part('text/plain; charset="utf-8"', parts.text));
  if (parts.html !== undefined) alternatives.push(part('text/html; charset="utf-8"', parts.html));
  const content =
    alternatives.length === 1 ? (alternatives[0] ?? '') : multipart('alternative', 'alt', alternatives);
  if (!parts.attached) return content;
  const attachment = `Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="original.eml"\r\n\r\n${parts.attached.toString('utf8')}`;
  return multipart('mixed', 'mix', [content, attachment]);
}

function part(contentType: string, content: string): string {
  return `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${content.replace(/\r?\n/g, '\r\n')}\r\n`;
}

let boundaries = 0;

// Each multipart gets its own boundary, so a message can be attached to another built here.
function multipart(kind: string, name: string, bodies: string[]): string {
  boundaries++;
  const boundary = `${name}-${boundaries}`;
  return `Content-Type: multipart/${kind}; boundary="${boundary}"\r\n\r\n${bodies
    .map((entry) => `--${boundary}\r\n${entry}`)
    .join('\r\n')}\r\n--${boundary}--\r\n`;
}
