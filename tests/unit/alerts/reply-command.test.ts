import { describe, expect, it } from 'vitest';
import {
  isAutomaticReply,
  isReplyToOurAlert,
  parseReplyCommand,
  type ReplyCommand,
} from '../../../shared/alerts/reply-command';
import { alertMessageId, caseThreadRootId } from '../../../shared/alerts/thread-ids';

const quotedAlert = [
  '',
  'On Thu, 18 Dec 2025 at 17:00, inbox-watcher <alerts@example.test> wrote:',
  '> Overdue: Constant Contact refund confirmation',
  '> Or reply to this email with one of these lines:',
  '> - done — it arrived: stop the alerts',
  '> - close — stop following this case',
].join('\n');

describe('Reply commands', () => {
  it.each<[string, ReplyCommand]>([
    ['snooze 2d', { command: 'snooze', until: { kind: 'after', duration: { value: 2, unit: 'days' } } }],
    ['Snooze 3 days', { command: 'snooze', until: { kind: 'after', duration: { value: 3, unit: 'days' } } }],
    [
      'snooze for 1 week',
      { command: 'snooze', until: { kind: 'after', duration: { value: 1, unit: 'weeks' } } },
    ],
    ['snooze 48h', { command: 'snooze', until: { kind: 'after', duration: { value: 48, unit: 'hours' } } }],
    ['snooze', { command: 'snooze', until: { kind: 'after', duration: { value: 1, unit: 'days' } } }],
    ['snooze until 2026-12-01', { command: 'snooze', until: { kind: 'date', date: '2026-12-01' } }],
    ['SNOOZE TILL 2026-02-28.', { command: 'snooze', until: { kind: 'date', date: '2026-02-28' } }],
    ['done', { command: 'done' }],
    ['Done!', { command: 'done' }],
    ['**done**', { command: 'done' }],
    ['`close`', { command: 'close' }],
    ['  close  ', { command: 'close' }],
    ['reopen', { command: 'reopen' }],
    ['extend 3 business days', { command: 'extend', by: { value: 3, unit: 'business_days' } }],
    ['Extend by two working days', { command: 'extend', by: { value: 2, unit: 'business_days' } }],
    ['extend 1w', { command: 'extend', by: { value: 1, unit: 'weeks' } }],
  ])('reads %j', (line, command) => {
    expect(parseReplyCommand(line)).toEqual(command);
    expect(parseReplyCommand(`${line}\n${quotedAlert}`)).toEqual(command);
  });

  it('finds a command below a greeting and above a signature', () => {
    expect(parseReplyCommand('Hi,\r\n\r\nsnooze 2d\r\n\r\nThanks\r\n-- \r\nAnna')).toEqual({
      command: 'snooze',
      until: { kind: 'after', duration: { value: 2, unit: 'days' } },
    });
  });

  it.each([
    ['a sentence that mentions a command word', "I'm done with them, close to giving up"],
    ['a command only in the quoted alert', `Thanks for the heads-up.${quotedAlert}`],
    [
      'a command below an Outlook header block',
      'Noted.\n\nFrom: inbox-watcher <alerts@example.test>\nSent: Thursday\ndone',
    ],
    ['a command below the original-message separator', 'ok\n-----Original Message-----\nclose'],
    ['a command in the signature', 'See below\n--\ndone'],
    [
      'a command after a German attribution',
      'Danke\nAm 18.12.2025 um 17:00 schrieb inbox-watcher <alerts@example.test>:\ndone',
    ],
    ['a command too far down', 'one\ntwo\nthree\nfour\nfive\ndone'],
    ['an unreadable snooze', 'snooze a while'],
    ['an impossible date', 'snooze until 2026-02-30'],
    ['an extension without a window', 'extend'],
    ['an extension that is too long', 'extend 999999 days'],
    ['an empty reply', ''],
  ])('finds nothing in %s', (_, text) => {
    expect(parseReplyCommand(text)).toBeNull();
  });

  it('reads an attribution wrapped over two lines as the end of the reply', () => {
    const wrapped = 'On Thu, 18 Dec 2025 at 17:00, inbox-watcher <\nalerts@example.test> wrote:\n> done';
    expect(parseReplyCommand(wrapped)).toBeNull();
    expect(parseReplyCommand(`close\n${wrapped}`)).toEqual({ command: 'close' });
  });
});

describe('Replies to our alerts', () => {
  const domain = 'alerts.example.test';

  it('finds the case from In-Reply-To naming one of our alerts', () => {
    const headers = { inReplyTo: alertMessageId('a1', 'Case_42-x', domain), references: [] };
    expect(isReplyToOurAlert(headers, domain)).toBe('Case_42-x');
  });

  it('finds the case from the thread root among other references, newest first', () => {
    const references = [
      '<unrelated@mail.example>',
      caseThreadRootId('old-case', domain),
      alertMessageId('a2', 'new-case', domain),
    ];
    expect(isReplyToOurAlert({ inReplyTo: '<user-reply@mail.example>', references }, domain)).toBe(
      'new-case',
    );
  });

  it('reads a References header given as one string', () => {
    const references = [`<x@mail.example> ${caseThreadRootId('case-7', domain)}`];
    expect(isReplyToOurAlert({ inReplyTo: null, references }, domain)).toBe('case-7');
  });

  it('matches the domain case-insensitively but the case id exactly', () => {
    const headers = { inReplyTo: '<alert-a1.case-AbC@ALERTS.Example.TEST>', references: [] };
    expect(isReplyToOurAlert(headers, domain)).toBe('AbC');
  });

  it.each([
    ['another domain', { inReplyTo: alertMessageId('a1', 'c1', 'evil.test'), references: [] }],
    ['a look-alike domain', { inReplyTo: '<case-c1@alerts.example.test.evil.test>', references: [] }],
    ['no references at all', { inReplyTo: null, references: [] }],
    ['ordinary mail', { inReplyTo: '<CAF=abc@mail.gmail.com>', references: ['<x@y>'] }],
  ])('ignores %s', (_, headers) => {
    expect(isReplyToOurAlert(headers, domain)).toBeNull();
  });
});

describe('Automatic replies', () => {
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, true],
    [{ 'auto-submitted': 'auto-generated' }, true],
    [{ 'auto-submitted': 'no' }, false],
    [{ precedence: 'bulk' }, true],
    [{ precedence: 'auto_reply' }, true],
    [{ 'x-autoreply': 'yes' }, true],
    [{ subject: 'Re: Overdue' }, false],
  ])('treats %j as automatic: %s', (headers, automatic) => {
    expect(isAutomaticReply(headers)).toBe(automatic);
  });
});
