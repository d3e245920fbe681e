import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDueAt } from '../../../shared/cases/deadlines';
import { newId } from '../../../shared/cases/ids';
import { type IngestOutcome, ingestInboundEmail } from '../../../shared/cases/ingest';
import { findVendorProfile } from '../../../shared/cases/vendor-directory';
import { understandMessage } from '../../../shared/classify/understand-message';
import { silentLogger } from '../../../shared/logger';
import { getCase } from '../../../shared/store/cases';
import { listUnmatchedMessages } from '../../../shared/store/messages';
import { saveUser } from '../../../shared/store/users';
import { makeUser } from '../../helpers/case-builders';
import { type CorpusMessage, loadCorpus } from '../../helpers/corpus';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

let local: TestTable;
const corpus = loadCorpus();
const outcomes = new Map<string, IngestOutcome>();
const WATCHER = 'watcher';
const WATCH_ADDRESS = 'watch@inbox-watcher.test';

beforeAll(async () => {
  local = await createTestTable('corpus');
  const forwarders = [
    ...new Set(corpus.flatMap((message) => (message.label.forwarder ? [message.label.forwarder] : []))),
  ];
  for (const [index, address] of forwarders.entries()) {
    await saveUser(local.table, null, makeUser({ id: `user-${index}`, forwardingAddresses: [address] }));
  }
  // The corpus's direct vendor mail is addressed to this watch address.
  await saveUser(
    local.table,
    null,
    makeUser({
      id: WATCHER,
      forwardingAddresses: ['owner@watcher-user.test'],
      watchAddresses: [WATCH_ADDRESS],
    }),
  );
  const deps = {
    table: local.table,
    understand: understandMessage,
    transition: { computeDueAt, findVendorProfile, newId },
    logger: silentLogger,
    options: { rejectSpoofed: true, maxMessageBytes: 10 * 1024 * 1024, dedupeTtlDays: 30 },
  };
  // One after another, in corpus order, as a mail server would hand them over.
  for (const [index, message] of corpus.entries()) {
    const outcome = await ingestInboundEmail(deps, {
      raw: message.raw,
      messageId: message.file,
      receivedAt: new Date(Date.parse('2026-07-01T00:00:00.000Z') + index * 60_000),
      envelope: { mailFrom: null, recipients: [WATCH_ADDRESS] },
    });
    outcomes.set(message.file, outcome);
  }
});
afterAll(async () => {
  await local.drop();
});

const forwarded = (message: CorpusMessage) => message.label.forwarder !== null;

describe('Ingest: the labelled corpus, message by message', () => {
  it('accepts every forwarded message and keeps each on a case or in the unmatched list', async () => {
    const lost: string[] = [];
    for (const message of corpus.filter(forwarded)) {
      const outcome = outcomes.get(message.file);
      if (outcome?.status === 'processed') {
        const stored = await getCase(local.table, outcome.caseId);
        const onTimeline = stored?.timeline.some((entry) => entry.details.messageId === message.file);
        if (!onTimeline) lost.push(`${message.file}: not on case ${outcome.caseId}`);
      } else if (outcome?.status === 'unmatched') {
        const page = await listUnmatchedMessages(local.table, outcome.userId, { limit: 100 });
        if (!page.items.some((item) => item.messageId === message.file))
          lost.push(`${message.file}: not in unmatched`);
      } else {
        lost.push(`${message.file}: ${outcome?.status}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('takes vendor mail sent straight to the watch address as its owner’s, keeping each on a case or unmatched', async () => {
    const direct = corpus.filter((message) => !forwarded(message));
    expect(direct.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const message of direct) {
      const outcome = outcomes.get(message.file);
      if (outcome?.status !== 'processed' && outcome?.status !== 'unmatched') {
        wrong.push(`${message.file}: ${outcome?.status}`);
      } else if (outcome.userId !== WATCHER || outcome.via !== 'watch-address') {
        wrong.push(`${message.file}: taken as ${outcome.userId}'s via ${outcome.via}`);
      } else if (outcome.status === 'processed') {
        const stored = await getCase(local.table, outcome.caseId);
        if (stored?.vendor.domain !== message.label.vendor)
          wrong.push(`${message.file}: on a ${stored?.vendor.domain} case`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the watch address’s owner nothing that a forwarder sent', () => {
    const misrouted = corpus
      .filter(forwarded)
      .filter((message) => {
        const outcome = outcomes.get(message.file);
        return outcome && 'userId' in outcome && outcome.userId === WATCHER;
      })
      .map((message) => message.file);
    expect(misrouted).toEqual([]);
  });

  it('opens cases only for the forwarders who sent the messages', async () => {
    for (const message of corpus.filter(forwarded)) {
      const outcome = outcomes.get(message.file);
      if (outcome?.status !== 'processed') continue;
      const stored = await getCase(local.table, outcome.caseId);
      expect(stored?.userId, message.file).toBe(outcome.userId);
    }
  });
});
