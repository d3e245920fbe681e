import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from './client';
import type { GroupCommit } from './group-commit';
import { type AlertClaimKey, alertClaimKey } from './keys';
import { type TransactItem, TransactionCancelledError, transactWrite } from './transact';

/**
 * Alert claims: one item per alert, written before the alert is sent, so that however many sweeps see the same
 * deadline, one sends it. Attempts are fenced by a lease:
 *
 *   (none) ──claim──▶ pending ──sent and recorded──▶ sent
 *                       │  └──refused for good, recorded──▶ failed
 *                       └── lease runs out (the sender died or failed) ──▶ claimed again, same alert id
 *
 * A sweep that finds a pending claim whose lease has run out takes it over and sends the same alert again (same
 * Message-ID, so channels that can deduplicate do). A sweep that finds it settled only records it, if needed.
 */

/** pending: being sent (or the sender died; see leaseUntil); sent: delivered; failed: refused for good. */
export type AlertClaimState = 'pending' | 'sent' | 'failed';

export interface AlertClaim {
  key: AlertClaimKey;
  /** Stable for the alert across retries: the Message-ID is made from it. */
  alertId: string;
  state: AlertClaimState;
  /** When it was first claimed: the alert's own time. */
  claimedAt: string;
  /** A pending claim whose lease has run out may be taken over. */
  leaseUntil: string;
  attempts: number;
  settledAt: string | null;
  channel: string | null;
  receiptId: string | null;
  error: string | null;
}

/** claimed: this caller must send it; settled: sent or failed already (record it); busy: another sweep has it. */
export type ClaimResult =
  | { outcome: 'claimed'; claim: AlertClaim }
  | { outcome: 'settled'; claim: AlertClaim }
  | { outcome: 'busy' };

/** Claims are kept this long, far beyond any retry of the same alert, then expire by TTL. */
const RETENTION_SECONDS = 400 * 24 * 3600;

/**
 * Claims an alert for sending: creates the claim if nobody has (attribute_not_exists), or takes over a pending
 * one whose lease has run out (conditioned on the lease read, so only one taker wins). `commits` lets the
 * creation share a transaction with other claims.
 */
export async function claimAlert(
  table: TableHandle,
  key: AlertClaimKey,
  options: { alertId: string; now: Date; leaseMs: number; commits?: GroupCommit },
): Promise<ClaimResult> {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const claim: AlertClaim = {
    key,
    alertId: options.alertId,
    state: 'pending',
    claimedAt: now,
    leaseUntil,
    attempts: 1,
    settledAt: null,
    channel: null,
    receiptId: null,
    error: null,
  };
  const put: TransactItem = {
    Put: {
      TableName: table.name,
      Item: {
        ...alertClaimKey(key),
        type: 'AlertClaim',
        ...claim,
        expiresAt: Math.floor(options.now.getTime() / 1000) + RETENTION_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
  try {
    // A one-write transaction, so that a sweep can commit many claims at once (see group-commit.ts).
    await (options.commits ? options.commits.write([put]) : transactWrite(table, [put]));
    return { outcome: 'claimed', claim };
  } catch (error) {
    if (!(error instanceof TransactionCancelledError && error.failedCondition(0))) throw error;
  }

  const existing = await getAlertClaim(table, key);
  if (existing === null) return { outcome: 'busy' }; // expired between the two calls: the next sweep claims anew
  if (existing.state !== 'pending') return { outcome: 'settled', claim: existing };
  if (existing.leaseUntil > now) return { outcome: 'busy' };
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.name,
        Key: alertClaimKey(key),
        UpdateExpression: 'SET leaseUntil = :lease, attempts = attempts + :one',
        ConditionExpression: '#state = :pending AND leaseUntil = :seen',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':lease': leaseUntil,
          ':one': 1,
          ':pending': 'pending',
          ':seen': existing.leaseUntil,
        },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return { outcome: 'busy' };
    throw error;
  }
  return { outcome: 'claimed', claim: { ...existing, leaseUntil, attempts: existing.attempts + 1 } };
}

/** How a claim ended: sent (with the channel's receipt) or refused by the channel for good (with the error). */
export interface ClaimSettlement {
  state: 'sent' | 'failed';
  at: Date;
  channel: string;
  receiptId: string | null;
  error: string | null;
}

/**
 * The write that settles a claim, for the transaction that records the alert on its case: the two then commit
 * together, so a settled claim means a recorded alert. Settling twice is harmless (both say the alert is out).
 */
export function settleAlertClaimWrite(
  table: TableHandle,
  key: AlertClaimKey,
  settlement: ClaimSettlement,
): TransactItem {
  return {
    Update: {
      TableName: table.name,
      Key: alertClaimKey(key),
      UpdateExpression:
        'SET #state = :state, settledAt = :at, channel = :channel, receiptId = :receipt, #error = :error',
      // Never create a stray claim: it exists from the moment it was claimed.
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#state': 'state', '#error': 'error' },
      ExpressionAttributeValues: {
        ':state': settlement.state,
        ':at': settlement.at.toISOString(),
        ':channel': settlement.channel,
        ':receipt': settlement.receiptId,
        ':error': settlement.error,
      },
    },
  };
}

/** Ends a pending claim's lease now, so the next sweep retries the alert (the channel failed, maybe briefly). */
export async function releaseAlertClaim(table: TableHandle, key: AlertClaimKey, now: Date): Promise<void> {
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.name,
        Key: alertClaimKey(key),
        UpdateExpression: 'SET leaseUntil = :now',
        ConditionExpression: '#state = :pending',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':pending': 'pending' },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** The claim of an alert, or null (strongly consistent). */
export async function getAlertClaim(table: TableHandle, key: AlertClaimKey): Promise<AlertClaim | null> {
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.name, Key: alertClaimKey(key), ConsistentRead: true }),
  );
  if (!Item) return null;
  return {
    key: Item.key as AlertClaimKey,
    alertId: Item.alertId as string,
    state: Item.state as AlertClaimState,
    claimedAt: Item.claimedAt as string,
    leaseUntil: Item.leaseUntil as string,
    attempts: Item.attempts as number,
    settledAt: (Item.settledAt as string | null) ?? null,
    channel: (Item.channel as string | null) ?? null,
    receiptId: (Item.receiptId as string | null) ?? null,
    error: (Item.error as string | null) ?? null,
  };
}
