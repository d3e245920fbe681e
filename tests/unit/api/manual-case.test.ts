import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/cases/case';
import {
  addNote,
  attachMessage,
  CaseActionError,
  endOfLocalDate,
  moveDueTime,
  openManualCase,
  snoozeEnd,
} from '../../../shared/cases/manual-case';
import { resolveVendorInput } from '../../../shared/cases/vendor-input';
import { makeUser, testTransitionDeps } from '../../helpers/case-builders';

const now = new Date('2026-12-15T15:00:00Z');
const user = makeUser({ timeZone: 'Europe/Sofia' });

function opened(): Case {
  return openManualCase(
    {
      vendor: { domain: 'shop.example', name: 'Shop' },
      title: null,
      expectations: [
        { expect: 'refund.confirmed', due: { kind: 'within', within: { value: 2, unit: 'days' } } },
      ],
      promisedAt: now,
      refundEligibleUntil: null,
      note: 'called them',
      reference: 'R-1',
    },
    user,
    testTransitionDeps(),
    now,
  );
}

describe('openManualCase', () => {
  it('opens an open case with a pending expectation, its timeline and an automatic title', () => {
    const created = opened();

    expect(created).toMatchObject({
      status: 'open',
      title: 'Shop: refund',
      titleIsCustom: false,
      references: ['R-1'],
      userId: user.id,
      version: 0,
    });
    expect(created.expectations[0]).toMatchObject({
      status: 'pending',
      dueAt: '2026-12-17T15:00:00.000Z',
      nextAlertAt: '2026-12-17T15:00:00.000Z',
      timeZone: 'Europe/Sofia',
      source: { kind: 'manual', messageId: null, within: { value: 2, unit: 'days' } },
    });
    expect(created.timeline.map((entry) => entry.type)).toEqual(['status', 'expectation', 'note']);
  });
});

describe('addNote', () => {
  it('moves the awaited expectation of the promised kind instead of adding a second one', () => {
    const before = opened();

    const after = addNote(
      before,
      {
        text: 'again',
        at: now,
        reference: null,
        promise: { expect: 'refund.confirmed', due: { kind: 'at', at: new Date('2026-12-31T10:00:00Z') } },
      },
      user,
      testTransitionDeps(),
      now,
    );

    expect(after.expectations).toHaveLength(1);
    expect(after.expectations[0]).toMatchObject({
      id: before.expectations[0]?.id,
      dueAt: '2026-12-31T10:00:00.000Z',
      source: { kind: 'note' },
    });
  });
});

describe('moveDueTime', () => {
  it('refuses an expectation that is no longer awaited', () => {
    const before = opened();
    const met: Case = {
      ...before,
      expectations: before.expectations.map((expectation) => ({ ...expectation, status: 'met' })),
    };

    expect(() =>
      moveDueTime(
        met,
        met.expectations[0]?.id ?? '',
        { kind: 'date', date: '2026-12-20' },
        user,
        testTransitionDeps(),
        now,
      ),
    ).toThrow(CaseActionError);
  });

  it('returns the same case when the due time does not change', () => {
    const before = opened();
    const dueAt = new Date(before.expectations[0]?.dueAt ?? '');

    expect(
      moveDueTime(
        before,
        before.expectations[0]?.id ?? '',
        { kind: 'at', at: dueAt },
        user,
        testTransitionDeps(),
        now,
      ),
    ).toBe(before);
  });
});

describe('attachMessage', () => {
  it('adds a message entry and leaves the expectations alone', () => {
    const before = opened();

    const after = attachMessage(
      before,
      {
        id: 'm1',
        userId: user.id,
        messageId: 'ses-1',
        receivedAt: '2026-12-14T09:00:00.000Z',
        reason: 'no-vendor',
        error: null,
        subject: null,
        vendorDomain: null,
        vendorName: null,
        kinds: ['refund.confirmed'],
        sizeBytes: 10,
        rawLocation: null,
      },
      testTransitionDeps(),
      now,
    );

    expect(after.expectations).toEqual(before.expectations);
    expect(after.timeline.at(-1)).toMatchObject({
      type: 'message',
      summary: 'Attached by the user: (no subject)',
    });
  });
});

describe('snoozeEnd and endOfLocalDate', () => {
  it('keeps the local time of day for day windows, across a DST change', () => {
    // 09:00 in Berlin on Saturday 28 March 2026; clocks go forward on the 29th.
    const saturday = new Date('2026-03-28T08:00:00Z');

    expect(
      snoozeEnd(saturday, { value: 2, unit: 'days' }, 'Europe/Berlin', testTransitionDeps()).toISOString(),
    ).toBe('2026-03-30T07:00:00.000Z');
    expect(
      snoozeEnd(
        saturday,
        { value: 90, unit: 'minutes' },
        'Europe/Berlin',
        testTransitionDeps(),
      ).toISOString(),
    ).toBe('2026-03-28T09:30:00.000Z');
  });

  it('ends a calendar date at its last local second', () => {
    expect(endOfLocalDate('2026-12-17', 'America/New_York').toISOString()).toBe('2026-12-18T04:59:59.000Z');
    expect(() => endOfLocalDate('2026-02-30', 'UTC')).toThrow(RangeError);
  });
});

describe('resolveVendorInput', () => {
  it.each([
    [{ domain: 'www.ConstantContact.com' }, { domain: 'constantcontact.com', name: 'Constant Contact' }],
    [{ name: 'constant contact' }, { domain: 'constantcontact.com', name: 'Constant Contact' }],
    [
      { name: 'Corner Gym', domain: 'cornergym.example' },
      { domain: 'cornergym.example', name: 'Corner Gym' },
    ],
    [{ domain: 'cornergym.example' }, { domain: 'cornergym.example', name: null }],
    [{ name: 'Corner Gym' }, null],
    [{ domain: 'not a domain' }, null],
  ])('reads %j', (input, expected) => {
    expect(resolveVendorInput(input)).toEqual(expected);
  });
});
