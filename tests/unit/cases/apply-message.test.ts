import { describe, expect, it } from 'vitest';
import { applyMessage, type MessageResult } from '../../../shared/cases/apply-message';
import type { Case, ExpectationStatus, ExpectedKind } from '../../../shared/cases/case';
import type { DeadlineCalendar } from '../../../shared/cases/deadlines';
import {
  makeUnderstanding,
  makeUser,
  testTransitionDeps,
  type UnderstandingSpec,
} from '../../helpers/case-builders';

// Monday 2 March 2026; each step arrives an hour after the previous one, its vendor Date an hour before arrival.
const START = Date.parse('2026-03-02T10:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const arrival = (step: number) => new Date(START + step * HOUR);
const sentAt = (step: number) => new Date(START + (step - 1) * HOUR);
const iso = (ms: number) => new Date(ms).toISOString();

interface Step extends UnderstandingSpec {
  /** Override the vendor Date (default: an hour before arrival). */
  sent?: Date | null;
}

function run(steps: Step[]): { final: Case | null; results: MessageResult[] } {
  const deps = testTransitionDeps();
  const user = makeUser();
  let current: Case | null = null;
  const results: MessageResult[] = [];
  steps.forEach((step, index) => {
    const { sent, ...spec } = step;
    const understanding = makeUnderstanding({ ...spec, date: sent === undefined ? sentAt(index) : sent });
    const result = applyMessage(
      current,
      { id: `msg-${index}`, receivedAt: arrival(index), understanding, rawLocation: null },
      user,
      deps,
    );
    results.push(result);
    if (result.kind === 'case') current = result.case;
  });
  return { final: current, results };
}

interface ExpectedExpectation {
  expect: ExpectedKind;
  status: ExpectationStatus;
  dueAt?: string;
}

interface Row {
  name: string;
  steps: Step[];
  unmatched?: 'unrelated' | 'no-vendor';
  status?: Case['status'];
  expectations?: ExpectedExpectation[];
  alertNeeded?: boolean;
  lastEvents?: string[];
}

const received = (kind: 'cancellation' | 'refund', within?: number): Step => ({
  kinds: [`${kind}.received`],
  promises:
    within === undefined ? [] : [{ expect: `${kind}.confirmed`, within: { value: within, unit: 'days' } }],
});

const rows: Row[] = [
  {
    name: 'keeps an unrelated message with no case as unmatched',
    steps: [{ kinds: [] }],
    unmatched: 'unrelated',
  },
  {
    name: 'keeps a message whose vendor is unknown as unmatched',
    steps: [{ kinds: ['refund.received'], vendor: null }],
    unmatched: 'no-vendor',
  },
  {
    name: 'opens a case awaiting the cancellation within the default window (2 business days)',
    steps: [received('cancellation')],
    status: 'open',
    expectations: [
      { expect: 'cancellation.confirmed', status: 'pending', dueAt: iso(START - HOUR + 2 * DAY) },
    ],
    lastEvents: ['case.opened', 'expectation.added'],
  },
  {
    name: 'opens a case awaiting the refund by the vendor promise',
    steps: [received('refund', 3)],
    status: 'open',
    expectations: [{ expect: 'refund.confirmed', status: 'pending', dueAt: iso(START - HOUR + 3 * DAY) }],
  },
  {
    name: 'adds one expectation per promise when a message promises two things',
    steps: [
      {
        kinds: ['cancellation.received', 'refund.received'],
        promises: [
          { expect: 'cancellation.confirmed', within: { value: 1, unit: 'hours' } },
          { expect: 'refund.confirmed', within: { value: 2, unit: 'business_days' } },
        ],
      },
    ],
    status: 'open',
    expectations: [
      { expect: 'cancellation.confirmed', status: 'pending', dueAt: iso(START) },
      { expect: 'refund.confirmed', status: 'pending', dueAt: iso(START - HOUR + 2 * DAY) },
    ],
  },
  {
    name: 'opens a case for a promise alone',
    steps: [{ kinds: [], promises: [{ expect: 'refund.confirmed', within: { value: 5, unit: 'days' } }] }],
    status: 'open',
    expectations: [{ expect: 'refund.confirmed', status: 'pending', dueAt: iso(START - HOUR + 5 * DAY) }],
  },
  {
    name: 'meets the awaited refund and resolves the case',
    steps: [
      received('refund', 3),
      { kinds: ['refund.confirmed'], amount: '12.00', currency: 'USD', reference: 'R-1' },
    ],
    status: 'resolved',
    expectations: [{ expect: 'refund.confirmed', status: 'met' }],
    lastEvents: ['expectation.met', 'case.resolved'],
  },
  {
    name: 'opens an already resolved case for a confirmation nobody awaited',
    steps: [{ kinds: ['cancellation.confirmed'] }],
    status: 'resolved',
    expectations: [{ expect: 'cancellation.confirmed', status: 'met' }],
    lastEvents: ['case.opened', 'expectation.met', 'case.resolved'],
  },
  {
    name: 'rejects the awaited refund and flags the case for an alert',
    steps: [received('refund', 3), { kinds: ['refund.rejected'] }],
    status: 'resolved',
    expectations: [{ expect: 'refund.confirmed', status: 'rejected' }],
    alertNeeded: true,
    lastEvents: ['expectation.rejected', 'case.resolved'],
  },
  {
    name: 'opens a case for a refund rejection nobody awaited, flagged for an alert',
    steps: [{ kinds: ['refund.rejected'] }],
    status: 'resolved',
    expectations: [{ expect: 'refund.confirmed', status: 'rejected' }],
    alertNeeded: true,
  },
  {
    name: 'moves the due time when a later message promises a new window',
    steps: [received('refund'), received('refund', 1)],
    status: 'open',
    expectations: [{ expect: 'refund.confirmed', status: 'pending', dueAt: iso(START + 1 * DAY) }],
    lastEvents: ['expectation.moved'],
  },
  {
    name: 'keeps the due time when an older message arrives with another promise',
    steps: [received('refund', 3), { ...received('refund', 1), sent: new Date(START - 5 * HOUR) }],
    status: 'open',
    expectations: [{ expect: 'refund.confirmed', status: 'pending', dueAt: iso(START - HOUR + 3 * DAY) }],
    lastEvents: ['message.logged'],
  },
  {
    name: 'keeps the due time when the vendor acknowledges again without a promise',
    steps: [received('refund', 3), received('refund')],
    status: 'open',
    expectations: [{ expect: 'refund.confirmed', status: 'pending', dueAt: iso(START - HOUR + 3 * DAY) }],
    lastEvents: ['message.logged'],
  },
  {
    name: 'logs an unrelated message from the vendor on its open case',
    steps: [received('cancellation'), { kinds: [] }],
    status: 'open',
    expectations: [{ expect: 'cancellation.confirmed', status: 'pending' }],
    lastEvents: ['message.logged'],
  },
  {
    name: 'records a second copy of a confirmation only on the timeline',
    steps: [
      received('cancellation'),
      { kinds: ['cancellation.confirmed'] },
      { kinds: ['cancellation.confirmed'] },
    ],
    status: 'resolved',
    expectations: [{ expect: 'cancellation.confirmed', status: 'met' }],
    lastEvents: ['message.logged'],
  },
  {
    name: 'stays open while the refund is awaited after the cancellation is confirmed',
    steps: [{ kinds: ['cancellation.received', 'refund.received'] }, { kinds: ['cancellation.confirmed'] }],
    status: 'open',
    expectations: [
      { expect: 'cancellation.confirmed', status: 'met' },
      { expect: 'refund.confirmed', status: 'pending' },
    ],
  },
  {
    name: 'treats an acknowledgement older than the confirmation on file as history',
    steps: [
      received('cancellation'),
      { kinds: ['refund.confirmed'] },
      { ...received('refund'), sent: new Date(START - 10 * HOUR) },
    ],
    status: 'open',
    expectations: [
      { expect: 'cancellation.confirmed', status: 'pending' },
      { expect: 'refund.confirmed', status: 'met' },
    ],
    lastEvents: ['message.logged'],
  },
  {
    name: 'never dates a promise after the message arrived (a future Date header counts as arrival)',
    steps: [{ ...received('refund', 1), sent: new Date(START + 30 * DAY) }],
    expectations: [{ expect: 'refund.confirmed', status: 'pending', dueAt: iso(START + DAY) }],
  },
  {
    name: 'meets an expectation confirmed and awaited by one message at once (cancelled and refund pending)',
    steps: [{ kinds: ['cancellation.confirmed', 'refund.received'] }],
    status: 'open',
    expectations: [
      { expect: 'refund.confirmed', status: 'pending' },
      { expect: 'cancellation.confirmed', status: 'met' },
    ],
  },
];

describe('Cases: applying a vendor message (state machine)', () => {
  it.each(rows)('$name', (row) => {
    // Act
    const { final, results } = run(row.steps);
    const last = results.at(-1);

    // Assess
    if (row.unmatched) {
      expect(last).toEqual({ kind: 'unmatched', reason: row.unmatched });
      return;
    }
    expect(last?.kind).toBe('case');
    if (row.status) expect(final?.status).toBe(row.status);
    if (row.expectations) {
      const actual = (final?.expectations ?? []).map(({ expect: kind, status, dueAt }) => ({
        expect: kind,
        status,
        dueAt,
      }));
      expect(actual).toEqual(row.expectations.map((expected) => expect.objectContaining(expected)));
    }
    if (row.alertNeeded !== undefined) expect(final?.alertNeeded).toBe(row.alertNeeded);
    if (row.lastEvents && last?.kind === 'case')
      expect(last.events.map((event) => event.type)).toEqual(row.lastEvents);
    // Every message accepted for a case is on its timeline, in order.
    const logged = final?.timeline
      .filter((entry) => entry.type === 'message')
      .map((entry) => entry.details.messageId);
    expect(logged).toEqual(row.steps.map((_step, index) => `msg-${index}`));
  });
});

describe('Cases: facts a message leaves on its case', () => {
  it('records amount, reference and message on the expectation a confirmation meets', () => {
    // Act
    const { final } = run([
      received('refund', 3),
      { kinds: ['refund.confirmed'], amount: '12.00', currency: 'USD', reference: 'CC-4471' },
    ]);

    // Assess
    expect(final?.expectations[0]).toMatchObject({
      status: 'met',
      amount: '12.00',
      currency: 'USD',
      reference: 'CC-4471',
      metByMessageId: 'msg-1',
      metAt: sentAt(1).toISOString(),
      nextAlertAt: null,
    });
    expect(final?.references).toEqual(['CC-4471']);
  });

  it('schedules the rejection alert for the moment the rejection arrived', () => {
    // Act
    const { final } = run([received('refund', 3), { kinds: ['refund.rejected'] }]);

    // Assess
    expect(final?.expectations[0]?.nextAlertAt).toBe(arrival(1).toISOString());
  });

  it('schedules the first alert of a pending expectation at its due time', () => {
    // Act
    const { final } = run([received('refund', 3)]);

    // Assess
    const expectation = final?.expectations[0];
    expect(expectation?.nextAlertAt).toBe(expectation?.dueAt);
    expect(expectation?.source).toEqual({
      kind: 'promise',
      messageId: 'msg-0',
      within: { value: 3, unit: 'days' },
    });
  });

  it('names the case after the vendor and what it awaits', () => {
    // Act
    const { final } = run([
      { ...received('refund'), vendorName: 'Constant Contact', amount: '12.00', currency: 'USD' },
    ]);

    // Assess
    expect(final?.title).toBe('Constant Contact: refund 12.00 USD');
  });

  it('names the vendor as the directory does, whatever the sender called itself', () => {
    // Prepare
    const deps = testTransitionDeps({
      findVendorProfile: (domain) =>
        domain === 'vendor.test'
          ? {
              name: 'Vendor Inc.',
              domains: ['vendor.test'],
              country: 'US',
              timeZone: 'America/New_York',
              billing: null,
              moneyBackGuaranteeDays: null,
            }
          : null,
    });
    const message = (vendor: string) => ({
      id: vendor,
      receivedAt: arrival(0),
      understanding: makeUnderstanding({ kinds: ['refund.received'], vendor, vendorName: 'Billing Team' }),
      rawLocation: null,
    });

    // Act
    const known = applyMessage(null, message('vendor.test'), makeUser(), deps);
    const unknown = applyMessage(null, message('other.test'), makeUser(), deps);

    // Assess
    expect(known.kind === 'case' && known.case.vendor).toEqual({
      domain: 'vendor.test',
      name: 'Vendor Inc.',
    });
    expect(unknown.kind === 'case' && unknown.case.vendor).toEqual({
      domain: 'other.test',
      name: 'Billing Team',
    });
  });

  it('counts deadlines in the vendor time zone and country when the directory knows the vendor', () => {
    // Prepare
    const calendars: DeadlineCalendar[] = [];
    const deps = testTransitionDeps({
      computeDueAt: (promisedAt, _within, calendar) => {
        calendars.push(calendar);
        return promisedAt;
      },
      findVendorProfile: (domain) =>
        domain === 'vendor.test'
          ? {
              name: 'Vendor',
              domains: ['vendor.test'],
              country: 'DE',
              timeZone: 'Europe/Berlin',
              billing: null,
              moneyBackGuaranteeDays: null,
            }
          : null,
    });
    const user = makeUser({ timeZone: 'America/New_York' });
    const message = (vendor: string) => ({
      id: vendor,
      receivedAt: arrival(0),
      understanding: makeUnderstanding({ kinds: ['refund.received'], vendor }),
      rawLocation: null,
    });

    // Act
    applyMessage(null, message('vendor.test'), user, deps);
    applyMessage(null, message('unknown.test'), user, deps);

    // Assess
    expect(calendars).toEqual([
      { timeZone: 'Europe/Berlin', country: 'DE' },
      { timeZone: 'America/New_York', country: null },
    ]);
  });
});
