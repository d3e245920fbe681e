/** A mailbox as it appears in a From/To header. `address` is lower-cased; either part may be missing. */
export interface Mailbox {
  name: string | null;
  address: string | null;
}

/** How the vendor's message reached the watcher address. */
export type ForwardStyle =
  | 'gmail-inline'
  | 'outlook-inline'
  | 'apple-inline'
  | 'thunderbird-inline'
  | 'attachment'
  | 'auto-forward'
  | 'direct';

/** One MIME message as parsed from raw bytes (see parse-message.ts, the only module that imports mailparser). */
export interface ParsedMessage {
  from: Mailbox | null;
  to: Mailbox[];
  subject: string;
  date: Date | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Lower-cased header name → raw value(s), for Authentication-Results, Auto-Submitted, X-Forwarded-* and the like. */
  headers: Record<string, string[]>;
  /** The text/plain body, or '' when the message has none. */
  text: string;
  /** The text/html body, or null. */
  html: string | null;
  attachments: MessageAttachment[];
}

export interface MessageAttachment {
  contentType: string;
  filename: string | null;
  content: Buffer;
}

/**
 * The vendor's own message recovered from whatever the watcher received: the innermost forwarded or attached
 * message, with quoted older messages of a reply chain removed and the forwarder's note kept apart.
 */
export interface VendorMessage {
  from: Mailbox | null;
  subject: string;
  date: Date | null;
  messageId: string | null;
  /** The vendor's newest message as plain text (HTML turned into text when that is all there is). */
  text: string;
  /**
   * The same with the older messages of its reply chain still quoted below it: not what the vendor states now,
   * but where a footer with the vendor's address may be when its newest reply has none.
   */
  chainText: string;
  /** schema.org JSON-LD objects found in the vendor's HTML, parsed. */
  jsonLd: unknown[];
  /** Link targets (http(s) and mailto) of the vendor's HTML, for recovering the vendor's domain. */
  links: string[];
  forward: ForwardStyle;
  /** Who forwarded it (the outer From), or null when the vendor wrote to the watcher directly. */
  forwarder: Mailbox | null;
  /** The forwarder's own words above the forward: the user's, never the vendor's. */
  forwarderNote: string;
}
