import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { ALERT_LANGUAGES, catalogueFor } from '../../../shared/alerts/catalogue';
import { renderRawMessage } from '../../../shared/alerts/raw-message';
import type { VendorProfile } from '../../../shared/cases/vendor-directory';
import {
  composeSample,
  makeCase,
  makeExpectation,
  makeMessageEntry,
  makeRecipient,
  OVERDUE_NOW,
} from './alert-builders';

describe('Alert subject', () => {
  it('names the vendor, what is awaited and the deadline in the zone it was counted in', () => {
    expect(composeSample().subject).toBe(
      'Overdue: Constant Contact refund confirmation (promised by Wed 17 Dec, 23:59 ET)',
    );
  });

  it.each([
    // Europe: the change to summer time on Sun 29 Mar 2026 and back on Sun 25 Oct 2026.
    ['Europe/Berlin', '2026-03-28T22:59:59.000Z', 'Sat 28 Mar, 23:59 CET'],
    ['Europe/Berlin', '2026-03-30T21:59:59.000Z', 'Mon 30 Mar, 23:59 CEST'],
    ['Europe/London', '2026-10-24T22:59:59.000Z', 'Sat 24 Oct, 23:59 BST'],
    ['Europe/London', '2026-10-26T23:59:59.000Z', 'Mon 26 Oct, 23:59 GMT'],
    ['Europe/Sofia', '2026-10-26T21:59:59.000Z', 'Mon 26 Oct, 23:59 EET'],
    // US: summer time starts Sun 8 Mar 2026 and ends Sun 1 Nov 2026; "ET" covers both.
    ['America/New_York', '2026-03-08T04:59:59.000Z', 'Sat 7 Mar, 23:59 ET'],
    ['America/New_York', '2026-03-10T03:59:59.000Z', 'Mon 9 Mar, 23:59 ET'],
    ['America/Los_Angeles', '2026-11-03T07:59:59.000Z', 'Mon 2 Nov, 23:59 PT'],
    ['UTC', '2026-06-01T23:59:59.000Z', 'Mon 1 Jun, 23:59 UTC'],
  ])(
    'shows a deadline counted in %s as local time with a short zone name (%s → %s)',
    (timeZone, dueAt, shown) => {
      const expectation = makeExpectation({ timeZone, dueAt });
      const alert = composeSample({
        caseRecord: makeCase({ expectations: [expectation] }),
        expectation,
        now: new Date(Date.parse(dueAt) + 3_600_000),
        user: makeRecipient({ timeZone: 'Asia/Tokyo' }),
      });
      expect(alert.subject).toBe(`Overdue: Constant Contact refund confirmation (promised by ${shown})`);
    },
  );

  it('says "still overdue" for reminders, and names rejections and closing money-back windows', () => {
    const caseRecord = makeCase({ refundEligibleUntil: '2026-01-15T04:59:59.000Z' });
    expect(composeSample({ reason: 'reminder' }).subject).toBe(
      'Still overdue: Constant Contact refund confirmation (promised by Wed 17 Dec, 23:59 ET)',
    );
    expect(composeSample({ reason: 'rejected' }).subject).toBe('Refund rejected: Constant Contact');
    expect(composeSample({ reason: 'guarantee-closing', caseRecord, expectation: null }).subject).toBe(
      'Money-back window closing: Constant Contact (ends Wed 14 Jan, 23:59 ET)',
    );
  });

  it('refuses a deadline alert without its expectation and a guarantee alert without a window end', () => {
    expect(() => composeSample({ expectation: null })).toThrow(RangeError);
    expect(() => composeSample({ reason: 'guarantee-closing', expectation: null })).toThrow(
      /refundEligibleUntil/,
    );
  });
});

describe('Alert body', () => {
  it("says what was promised, by which message, and how late it is, in the user's time as well", () => {
    const text = composeSample({ user: makeRecipient({ timeZone: 'Europe/Berlin' }) }).text.replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(
      'Constant Contact promised the refund confirmation by Wed 17 Dec, 23:59 ET (Thu 18 Dec, 05:59 CET your time). It has not arrived, 11 hours after the deadline.',
    );
    expect(text).toContain(
      'promised it within 2 business days in their message “Your refund request” of Mon 15 Dec, 16:10 CET.',
    );
  });

  it('lists what has arrived, newest last, and how many older entries it leaves out', () => {
    const messages = Array.from({ length: 9 }, (_, index) =>
      makeMessageEntry(
        { id: `entry-${index}`, at: `2025-12-1${index}T10:00:00.000Z` },
        `Message number ${index}`,
      ),
    );
    const text = composeSample({ caseRecord: makeCase({ timeline: messages }) }).text;
    expect(text).toContain('… and 3 earlier entries.');
    expect(text).not.toContain('Message number 2');
    expect(text.indexOf('Message number 3')).toBeLessThan(text.indexOf('Message number 8'));
  });

  it.each([
    ['2025-12-18T16:00:00.000Z', 'Billing: 855-229-5506, Mon–Fri 8am–8pm ET — open now'],
    ['2025-12-18T10:00:00.000Z', 'Billing: 855-229-5506, Mon–Fri 8am–8pm ET — opens in 3 h'],
    ['2025-12-18T12:40:00.000Z', 'Billing: 855-229-5506, Mon–Fri 8am–8pm ET — opens in 20 min'],
  ])("gives the vendor's billing line with its hours at %s", (now, line) => {
    expect(composeSample({ now: new Date(now) }).text).toContain(line);
  });

  it('suggests calling billing with the reference, forwarding the confirmation, or a reply command', () => {
    const text = composeSample().text.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Call Constant Contact billing at 855-229-5506, quote CC-4471, and ask for the refund confirmation in writing.',
    );
    for (const command of ['done', 'snooze 2d', 'extend 3 business days', 'close'])
      expect(text).toContain(`- ${command} — `);
    expect(text).toContain('inbox-watcher cases show case-abc_123');
    expect(text).toContain('GET /v1/cases/case-abc_123');
  });

  it("falls back to answering the vendor's last message when the directory does not know the vendor", () => {
    const caseRecord = makeCase({
      vendor: { domain: 'unknown-vendor.test', name: 'Tiny Shop' },
      references: [],
    });
    const text = composeSample({ caseRecord }).text.replace(/\s+/g, ' ');
    expect(text).toContain('We have no contact details for Tiny Shop (unknown-vendor.test)');
    expect(text).toContain(
      "Reply to Tiny Shop's last message and ask for the refund confirmation in writing.",
    );
  });

  it('explains a default window and a rejected refund', () => {
    const byDefault = makeExpectation({
      source: { kind: 'default', messageId: 'msg-1', within: { value: 10, unit: 'business_days' } },
    });
    expect(composeSample({ expectation: byDefault }).text.replace(/\s+/g, ' ')).toContain(
      'Constant Contact named no time, so we allowed your usual 10 business days from their message “Your refund request”',
    );
    const rejected = makeExpectation({
      status: 'rejected',
      metByMessageId: 'msg-1',
      metAt: '2025-12-16T09:00:00.000Z',
    });
    const text = composeSample({ reason: 'rejected', expectation: rejected }).text.replace(/\s+/g, ' ');
    expect(text).toContain('Constant Contact rejected your refund.');
    expect(text).toContain('Ask Constant Contact for the reason in writing.');
  });
});

describe('Alert languages', () => {
  it.each(ALERT_LANGUAGES)('writes the whole alert in %s with every placeholder filled', (language) => {
    const { catalogue } = catalogueFor(language);
    const alert = composeSample({ user: makeRecipient({ language, timeZone: 'Europe/Berlin' }) });
    expect(alert.meta.language).toBe(language);
    expect(alert.subject).toContain(catalogue.expected['refund.confirmed']);
    expect(alert.text).toContain(catalogue.headings.promise);
    expect(alert.text).toContain(catalogue.caseInfo.automatic);
    expect(alert.html).toContain(`<html lang="${language}">`);
    for (const part of [alert.subject, alert.text, alert.html]) expect(part).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it('uses the base language of a regional tag and English for languages without a catalogue', () => {
    expect(composeSample({ user: makeRecipient({ language: 'de-AT' }) }).subject).toMatch(/^Überfällig: /);
    expect(composeSample({ user: makeRecipient({ language: 'ja' }) }).subject).toMatch(/^Overdue: /);
  });

  it('formats dates and amounts the way the language does', () => {
    const german = composeSample({ user: makeRecipient({ language: 'de' }) });
    expect(german.subject).toBe(
      'Überfällig: Constant Contact – Erstattungsbestätigung (zugesagt bis Mi, 17. Dez, 23:59 ET)',
    );
    expect(german.text).toMatch(/Betrag: 12,00\s\$/u);
  });
});

const HOSTILE_NAME = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
const INJECTED_SUBJECT = 'Refund\r\nBcc: victim@example.test\r\n\r\n<img src=x onerror=alert(3)>';

describe('Alert escaping', () => {
  const hostileCase = makeCase({
    vendor: { domain: 'evil.test', name: HOSTILE_NAME },
    title: `${HOSTILE_NAME}: refund`,
    references: ['<b onmouseover=alert(4)>REF</b>'],
    timeline: [makeMessageEntry({}, INJECTED_SUBJECT)],
  });

  it('escapes vendor names, subjects and references in the HTML part', () => {
    const { html } = composeSample({ caseRecord: hostileCase });
    expect(html).not.toMatch(/<script|<img|<b /);
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;',
    );
    expect(html).toContain('&lt;b onmouseover=alert(4)&gt;REF&lt;/b&gt;');
  });

  it('keeps the subject on one line whatever the vendor name holds', () => {
    const caseRecord = makeCase({
      vendor: { domain: 'evil.test', name: 'Evil\r\nBcc: victim@example.test' },
    });
    const alert = composeSample({ caseRecord });
    expect(alert.subject).toBe(
      'Overdue: Evil Bcc: victim@example.test refund confirmation (promised by Wed 17 Dec, 23:59 ET)',
    );
    expect(alert.subject).not.toMatch(/[\r\n]/);
  });

  it('lets no header or line be injected into the raw message', async () => {
    const caseRecord = makeCase({
      ...hostileCase,
      vendor: { domain: 'evil.test', name: 'Evil\r\nBcc: victim@example.test' },
    });
    const raw = renderRawMessage(composeSample({ caseRecord }));
    const parsed = await simpleParser(raw);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.text).not.toMatch(/^Bcc:/m);
    expect(parsed.subject).toContain('Evil Bcc: victim@example.test');
  });

  it('never links a non-web address from the directory', () => {
    const profile: VendorProfile = {
      name: 'Evil',
      domains: ['evil.test'],
      country: 'US',
      timeZone: 'America/New_York',
      billing: { phone: null, email: null, url: 'javascript:alert(5)', hours: null },
      moneyBackGuaranteeDays: null,
    };
    const { html } = composeSample({ vendorProfile: profile });
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(5)');
  });
});

describe('Alert headers', () => {
  it('threads every alert of a case under one root and gives each its own Message-ID', () => {
    const first = composeSample({ alertId: 'first' });
    const reminder = composeSample({
      alertId: 'second',
      reason: 'reminder',
      now: new Date('2025-12-19T16:00:00Z'),
    });
    expect(first.headers['In-Reply-To']).toBe('<case-case-abc_123@alerts.example.test>');
    expect(reminder.headers.References).toBe(first.headers.References);
    expect(first.messageId).toBe('<alert-first.case-case-abc_123@alerts.example.test>');
    expect(reminder.messageId).not.toBe(first.messageId);
    const otherCase = composeSample({ caseRecord: makeCase({ id: 'other-case' }) });
    expect(otherCase.headers.References).not.toBe(first.headers.References);
  });

  it('marks alerts automatic and names the case and the alert', () => {
    const { headers } = composeSample();
    expect(headers['Auto-Submitted']).toBe('auto-generated');
    expect(headers['X-Auto-Response-Suppress']).toBe('All');
    expect(headers['X-Inbox-Watcher-Case']).toBe('case-abc_123');
    expect(headers['X-Inbox-Watcher-Alert']).toBe('alert-1');
  });

  it('sends to the alert address when the user has one, else to their email', () => {
    expect(composeSample().to).toBe('user-1@example.test');
    expect(composeSample({ user: makeRecipient({ alertEmail: 'alerts@user.test' }) }).to).toBe(
      'alerts@user.test',
    );
  });

  it('refuses ids that cannot be part of a Message-ID', () => {
    expect(() => composeSample({ alertId: 'a b>' })).toThrow(RangeError);
    expect(() => composeSample({ alertDomain: 'bad domain' })).toThrow(RangeError);
  });
});

describe('Raw alert message', () => {
  it('is a 7-bit multipart/alternative message whose parts and headers read back as composed', async () => {
    const alert = composeSample({ user: makeRecipient({ language: 'bg' }) });
    const raw = renderRawMessage(alert);
    expect([...raw].every((byte) => byte < 128)).toBe(true);
    expect(raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/m);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(alert.subject);
    expect(parsed.text).toBe(alert.text);
    expect(parsed.html).toBe(alert.html);
    expect(parsed.messageId).toBe(alert.messageId);
    expect(parsed.inReplyTo).toBe(alert.headers['In-Reply-To']);
    expect(parsed.references).toBe(alert.headers.References);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headers.get('x-inbox-watcher-case')).toBe('case-abc_123');
    expect(parsed.date?.toISOString()).toBe(OVERDUE_NOW.toISOString());
    expect(String((parsed.headers.get('content-type') as { value: string }).value)).toBe(
      'multipart/alternative',
    );
  });

  it('renders the same alert to the same bytes every time', async () => {
    const alert = composeSample();
    expect(renderRawMessage(alert).equals(renderRawMessage(alert))).toBe(true);
  });
});
