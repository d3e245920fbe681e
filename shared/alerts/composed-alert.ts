import type { AlertLanguage } from './catalogue';
import { type Block, renderHtml, renderText } from './document';
import { inlineText } from './text-safety';
import { alertMessageId, caseThreadRootId } from './thread-ids';

/** Why an alert is sent. */
export type AlertReason = 'overdue' | 'reminder' | 'rejected' | 'guarantee-closing';

/** Headers that make one case's alerts a thread, mark them automatic, and tie them to the case. */
export interface AlertHeaders {
  'Message-ID': string;
  'In-Reply-To': string;
  References: string;
  /** RFC 3834: "auto-generated" for alerts, "auto-replied" for confirmations of a user's reply. */
  'Auto-Submitted': 'auto-generated' | 'auto-replied';
  /** Asks Exchange and Outlook not to send out-of-office replies to it. */
  'X-Auto-Response-Suppress': 'All';
  'X-Inbox-Watcher-Case': string;
  'X-Inbox-Watcher-Alert': string;
}

/** A finished alert email, channel-neutral and JSON-friendly; render its bytes with renderRawMessage. */
export interface ComposedAlert {
  /** Equal to headers['Message-ID']; channels that take an idempotency key use it. */
  messageId: string;
  to: string;
  from: string;
  /** One header-safe line (no CR/LF or control characters). */
  subject: string;
  text: string;
  html: string;
  /** The Date of the message, ISO 8601. */
  date: string;
  headers: AlertHeaders;
  meta: {
    alertId: string;
    caseId: string;
    reason: AlertReason | 'reply-confirmation';
    vendor: { domain: string; name: string | null };
    /** The due time the alert is about (the money-back window's end for guarantee alerts), if any. */
    dueAt: string | null;
    language: AlertLanguage;
  };
}

/** What every alert and confirmation needs besides its words. */
export interface AlertEnvelopeInput {
  alertId: string;
  caseId: string;
  alertDomain: string;
  from: string;
  to: string;
  now: Date;
  /** The user's message this answers (confirmations); null for alerts, which answer the case's thread root. */
  inReplyTo: string | null;
}

/** Puts subject, body blocks and threading headers together into a ComposedAlert. */
export function assembleAlert(
  envelope: AlertEnvelopeInput,
  content: { subject: string; blocks: Block[]; meta: Omit<ComposedAlert['meta'], 'alertId' | 'caseId'> },
): ComposedAlert {
  const messageId = alertMessageId(envelope.alertId, envelope.caseId, envelope.alertDomain);
  const root = caseThreadRootId(envelope.caseId, envelope.alertDomain);
  const parent = envelope.inReplyTo === null ? null : safeMessageId(envelope.inReplyTo);
  const subject = inlineText(content.subject, 200);
  return {
    messageId,
    to: inlineText(envelope.to, 320),
    from: inlineText(envelope.from, 320),
    subject,
    text: renderText(content.blocks),
    html: renderHtml(content.blocks, content.meta.language, subject),
    date: envelope.now.toISOString(),
    headers: {
      'Message-ID': messageId,
      'In-Reply-To': parent ?? root,
      References: parent ? `${root} ${parent}` : root,
      'Auto-Submitted': parent ? 'auto-replied' : 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'X-Inbox-Watcher-Case': envelope.caseId,
      'X-Inbox-Watcher-Alert': envelope.alertId,
    },
    meta: { alertId: envelope.alertId, caseId: envelope.caseId, ...content.meta },
  };
}

/** A user's Message-ID as one bracketed printable-ASCII token, or null when it is not one (it comes from outside). */
function safeMessageId(messageId: string): string | null {
  const trimmed = messageId.trim();
  return /^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$/.test(trimmed) ? trimmed : null;
}
