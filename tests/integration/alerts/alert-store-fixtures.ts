import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { ComposedAlert } from '../../../shared/alerts/composed-alert';
import type { Notifier, SendReceipt } from '../../../shared/alerts/notifiers/notifier';
import { createOutboxNotifier } from '../../../shared/alerts/notifiers/outbox-notifier';
import { type Case, type Expectation, newCase } from '../../../shared/cases/case';
import { newId } from '../../../shared/cases/ids';
import type { User } from '../../../shared/cases/user';
import { silentLogger } from '../../../shared/logger';
import { saveCase } from '../../../shared/store/cases';
import type { TableHandle } from '../../../shared/store/client';
import { saveUser } from '../../../shared/store/users';
import { makeUser } from '../../helpers/case-builders';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const at = (ms: number) => new Date(ms);
export const iso = (ms: number) => new Date(ms).toISOString();

/** Stores a new user (id unique per call unless given). */
export async function storedUser(table: TableHandle, overrides: Partial<User> = {}): Promise<User> {
  const id = overrides.id ?? `user-${newId()}`;
  return saveUser(table, null, makeUser({ id, ...overrides }));
}

export interface CaseSpec {
  userId: string;
  dueAt: number;
  promisedAt?: number;
  expect?: Expectation['expect'];
  status?: Case['status'];
  snoozedUntil?: number | null;
  refundEligibleUntil?: number | null;
  /** Overrides for the one expectation (e.g. a nextAlertAt other than the due time). */
  expectation?: Partial<Expectation>;
  vendor?: Case['vendor'];
}

/** Stores a case awaiting one confirmation due at `dueAt`, as the inbound pipeline would have. */
export async function storedCase(table: TableHandle, spec: CaseSpec): Promise<Case> {
  const promisedAt = spec.promisedAt ?? spec.dueAt - 2 * DAY;
  const opened = newCase({
    id: newId(),
    userId: spec.userId,
    vendor: spec.vendor ?? { domain: 'shop.example', name: 'Example Shop' },
    at: at(promisedAt),
  });
  const expectation: Expectation = {
    id: newId(),
    expect: spec.expect ?? 'refund.confirmed',
    status: 'pending',
    promisedAt: iso(promisedAt),
    dueAt: iso(spec.dueAt),
    timeZone: 'UTC',
    source: { kind: 'promise', messageId: 'msg-1', within: { value: 2, unit: 'days' } },
    metAt: null,
    metByMessageId: null,
    amount: null,
    currency: null,
    reference: null,
    nextAlertAt: iso(spec.dueAt),
    alertsSent: 0,
    lastAlertAt: null,
    ...spec.expectation,
  };
  const after: Case = {
    ...opened,
    title: 'Example Shop: refund',
    status: spec.status ?? 'open',
    expectations: [expectation],
    snoozedUntil: spec.snoozedUntil == null ? null : iso(spec.snoozedUntil),
    refundEligibleUntil: spec.refundEligibleUntil == null ? null : iso(spec.refundEligibleUntil),
  };
  return saveCase(table, { before: null, after });
}

/** A temporary outbox folder with the real outbox notifier, and readers for what it holds. */
export interface TestOutbox {
  notifier: Notifier;
  /** Alerts given to the notifier, in order (including resends). */
  sent: ComposedAlert[];
  /** The .eml files in the folder, parsed, sorted by file name. */
  messages(): Promise<ParsedMail[]>;
  files(): Promise<string[]>;
  remove(): Promise<void>;
}

export async function createTestOutbox(): Promise<TestOutbox> {
  const directory = await mkdtemp(path.join(tmpdir(), 'sweep-outbox-'));
  const outbox = createOutboxNotifier({ directory, logger: silentLogger });
  const sent: ComposedAlert[] = [];
  const files = async () => (await readdir(directory)).filter((name) => name.endsWith('.eml')).sort();
  return {
    sent,
    notifier: {
      send: (alert: ComposedAlert): Promise<SendReceipt> => {
        sent.push(alert);
        return outbox.send(alert);
      },
    },
    files,
    messages: async () =>
      Promise.all(
        (await files()).map(async (name) => simpleParser(await readFile(path.join(directory, name)))),
      ),
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}
