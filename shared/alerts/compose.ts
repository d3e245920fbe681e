import { describeOpeningHours } from '../cases/business-hours';
import type { Case, Expectation, TimelineEntry } from '../cases/case';
import { findVendorProfile, type VendorProfile } from '../cases/vendor-directory';
import { describeSpan, formatDateTime } from './alert-time';
import { type AlertCatalogue, type AlertLanguage, catalogueFor, countOf } from './catalogue';
import {
  type AlertEnvelopeInput,
  type AlertReason,
  assembleAlert,
  type ComposedAlert,
} from './composed-alert';
import { type Block, fill, fillText, type Inline } from './document';
import { inlineText } from './text-safety';

/** The user an alert goes to (a subset of User, so callers may pass a stored user as is). */
export interface AlertRecipient {
  id: string;
  email: string;
  /** Where alerts go; `email` when null. */
  alertEmail: string | null;
  timeZone: string;
  language: string;
}

/** What every email to a user about a case is made from (alerts and reply confirmations alike). */
export interface CaseEmailInput {
  caseRecord: Case;
  user: AlertRecipient;
  now: Date;
  /** Unique per email and stable across retries of the same one (it becomes the Message-ID). */
  alertId: string;
  /** The domain of our Message-IDs, e.g. "alerts.example.com". */
  alertDomain: string;
  /** The From header, e.g. "inbox-watcher <alerts@example.com>". */
  from: string;
  /** The vendor's directory entry; looked up from the case's vendor domain when omitted. */
  vendorProfile?: VendorProfile | null;
}

/** Everything one alert is made from; the sweep gathers it, composeAlert only reads it. */
export interface ComposeAlertInput extends CaseEmailInput {
  reason: AlertReason;
  /** The expectation the alert is about; required except for `guarantee-closing`. */
  expectation: Expectation | null;
}

/** Commands an alert suggests, per reason; their grammar is reply-command.ts's. */
const SUGGESTED_COMMANDS: Record<AlertReason, CommandName[]> = {
  overdue: ['done', 'snooze', 'extend', 'close'],
  reminder: ['done', 'snooze', 'extend', 'close'],
  rejected: ['close'],
  'guarantee-closing': ['done', 'snooze', 'close'],
};

type CommandName = keyof AlertCatalogue['commands'];

/** What the user types for each command, as parseReplyCommand reads it (English in every language). */
const COMMAND_EXAMPLES: Record<CommandName, string> = {
  done: 'done',
  snooze: 'snooze 2d',
  extend: 'extend 3 business days',
  close: 'close',
  reopen: 'reopen',
};

const HISTORY_ENTRIES_SHOWN = 6;
const VENDOR_NAME_LENGTH = 80;

/**
 * Writes the alert email for one case, purely: subject, plain-text and HTML body in the user's language
 * (English when unsupported), and threading headers shared by all alerts of the case. Every piece of text
 * that came from a vendor or a user is flattened to one line and escaped in the HTML.
 * @throws RangeError when `expectation` is missing for a reason that needs one, when a guarantee alert's case
 * has no `refundEligibleUntil`, or when the ids or domain cannot form a Message-ID.
 */
export function composeAlert(input: ComposeAlertInput): ComposedAlert {
  const { caseRecord, expectation, reason } = input;
  const { language, context } = alertContextFor(input, expectation);

  const { subject, lead, dueAt } =
    reason === 'guarantee-closing'
      ? guaranteeHeadline(context)
      : deadlineHeadline(context, reason, expectation);
  const blocks: Block[] = [
    { kind: 'paragraph', text: lead, emphasis: true },
    ...promiseSection(context, reason, expectation),
    ...historySection(context),
    ...contactSection(context),
    ...nextStepSection(context, reason, expectation),
    ...caseSection(context),
  ];
  return assembleAlert(envelopeOf(input, null), {
    subject,
    blocks,
    meta: { reason, vendor: { ...caseRecord.vendor }, dueAt, language },
  });
}

/** What every section needs to know. */
export interface AlertContext {
  catalogue: AlertCatalogue;
  caseRecord: Case;
  user: AlertRecipient;
  now: Date;
  profile: VendorProfile | null;
  /** The vendor's name, made safe for one line. */
  vendor: string;
  vendorZone: string;
}

/** The language, wording and vendor facts an email about `input.caseRecord` is written with. */
export function alertContextFor(
  input: CaseEmailInput,
  expectation: Expectation | null,
): { language: AlertLanguage; context: AlertContext } {
  const { caseRecord, user, now } = input;
  const { language, catalogue } = catalogueFor(user.language);
  const profile =
    input.vendorProfile === undefined ? findVendorProfile(caseRecord.vendor.domain) : input.vendorProfile;
  const context: AlertContext = {
    catalogue,
    caseRecord,
    user,
    now,
    profile,
    vendor: vendorName(caseRecord, profile),
    // Deadlines and money-back windows are counted where the vendor is; show them there.
    vendorZone: expectation?.timeZone ?? profile?.timeZone ?? user.timeZone,
  };
  return { language, context };
}

/** Who an email about a case goes to, from whom, and where it threads (under the case, or a user's reply). */
export function envelopeOf(input: CaseEmailInput, inReplyTo: string | null): AlertEnvelopeInput {
  return {
    alertId: input.alertId,
    caseId: input.caseRecord.id,
    alertDomain: input.alertDomain,
    from: input.from,
    to: input.user.alertEmail ?? input.user.email,
    now: input.now,
    inReplyTo,
  };
}

/** The vendor's name as we know it best, flattened to one line: the case's, the directory's, the domain. */
export function vendorName(caseRecord: Case, profile: VendorProfile | null): string {
  const candidates = [caseRecord.vendor.name, profile?.name, caseRecord.vendor.domain];
  for (const candidate of candidates) {
    const safe = candidate ? inlineText(candidate, VENDOR_NAME_LENGTH) : '';
    if (safe !== '') return safe;
  }
  return '?';
}

/** "Thu 17 Dec, 23:59 ET", plus the user's own time in brackets when it reads differently. */
export function dueText(context: AlertContext, instant: string): string {
  const there = formatDateTime(instant, context.vendorZone, context.catalogue);
  const here = formatDateTime(instant, context.user.timeZone, context.catalogue);
  return there === here ? there : `${there} (${fillText(context.catalogue.inYourTime, { time: here })})`;
}

function requireExpectation(expectation: Expectation | null, reason: AlertReason): Expectation {
  if (expectation === null) throw new RangeError(`a "${reason}" alert needs the expectation it is about`);
  return expectation;
}

function deadlineHeadline(
  context: AlertContext,
  reason: Exclude<AlertReason, 'guarantee-closing'>,
  maybeExpectation: Expectation | null,
): { subject: string; lead: Inline[]; dueAt: string } {
  const expectation = requireExpectation(maybeExpectation, reason);
  const { catalogue: c, vendor } = context;
  const expected = c.expected[expectation.expect];
  const due = formatDateTime(expectation.dueAt, context.vendorZone, c);
  if (reason === 'rejected') {
    return {
      subject: fillText(c.subjects.rejected, { vendor }),
      lead: fill(c.lead.rejected, { vendor }),
      dueAt: expectation.dueAt,
    };
  }
  const late = describeSpan(context.now.getTime() - Date.parse(expectation.dueAt), c);
  return {
    subject: fillText(c.subjects[reason], { vendor, expected, due }),
    lead: fill(c.lead[reason], { vendor, expected, due: dueText(context, expectation.dueAt), late }),
    dueAt: expectation.dueAt,
  };
}

function guaranteeHeadline(context: AlertContext): { subject: string; lead: Inline[]; dueAt: string } {
  const until = context.caseRecord.refundEligibleUntil;
  if (until === null)
    throw new RangeError('a "guarantee-closing" alert needs the case\'s refundEligibleUntil');
  const { catalogue: c, vendor } = context;
  const remaining = describeSpan(Date.parse(until) - context.now.getTime(), c);
  return {
    subject: fillText(c.subjects.guaranteeClosing, {
      vendor,
      date: formatDateTime(until, context.vendorZone, c),
    }),
    lead: fill(c.lead.guaranteeClosing, { vendor, date: dueText(context, until), remaining }),
    dueAt: until,
  };
}

function promiseSection(
  context: AlertContext,
  reason: AlertReason,
  expectation: Expectation | null,
): Block[] {
  if (expectation === null) return [];
  const { catalogue: c, vendor } = context;
  const heading: Block = { kind: 'heading', text: fill(c.headings.promise) };
  if (reason === 'rejected') {
    const message = messageReference(
      context,
      expectation.metByMessageId,
      expectation.metAt ?? expectation.promisedAt,
    );
    return [heading, { kind: 'paragraph', text: fill(c.promise.rejected, { message }) }];
  }
  const { source } = expectation;
  const within = source.within === null ? null : countOf(c, source.within.unit, source.within.value);
  const promisedAt = formatDateTime(expectation.promisedAt, context.user.timeZone, c);
  let text: Inline[];
  if (within !== null && (source.kind === 'promise' || source.kind === 'default')) {
    const message = messageReference(context, source.messageId, expectation.promisedAt);
    text = fill(c.promise[source.kind], { vendor, within, message });
  } else if (within !== null && source.kind === 'note') {
    text = fill(c.promise.note, { date: promisedAt, within });
  } else {
    text = fill(c.promise.manual, { date: promisedAt });
  }
  return [heading, { kind: 'paragraph', text }];
}

/** "“Your refund request” of Mon 15 Dec, 10:12 CET", from the message's timeline entry when there is one. */
function messageReference(context: AlertContext, messageId: string | null, fallbackAt: string): string {
  const { catalogue: c } = context;
  const entry = context.caseRecord.timeline.find(
    (candidate) =>
      candidate.type === 'message' && messageId !== null && candidate.details.messageId === messageId,
  );
  const subject = entry ? inlineText(stringDetail(entry, 'subject') ?? '') : '';
  const at = entry ? (stringDetail(entry, 'sentAt') ?? entry.at) : fallbackAt;
  const date = formatDateTime(at, context.user.timeZone, c);
  return subject === ''
    ? fillText(c.promise.messageWithoutSubject, { date })
    : fillText(c.promise.message, { subject, date });
}

function stringDetail(entry: TimelineEntry, key: string): string | null {
  const value = entry.details[key];
  return typeof value === 'string' ? value : null;
}

/** The vendor's messages, the user's notes and earlier alerts, newest last. */
function historySection(context: AlertContext): Block[] {
  const { catalogue: c } = context;
  const entries = context.caseRecord.timeline.filter((entry) =>
    ['message', 'note', 'alert'].includes(entry.type),
  );
  const shown = entries.slice(-HISTORY_ENTRIES_SHOWN);
  const items: Inline[][] = shown.map((entry) => [
    `${formatDateTime(entry.at, context.user.timeZone, c)} — ${historyLine(c, entry)}`,
  ]);
  const hidden = entries.length - shown.length;
  return [
    { kind: 'heading', text: fill(c.headings.history) },
    items.length === 0
      ? { kind: 'paragraph', text: fill(c.history.none) }
      : {
          kind: 'list',
          items: hidden > 0 ? [fill(c.history.earlier, { count: String(hidden) }), ...items] : items,
        },
  ];
}

function historyLine(c: AlertCatalogue, entry: TimelineEntry): string {
  if (entry.type === 'alert') return c.history.alert;
  if (entry.type === 'note') return inlineText(entry.summary);
  const kinds = entry.details.kinds;
  const labels: Record<string, string> = c.kinds;
  const what =
    Array.isArray(kinds) && kinds.length > 0
      ? kinds.map((kind) => labels[kind] ?? c.kinds.other)
      : [c.kinds.other];
  const subject = inlineText(stringDetail(entry, 'subject') ?? '');
  return subject === '' ? what.join(', ') : `${what.join(', ')}: ${subject}`;
}

function contactSection(context: AlertContext): Block[] {
  const { catalogue: c, vendor, profile } = context;
  const heading: Block = { kind: 'heading', text: fill(c.headings.contact, { vendor }) };
  const billing = profile?.billing;
  if (!profile || !billing || (!billing.phone && !billing.email && !billing.url)) {
    const domain = inlineText(context.caseRecord.vendor.domain);
    return [heading, { kind: 'paragraph', text: fill(c.contact.unknown, { vendor, domain }) }];
  }
  const items: Inline[][] = [];
  if (billing.phone) {
    const phone = inlineText(billing.phone);
    items.push(
      billing.hours
        ? fill(c.contact.phone, { phone, hours: openingHoursText(context, profile) })
        : fill(c.contact.phoneWithoutHours, { phone }),
    );
  }
  if (billing.email) items.push(fill(c.contact.email, { email: inlineText(billing.email) }));
  if (billing.url) items.push(fill(c.contact.web, { url: { link: inlineText(billing.url, 300) } }));
  return [heading, { kind: 'list', items }];
}

/** "Mon–Fri 8am–8pm ET — open now" / "… — opens in 3 h", the status in the user's language. */
function openingHoursText(context: AlertContext, profile: VendorProfile): string {
  const { catalogue: c, now } = context;
  const status = describeOpeningHours(profile, now);
  // The label is "<hours> — <status in English>"; keep the hours, say the status in the user's language.
  const hours = status.label.split(' — ')[0] ?? status.label;
  let state: string;
  if (status.openNow) {
    state =
      status.closesInMinutes !== null && status.closesInMinutes < 60
        ? fillText(c.contact.closesInMinutes, { minutes: String(status.closesInMinutes) })
        : c.contact.openNow;
  } else if (status.opensInMinutes === null) {
    return c.contact.hoursNotListed;
  } else if (status.opensInMinutes < 60) {
    state = fillText(c.contact.opensInMinutes, { minutes: String(status.opensInMinutes) });
  } else if (status.opensInMinutes < 24 * 60) {
    state = fillText(c.contact.opensInHours, { hours: String(Math.round(status.opensInMinutes / 60)) });
  } else {
    const opensAt = new Date(now.getTime() + status.opensInMinutes * 60_000);
    state = fillText(c.contact.opensAt, { time: formatDateTime(opensAt, profile.timeZone, c) });
  }
  return `${hours} — ${state}`;
}

function nextStepSection(
  context: AlertContext,
  reason: AlertReason,
  expectation: Expectation | null,
): Block[] {
  const { catalogue: c, vendor } = context;
  const paragraphs: Inline[][] = [];
  if (reason === 'rejected') {
    paragraphs.push(fill(c.nextStep.rejected, { vendor }));
  } else if (reason === 'guarantee-closing') {
    const until = context.caseRecord.refundEligibleUntil ?? '';
    paragraphs.push(fill(c.nextStep.guaranteeClosing, { vendor, date: dueText(context, until) }));
  } else if (expectation !== null) {
    paragraphs.push(contactStep(context, expectation), fill(c.nextStep.forward));
  }
  return [
    { kind: 'heading', text: fill(c.headings.nextStep) },
    ...paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: fill(c.nextStep.commandsIntro) },
    commandList(c, SUGGESTED_COMMANDS[reason]),
  ];
}

/** Call them, write to them, or answer their last message: whichever the directory makes possible. */
function contactStep(context: AlertContext, expectation: Expectation): Inline[] {
  const { catalogue: c, vendor, profile } = context;
  const expected = c.expected[expectation.expect];
  const rawReference = expectation.reference ?? context.caseRecord.references.at(-1) ?? null;
  const reference = rawReference === null ? '' : inlineText(rawReference, 60);
  const phone = profile?.billing?.phone ? inlineText(profile.billing.phone) : null;
  const url = profile?.billing?.url ? inlineText(profile.billing.url, 300) : null;
  const values = { vendor, expected, reference: { code: reference } };
  if (phone !== null) {
    return fill(reference ? c.nextStep.callWithReference : c.nextStep.call, { ...values, phone });
  }
  if (url !== null)
    return fill(reference ? c.nextStep.webWithReference : c.nextStep.web, { ...values, url: { link: url } });
  return fill(reference ? c.nextStep.replyWithReference : c.nextStep.reply, values);
}

/** Reply commands, each with what it does. */
export function commandList(c: AlertCatalogue, commands: CommandName[]): Block {
  return {
    kind: 'list',
    items: commands.map((command) => [{ code: COMMAND_EXAMPLES[command] }, ` — ${c.commands[command]}`]),
  };
}

/** The case id, its amount and references, and how to look it up. */
export function caseSection(context: AlertContext): Block[] {
  const { catalogue: c, caseRecord } = context;
  const id = caseRecord.id;
  const items: Inline[][] = [fill(c.caseInfo.id, { id: { code: id }, title: inlineText(caseRecord.title) })];
  if (caseRecord.amount !== null) {
    items.push(fill(c.caseInfo.amount, { amount: formatAmount(c, caseRecord.amount, caseRecord.currency) }));
  }
  if (caseRecord.references.length > 0) {
    const references = caseRecord.references.map((reference) => inlineText(reference, 60)).join(', ');
    items.push(fill(c.caseInfo.references, { references }));
  }
  items.push(
    fill(c.caseInfo.query, {
      command: { code: `inbox-watcher cases show ${id}` },
      request: { code: `GET /v1/cases/${id}` },
    }),
  );
  return [
    { kind: 'heading', text: fill(c.headings.case) },
    { kind: 'list', items },
    { kind: 'paragraph', text: fill(c.caseInfo.automatic) },
  ];
}

/** "US$12.00", "12,00 €"; the amount as given when there is no well-formed ISO 4217 code. */
function formatAmount(c: AlertCatalogue, amount: string, currency: string | null): string {
  const value = Number(amount);
  if (currency !== null && /^[A-Z]{3}$/.test(currency) && Number.isFinite(value)) {
    return new Intl.NumberFormat(c.locale, { style: 'currency', currency }).format(value);
  }
  return inlineText(currency === null ? amount : `${amount} ${currency}`, 40);
}
