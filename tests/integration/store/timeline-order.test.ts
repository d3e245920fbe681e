import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Case, newCase, type TimelineEntry } from '../../../shared/cases/case';
import { getCase, saveCase } from '../../../shared/store/cases';
import { casePartition } from '../../../shared/store/keys';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

let local: TestTable;
beforeAll(async () => {
  local = await createTestTable('timeline');
});
afterAll(async () => {
  await local.drop();
});

const AT = '2026-03-02T10:00:00.000Z';
const LATER = '2026-03-02T11:00:00.000Z';

// Ids run against the order of events, so any order derived from ids (or random ids) shows up as a failure.
const entry = (id: string, at: string, summary: string): TimelineEntry => ({
  id,
  at,
  type: 'status',
  summary,
  details: {},
});

function caseWith(id: string, timeline: TimelineEntry[]): Case {
  return {
    ...newCase({
      id,
      userId: 'u-timeline',
      vendor: { domain: 'vendor.test', name: 'Vendor' },
      at: new Date(AT),
    }),
    timeline,
  };
}

const summaries = (found: Case | null) => found?.timeline.map((item) => item.summary);

describe('Store: timeline order', () => {
  it('reads back entries written in one change, all at the same time, in the order they were produced', async () => {
    // Prepare
    const produced = caseWith('case-same-time', [
      entry('zz', AT, 'message received'),
      entry('mm', AT, 'refund confirmation expected'),
      entry('aa', AT, 'case opened'),
    ]);

    // Act
    await saveCase(local.table, { before: null, after: produced });

    // Assess
    expect(summaries(await getCase(local.table, produced.id))).toEqual([
      'message received',
      'refund confirmation expected',
      'case opened',
    ]);
  });

  it('keeps the order of Case.timeline across changes, also when a later change reuses the same time', async () => {
    // Prepare
    const opened = await saveCase(local.table, {
      before: null,
      after: caseWith('case-two-changes', [entry('y2', AT, 'first'), entry('y1', AT, 'second')]),
    });
    const changed = {
      ...opened,
      timeline: [...opened.timeline, entry('b', AT, 'third'), entry('a', AT, 'fourth')],
    };

    // Act
    const saved = await saveCase(local.table, { before: opened, after: changed });

    // Assess
    expect(await getCase(local.table, opened.id)).toEqual(saved);
    expect(summaries(saved)).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('reads entries stored with the earlier time-and-id keys before the numbered ones appended later', async () => {
    // Prepare: a case whose two entries were written with `EVENT#<at>#<id>` keys and no sequence number.
    const legacy = await saveCase(local.table, { before: null, after: caseWith('case-legacy', []) });
    const legacyEntries = [entry('e-old-2', LATER, 'old, later'), entry('e-old-1', AT, 'old, earlier')];
    for (const old of legacyEntries) {
      const { type, ...fields } = old;
      await local.table.client.send(
        new PutCommand({
          TableName: local.table.name,
          Item: {
            PK: casePartition(legacy.id),
            SK: `EVENT#${old.at}#${old.id}`,
            ...fields,
            type: 'TimelineEntry',
            entryType: type,
            caseId: legacy.id,
          },
        }),
      );
    }
    const read = await getCase(local.table, legacy.id);
    if (!read) throw new Error('case not stored');

    // Act: append two entries at an earlier time than the last legacy one.
    await saveCase(local.table, {
      before: read,
      after: { ...read, timeline: [...read.timeline, entry('n2', AT, 'new 1'), entry('n1', AT, 'new 2')] },
    });

    // Assess
    expect(summaries(read)).toEqual(['old, earlier', 'old, later']);
    expect(summaries(await getCase(local.table, legacy.id))).toEqual([
      'old, earlier',
      'old, later',
      'new 1',
      'new 2',
    ]);
  });

  it('refuses a change that puts a new entry before stored ones', async () => {
    const opened = await saveCase(local.table, {
      before: null,
      after: caseWith('case-insert', [entry('first', AT, 'first')]),
    });
    const inserted = { ...opened, timeline: [entry('earlier', AT, 'inserted'), ...opened.timeline] };
    await expect(saveCase(local.table, { before: opened, after: inserted })).rejects.toThrow(/not appended/);
    expect(summaries(await getCase(local.table, opened.id))).toEqual(['first']);
  });
});
