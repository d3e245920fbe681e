/** A write lost a race: another writer changed the item(s) first. Retry from a fresh read. */
export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
}

/** The forwarding address is already claimed by another user. */
export class ForwardingAddressTakenError extends Error {
  override name = 'ForwardingAddressTakenError';
  constructor(readonly address: string) {
    super(`forwarding address already belongs to another user: ${address}`);
  }
}

/** The watch address is already claimed by another user. */
export class WatchAddressTakenError extends Error {
  override name = 'WatchAddressTakenError';
  constructor(readonly address: string) {
    super(`watch address already belongs to another user: ${address}`);
  }
}

/** A pagination cursor that was not issued for this listing (tampered, or from another user or query). */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}
