import { describe, expect, it } from 'vitest';
import {
  composeReplyConfirmation,
  type ReplyConfirmationInput,
} from '../../../shared/alerts/reply-confirmation';
import { makeCase, makeExpectation, makeRecipient } from './alert-builders';

function confirm(overrides: Partial<ReplyConfirmationInput>) {
  return composeReplyConfirmation({
    command: { command: 'close' },
    caseRecord: makeCase({ status: 'closed' }),
    expectation: null,
    user: makeRecipient({ timeZone: 'Europe/Berlin' }),
    now: new Date('2025-12-18T17:00:00.000Z'),
    alertId: 'confirm-1',
    alertDomain: 'alerts.example.test',
    from: 'inbox-watcher <alerts@example.test>',
    replyMessageId: '<reply-1@mail.example>',
    ...overrides,
  });
}

describe('Reply confirmations', () => {
  it("confirms a snooze with its end in the user's time", () => {
    const alert = confirm({
      command: { command: 'snooze', until: { kind: 'after', duration: { value: 2, unit: 'days' } } },
      caseRecord: makeCase({ snoozedUntil: '2025-12-20T17:00:00.000Z' }),
    });
    expect(alert.subject).toBe('Constant Contact: alerts snoozed until Sat 20 Dec, 18:00 CET');
    expect(alert.text).toContain('Done: no alerts about this case until Sat 20 Dec, 18:00 CET.');
  });

  it('confirms an extension with the new due time where it is counted', () => {
    const moved = makeExpectation({ dueAt: '2025-12-23T04:59:59.000Z' });
    const alert = confirm({
      command: { command: 'extend', by: { value: 3, unit: 'business_days' } },
      expectation: moved,
    });
    expect(alert.subject).toBe('Constant Contact: refund confirmation now due by Mon 22 Dec, 23:59 ET');
    expect(alert.meta.dueAt).toBe(moved.dueAt);
  });

  it.each([
    [{ command: 'done' as const }, 'Constant Contact: refund confirmation marked as received'],
    [{ command: 'close' as const }, 'Constant Contact: case closed'],
    [{ command: 'reopen' as const }, 'Constant Contact: case reopened'],
  ])('confirms %j', (command, subject) => {
    expect(confirm({ command, expectation: makeExpectation({ status: 'met' }) }).subject).toBe(subject);
  });

  it('lists the commands when the reply held none', () => {
    const alert = confirm({ command: null });
    expect(alert.subject).toBe('Constant Contact: reply not understood');
    for (const command of ['done', 'snooze 2d', 'extend 3 business days', 'close', 'reopen']) {
      expect(alert.text).toContain(`- ${command} — `);
    }
  });

  it("threads under the user's reply and the case, marked as an automatic reply", () => {
    const { headers } = confirm({});
    expect(headers['In-Reply-To']).toBe('<reply-1@mail.example>');
    expect(headers.References).toBe('<case-case-abc_123@alerts.example.test> <reply-1@mail.example>');
    expect(headers['Auto-Submitted']).toBe('auto-replied');
  });

  it('ignores a reply Message-ID that could inject headers', () => {
    const { headers } = confirm({ replyMessageId: '<x@y>\r\nBcc: victim@example.test' });
    expect(headers['In-Reply-To']).toBe('<case-case-abc_123@alerts.example.test>');
    expect(headers.References).toBe('<case-case-abc_123@alerts.example.test>');
  });

  it("writes in the user's language", () => {
    const alert = confirm({ user: makeRecipient({ language: 'es' }) });
    expect(alert.subject).toBe('Constant Contact: caso cerrado');
  });

  it('refuses confirmations that lack what they report', () => {
    expect(() => confirm({ command: { command: 'done' } })).toThrow(RangeError);
    const snooze = { command: 'snooze', until: { kind: 'date', date: '2026-01-05' } } as const;
    expect(() => confirm({ command: snooze })).toThrow(/snoozedUntil/);
  });
});
