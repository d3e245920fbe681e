import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { alertEnvelope, parseMailbox, renderRawMessage } from '../../../shared/alerts/raw-message';
import { composeSample, makeCase, makeRecipient } from './alert-builders';

describe('Mail addresses', () => {
  it.each([
    ['user@example.test', { name: '', address: 'user@example.test' }],
    ['  inbox-watcher <alerts@example.test> ', { name: 'inbox-watcher', address: 'alerts@example.test' }],
    ['"Watcher, Inbox" <alerts@example.test>', { name: 'Watcher, Inbox', address: 'alerts@example.test' }],
    ['Анна <anna@example.bg>', { name: 'Анна', address: 'anna@example.bg' }],
  ])('reads %j', (text, mailbox) => {
    expect(parseMailbox(text)).toEqual(mailbox);
  });

  it.each([
    '',
    'not an address',
    'a@b.test, c@d.test',
    'Team: a@b.test;',
    'x <a@b>',
    'анна@пример.бг',
    'a"b@c.test',
  ])('refuses %j', (text) => {
    expect(() => parseMailbox(text)).toThrow(RangeError);
  });

  it('gives the envelope as bare addresses', () => {
    const alert = composeSample({ user: makeRecipient({ alertEmail: 'Anna Alerts <anna@user.test>' }) });
    expect(alertEnvelope(alert)).toEqual({ from: 'alerts@example.test', to: ['anna@user.test'] });
  });
});

describe('Raw message form', () => {
  it('uses CRLF line ends only and folds every header line to 78 characters', () => {
    const caseRecord = makeCase({
      vendor: { domain: 'constantcontact.com', name: 'A Vendor With A Rather Long Name Indeed' },
    });
    const raw = renderRawMessage(composeSample({ caseRecord })).toString('latin1');
    expect(raw).not.toMatch(/[^\r]\n|\r[^\n]/);
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it('encodes non-ASCII display names and subjects so they read back exactly', async () => {
    const alert = composeSample({
      from: 'Наблюдател <alerts@example.test>',
      user: makeRecipient({ alertEmail: 'Ана Иванова <ana@example.bg>', language: 'bg' }),
      caseRecord: makeCase({
        vendor: { domain: 'ozone.bg', name: 'Озон.бг — „Книги“ и още много неща за дома' },
      }),
    });
    const parsed = await simpleParser(renderRawMessage(alert));
    expect(parsed.subject).toBe(alert.subject);
    expect(parsed.from?.value).toEqual([{ name: 'Наблюдател', address: 'alerts@example.test' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ name: 'Ана Иванова', address: 'ana@example.bg' }]);
  });

  it('keeps ASCII text that looks like an encoded word from being decoded as one', async () => {
    const caseRecord = makeCase({ vendor: { domain: 'evil.test', name: '=?UTF-8?B?SGk=?=' } });
    const alert = composeSample({ caseRecord });
    expect((await simpleParser(renderRawMessage(alert))).subject).toBe(alert.subject);
  });
});
