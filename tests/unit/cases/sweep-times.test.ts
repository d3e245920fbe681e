import { describe, expect, it } from 'vitest';
import {
  type Case,
  guaranteeSweepAt,
  MAX_GUARANTEE_NOTICE_DAYS,
  newCase,
  pendingExpectation,
  sweepAt,
} from '../../../shared/cases/case';

const DAY = 86_400_000;
const T = Date.parse('2026-03-02T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

function refundCase(fields: Partial<Case> = {}): Case {
  const opened = newCase({
    id: 'case-1',
    userId: 'user-1',
    vendor: { domain: 'shop.example', name: null },
    at: new Date(T),
  });
  const refund = pendingExpectation({
    id: 'exp-1',
    expect: 'refund.confirmed',
    promisedAt: iso(T),
    dueAt: iso(T + 20 * DAY),
    timeZone: 'UTC',
    source: { kind: 'manual', messageId: null, within: null },
  });
  return { ...opened, expectations: [refund], ...fields };
}

describe('Sweep times: an expectation', () => {
  it('is looked at from its next alert time, or the end of a snooze', () => {
    const caseRecord = refundCase();
    const expectation = caseRecord.expectations[0];
    if (!expectation) throw new Error('no expectation');
    expect(sweepAt(caseRecord, expectation)).toBe(iso(T + 20 * DAY));
    expect(sweepAt({ ...caseRecord, snoozedUntil: iso(T + 25 * DAY) }, expectation)).toBe(iso(T + 25 * DAY));
    expect(sweepAt({ ...caseRecord, status: 'closed' }, expectation)).toBeNull();
  });
});

describe('Sweep times: a money-back window', () => {
  const window = { refundEligibleUntil: iso(T + 40 * DAY) };

  it('is first looked at as early as any configured notice could be due, whatever the case awaits', () => {
    const earliest = iso(T + (40 - MAX_GUARANTEE_NOTICE_DAYS) * DAY);
    expect(guaranteeSweepAt(refundCase(window))).toBe(earliest);
    expect(guaranteeSweepAt(refundCase({ ...window, expectations: [] }))).toBe(earliest);
  });

  it('is looked at when the sweep planned its notice, and again afresh when the window moves', () => {
    const planned = refundCase({
      ...window,
      guaranteeNotice: { until: iso(T + 40 * DAY), noticeAt: iso(T + 37 * DAY) },
    });
    expect(guaranteeSweepAt(planned)).toBe(iso(T + 37 * DAY));
    expect(guaranteeSweepAt({ ...planned, refundEligibleUntil: iso(T + 50 * DAY) })).toBe(
      iso(T + (50 - MAX_GUARANTEE_NOTICE_DAYS) * DAY),
    );
    expect(guaranteeSweepAt({ ...planned, snoozedUntil: iso(T + 38 * DAY) })).toBe(iso(T + 38 * DAY));
  });

  it('is not looked at without a window, once the refund is confirmed, when closed, or when nothing is left', () => {
    const confirmed = refundCase(window);
    const met = {
      ...confirmed,
      expectations: confirmed.expectations.map((e) => ({ ...e, status: 'met' as const })),
    };
    expect(guaranteeSweepAt(refundCase())).toBeNull();
    expect(guaranteeSweepAt(met)).toBeNull();
    expect(guaranteeSweepAt(refundCase({ ...window, status: 'closed' }))).toBeNull();
    expect(
      guaranteeSweepAt(
        refundCase({ ...window, guaranteeNotice: { until: iso(T + 40 * DAY), noticeAt: null } }),
      ),
    ).toBeNull();
  });
});
