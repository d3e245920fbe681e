import { describe, expect, it } from 'vitest';
import { readListedCases } from '../../../shared/api/routes/listed-cases';
import { mapAtMost } from '../../../shared/api/routes/map-at-most';
import { type Case, newCase } from '../../../shared/cases/case';

const at = new Date('2026-12-15T15:00:00Z');

function storedCase(id: string, userId: string, status: Case['status'] = 'open'): Case {
  return { ...newCase({ id, userId, vendor: { domain: 'hulu.com', name: 'Hulu' }, at }), status };
}

/** Resolves after the other pending work has had its turn, so calls overlap as they would on the network. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mapAtMost', () => {
  it('keeps the input order whatever order the calls finish in', async () => {
    const results = await mapAtMost([30, 10, 20, 0], 2, async (delay) => {
      for (let turn = 0; turn < delay / 10; turn += 1) await tick();
      return delay * 2;
    });

    expect(results).toEqual([60, 20, 40, 0]);
  });

  it('never has more calls in flight than the limit, and uses all of it', async () => {
    let inFlight = 0;
    let most = 0;

    await mapAtMost(
      Array.from({ length: 20 }, (_item, index) => index),
      3,
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await tick();
        inFlight -= 1;
      },
    );

    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts no new calls after it', async () => {
    const started: number[] = [];

    const mapped = mapAtMost([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 2) throw new Error('read failed');
      return item;
    });

    await expect(mapped).rejects.toThrow('read failed');
    expect(started).toEqual([1, 2, 3]);
  });

  it('maps an empty list to an empty list', async () => {
    expect(await mapAtMost([], 4, async () => 1)).toEqual([]);
  });
});

describe('readListedCases', () => {
  const stored = new Map<string, Case>([
    ['a', storedCase('a', 'ana')],
    ['b', storedCase('b', 'ana', 'resolved')],
    ['c', storedCase('c', 'bo')],
    ['d', storedCase('d', 'ana')],
  ]);
  const readCase = async (caseId: string) => stored.get(caseId) ?? null;

  it('returns the cases in the order the index listed them', async () => {
    const found = await readListedCases(['d', 'b', 'a'], { userId: 'ana', status: 'all', readCase });

    expect(found.map((caseRecord) => caseRecord.id)).toEqual(['d', 'b', 'a']);
  });

  it("skips a case that vanished and one that is now someone else's", async () => {
    const found = await readListedCases(['a', 'gone', 'c', 'd'], { userId: 'ana', status: 'all', readCase });

    expect(found.map((caseRecord) => caseRecord.id)).toEqual(['a', 'd']);
    expect(found.every((caseRecord) => caseRecord.userId === 'ana')).toBe(true);
  });

  it('skips a case whose status left the filtered listing since the index was read', async () => {
    const open = await readListedCases(['a', 'b', 'd'], { userId: 'ana', status: 'open', readCase });
    const resolved = await readListedCases(['a', 'b'], { userId: 'ana', status: 'resolved', readCase });

    expect(open.map((caseRecord) => caseRecord.id)).toEqual(['a', 'd']);
    expect(resolved.map((caseRecord) => caseRecord.id)).toEqual(['b']);
  });

  it('reads the cases at most `concurrency` at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const slowRead = async (caseId: string) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await tick();
      inFlight -= 1;
      return readCase(caseId);
    };

    await readListedCases(['a', 'b', 'c', 'd', 'a', 'b'], {
      userId: 'ana',
      status: 'all',
      readCase: slowRead,
      concurrency: 2,
    });

    expect(most).toBe(2);
  });
});
