import type { TableHandle } from './client';
import { type TransactItem, transactWrite } from './transact';

/** DynamoDB's limit of writes in one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * Commits write transactions that arrive within a short window together, as one transaction (group commit).
 * Each caller's writes still commit atomically and with their own conditions: when the combined transaction
 * fails (a condition, a conflict, two callers writing one item), nothing of it was written, and each caller's
 * writes are committed on their own, so every caller sees exactly the outcome transactWrite would give it.
 * Many small transactions cost far more than a few large ones, in DynamoDB Local most of all.
 */
export interface GroupCommit {
  /** Like transactWrite(table, items), possibly in one transaction with other callers' writes. */
  write(items: TransactItem[]): Promise<void>;
}

interface Waiting {
  items: TransactItem[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A group commit on `table` that gathers writes for `windowMs` (default 5 ms) before committing them. */
export function createGroupCommit(table: TableHandle, options: { windowMs?: number } = {}): GroupCommit {
  let waiting: Waiting[] = [];
  let flushScheduled = false;

  const commitGroup = async (group: Waiting[]) => {
    if (group.length > 1) {
      try {
        await transactWrite(
          table,
          group.flatMap((entry) => entry.items),
        );
        for (const entry of group) entry.resolve();
        return;
      } catch {
        // One caller's writes failed (or two touched one item): commit each alone for its own outcome.
      }
    }
    await Promise.all(
      group.map((entry) => transactWrite(table, entry.items).then(entry.resolve, entry.reject)),
    );
  };

  const flush = () => {
    flushScheduled = false;
    const batch = waiting;
    waiting = [];
    for (const group of groupsOfAtMost(batch, MAX_TRANSACTION_ITEMS)) void commitGroup(group);
  };

  return {
    write(items) {
      if (items.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ items, resolve, reject });
        if (flushScheduled) return;
        flushScheduled = true;
        setTimeout(flush, options.windowMs ?? 5);
      });
    },
  };
}

/** Consecutive groups whose writes add up to at most `limit` (a caller with more stays alone). */
function groupsOfAtMost(batch: Waiting[], limit: number): Waiting[][] {
  const groups: Waiting[][] = [];
  let current: Waiting[] = [];
  let size = 0;
  for (const entry of batch) {
    if (current.length > 0 && size + entry.items.length > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry.items.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
