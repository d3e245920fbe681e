import type { User } from './user';

/**
 * Which user an inbound message belongs to, and by which rule:
 * - `forwarder`: the sender is one of the user's forwarding addresses (the user passed the mail on);
 * - `watch-address`: vendor mail sent straight to one of the user's watch addresses.
 */
export type UserMatch =
  | { via: 'forwarder'; user: User; address: string }
  | { via: 'watch-address'; user: User; address: string };

/** The two address lookups the rule needs (the store's, or in-memory ones in tests). */
export interface UserLookups {
  byForwardingAddress(address: string): Promise<User | null>;
  byWatchAddress(address: string): Promise<User | null>;
}

/** What the message tells about who sent it and to whom. */
export interface AddressEvidence {
  /** Addresses that may be the forwarder, most telling first (`forwarderCandidates`). */
  senders: readonly string[];
  /** Addresses the message was delivered to (`recipientCandidates`). */
  recipients: readonly string[];
  /**
   * Whether the message passes on someone else's mail (a forward or an auto-forward, so its vendor content was
   * not authenticated by the receiving server); null when the message could not be read.
   */
  forwarded: boolean | null;
}

// SES accepts at most 50 recipients per message; a longer To/Cc list is not a vendor writing to one person.
const MAX_RECIPIENTS_LOOKED_UP = 50;

/**
 * The user a message is for, or null (an unknown forwarder). A forwarding address wins over a watch address:
 * the forwarder is who chose to send it. A watch address accepts only mail that is not itself a forward, since
 * a stranger forwarding "the vendor confirmed your refund" to a user's watch address could otherwise silence
 * that user's alerts; unreadable mail to a watch address is accepted so it is kept for the user, not dropped.
 * Recipients are tried in order, each as given and then without a `+tag` (`maria+shop@…` reaches `maria@…`).
 */
export async function resolveUser(
  lookups: UserLookups,
  evidence: AddressEvidence,
): Promise<UserMatch | null> {
  for (const address of evidence.senders) {
    const user = await lookups.byForwardingAddress(address);
    if (user) return { via: 'forwarder', user, address };
  }
  if (evidence.forwarded === true) return null;
  for (const recipient of evidence.recipients.slice(0, MAX_RECIPIENTS_LOOKED_UP)) {
    for (const address of watchAddressForms(recipient)) {
      const user = await lookups.byWatchAddress(address);
      if (user) return { via: 'watch-address', user, address };
    }
  }
  return null;
}

/** The address itself, then, when its local part carries a `+tag`, the address without it. */
export function watchAddressForms(address: string): string[] {
  const untagged = address.replace(/^([^@+]+)\+[^@]*@/, '$1@');
  return untagged === address ? [address] : [address, untagged];
}
