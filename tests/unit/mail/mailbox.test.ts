import { describe, expect, it } from 'vitest';
import { parseMailboxText } from '../../../shared/mail/mailbox';

describe('parseMailboxText', () => {
  it.each([
    ['Netflix <info@account.netflix.com>', { name: 'Netflix', address: 'info@account.netflix.com' }],
    ['"Shop, Support" <Help@Shop.Example.com>', { name: 'Shop, Support', address: 'help@shop.example.com' }],
    [
      'Shop Support [mailto:help@shop.example.com]',
      { name: 'Shop Support', address: 'help@shop.example.com' },
    ],
    ['help@shop.example.com (Shop Support)', { name: 'Shop Support', address: 'help@shop.example.com' }],
    ['help@shop.example.com', { name: null, address: 'help@shop.example.com' }],
    ['IKEA France', { name: 'IKEA France', address: null }],
    [
      'Технополис Онлайн <online@technopolis.bg>',
      { name: 'Технополис Онлайн', address: 'online@technopolis.bg' },
    ],
  ])('reads %s', (text, mailbox) => {
    expect(parseMailboxText(text)).toEqual(mailbox);
  });

  it('returns null for an empty value', () => {
    expect(parseMailboxText('  ')).toBeNull();
  });
});
