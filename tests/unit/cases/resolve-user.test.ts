import { describe, expect, it } from 'vitest';
import { forwarderCandidates, recipientCandidates } from '../../../shared/cases/forwarder';
import {
  type AddressEvidence,
  resolveUser,
  type UserLookups,
  watchAddressForms,
} from '../../../shared/cases/resolve-user';
import { newUser } from '../../../shared/cases/user';
import { makeUnderstanding, makeUser } from '../../helpers/case-builders';

const maria = makeUser({
  id: 'maria',
  forwardingAddresses: ['maria@mail.test'],
  watchAddresses: ['maria@inbox.test'],
});
const bob = makeUser({
  id: 'bob',
  forwardingAddresses: ['bob@mail.test'],
  watchAddresses: ['bob@inbox.test'],
});

/** Lookups over the two users above, as the store would answer them. */
const lookups: UserLookups = {
  byForwardingAddress: async (address) =>
    [maria, bob].find((user) => user.forwardingAddresses.includes(address)) ?? null,
  byWatchAddress: async (address) =>
    [maria, bob].find((user) => user.watchAddresses?.includes(address)) ?? null,
};

function evidence(overrides: Partial<AddressEvidence>): AddressEvidence {
  return { senders: [], recipients: [], forwarded: false, ...overrides };
}

describe('Resolving the user of an inbound message', () => {
  it('takes the user of a known forwarder', async () => {
    const match = await resolveUser(lookups, evidence({ senders: ['maria@mail.test'], forwarded: true }));
    expect(match).toMatchObject({ via: 'forwarder', user: { id: 'maria' }, address: 'maria@mail.test' });
  });

  it('takes vendor mail sent straight to a watch address as that user’s', async () => {
    const match = await resolveUser(
      lookups,
      evidence({ senders: ['billing@vendor.test'], recipients: ['someone@else.test', 'bob@inbox.test'] }),
    );
    expect(match).toMatchObject({ via: 'watch-address', user: { id: 'bob' }, address: 'bob@inbox.test' });
  });

  it('lets the forwarder win when the message also reaches another user’s watch address', async () => {
    const match = await resolveUser(
      lookups,
      evidence({ senders: ['maria@mail.test'], recipients: ['bob@inbox.test'], forwarded: true }),
    );
    expect(match).toMatchObject({ via: 'forwarder', user: { id: 'maria' } });
  });

  it('refuses a stranger’s forward to a watch address, whose vendor content nobody authenticated', async () => {
    const match = await resolveUser(
      lookups,
      evidence({ senders: ['stranger@elsewhere.test'], recipients: ['maria@inbox.test'], forwarded: true }),
    );
    expect(match).toBeNull();
  });

  it('keeps unreadable mail to a watch address for its user', async () => {
    const match = await resolveUser(lookups, evidence({ recipients: ['maria@inbox.test'], forwarded: null }));
    expect(match).toMatchObject({ via: 'watch-address', user: { id: 'maria' } });
  });

  it('reaches a watch address through a +tag on its local part', async () => {
    const match = await resolveUser(lookups, evidence({ recipients: ['maria+shop@inbox.test'] }));
    expect(match).toMatchObject({ via: 'watch-address', user: { id: 'maria' }, address: 'maria@inbox.test' });
  });

  it('finds nobody when neither sender nor recipients are known', async () => {
    const match = await resolveUser(
      lookups,
      evidence({ senders: ['billing@vendor.test'], recipients: ['nobody@inbox.test'] }),
    );
    expect(match).toBeNull();
  });
});

describe('Watch address forms', () => {
  it.each([
    { address: 'maria@inbox.test', forms: ['maria@inbox.test'] },
    { address: 'maria+a+b@inbox.test', forms: ['maria+a+b@inbox.test', 'maria@inbox.test'] },
    { address: '+tag@inbox.test', forms: ['+tag@inbox.test'] },
  ])('reads $address as $forms', ({ address, forms }) => {
    expect(watchAddressForms(address)).toEqual(forms);
  });
});

describe('Recipient candidates', () => {
  const raw = Buffer.from(
    'From: Vendor <billing@vendor.test>\r\nTo: "Maria" <Maria@Inbox.test>, other@x.test\r\n' +
      'Cc: =?utf-8?q?B=C3=B6b?= <bob@inbox.test>\r\nSubject: hi\r\n\r\nbody',
  );

  it('uses the envelope recipients when the transport gives them', () => {
    expect(recipientCandidates(raw, ['Bob@Inbox.test'])).toEqual(['bob@inbox.test']);
  });

  it('falls back to every To and Cc address, lower-cased, when the envelope has none', () => {
    expect(recipientCandidates(raw, [])).toEqual(['maria@inbox.test', 'other@x.test', 'bob@inbox.test']);
  });
});

describe('Forwarder candidates', () => {
  it('takes the address in angle brackets when the display name looks like an address', () => {
    const raw = Buffer.from('From: "billing@vendor.test" <Ana@Mail.test>\r\n\r\nbody');
    expect(forwarderCandidates(raw, null, null)).toEqual(['ana@mail.test']);
  });

  it('names the outer From of mail that is not a forward, so a user writing to the watcher is known', () => {
    const raw = Buffer.from('From: Ana <ana@mail.test>\r\nSubject: Re: Overdue\r\n\r\nsnooze 2d');
    const candidates = forwarderCandidates(raw, makeUnderstanding({ forwarder: null }), null);
    expect(candidates).toEqual(['ana@mail.test']);
  });
});

describe('New users and their watch addresses', () => {
  const input = {
    id: 'u',
    email: 'u@example.test',
    forwardingAddresses: ['U@Mail.test'],
    tokenHashes: [],
    at: new Date(0),
  };

  it('has none unless given', () => {
    expect(newUser(input).watchAddresses).toEqual([]);
  });

  it('keeps the given ones lower-cased, each once', () => {
    const user = newUser({
      ...input,
      watchAddresses: ['Maria@Inbox.test', 'maria@inbox.test', 'm2@inbox.test'],
    });
    expect(user.watchAddresses).toEqual(['maria@inbox.test', 'm2@inbox.test']);
  });
});
