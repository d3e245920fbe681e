import { describe, expect, it } from 'vitest';
import { applyMessage } from '../../../shared/cases/apply-message';
import { type Case, sweepAt } from '../../../shared/cases/case';
import { forwarderCandidates, unwrapEnvelopeSender } from '../../../shared/cases/forwarder';
import { chooseCase } from '../../../shared/cases/match-case';
import {
  attachUnmatchedMessage,
  closeCase,
  reopenCase,
  snoozeCase,
} from '../../../shared/cases/user-actions';
import { newUnmatchedMessage } from '../../../shared/store/messages';
import { makeUnderstanding, makeUser, sequentialIds, testTransitionDeps } from '../../helpers/case-builders';

const at = new Date('2026-03-02T10:00:00.000Z');

function caseFor(spec: Parameters<typeof makeUnderstanding>[0], createdAt = at, id = 'case'): Case {
  const result = applyMessage(
    null,
    { id: `msg-${id}`, receivedAt: createdAt, understanding: makeUnderstanding(spec), rawLocation: null },
    makeUser(),
    testTransitionDeps({ newId: sequentialIds(id) }),
  );
  if (result.kind !== 'case') throw new Error('expected a case');
  return result.case;
}

const context = { at: new Date('2026-03-03T09:00:00.000Z'), newId: sequentialIds('action') };

describe('Cases: user actions', () => {
  it('closes a case and takes its expectations out of the sweep', () => {
    // Prepare
    const open = caseFor({ kinds: ['refund.received'] });

    // Act
    const closed = closeCase(open, context, 'called the bank');

    // Assess
    expect(closed.status).toBe('closed');
    expect(closed.expectations[0]?.status).toBe('pending');
    expect(sweepAt(closed, closed.expectations[0] as Case['expectations'][number])).toBeNull();
    expect(closed.timeline.at(-1)).toMatchObject({
      type: 'status',
      summary: 'Closed by the user: called the bank',
    });
  });

  it('reopens a closed case and puts its expectations back in the sweep', () => {
    // Prepare
    const closed = closeCase(caseFor({ kinds: ['refund.received'] }), context);

    // Act
    const reopened = reopenCase(closed, context);

    // Assess
    const expectation = reopened.expectations[0] as Case['expectations'][number];
    expect(reopened.status).toBe('open');
    expect(sweepAt(reopened, expectation)).toBe(expectation.dueAt);
  });

  it('pushes the sweep time to the end of a snooze that outlasts the due time', () => {
    // Prepare
    const open = caseFor({ kinds: ['refund.received'] });
    const expectation = open.expectations[0] as Case['expectations'][number];
    const later = new Date(Date.parse(expectation.dueAt) + 86_400_000);

    // Act
    const snoozed = snoozeCase(open, later, context);
    const lifted = snoozeCase(snoozed, null, context);

    // Assess
    expect(sweepAt(snoozed, expectation)).toBe(later.toISOString());
    expect(sweepAt(lifted, expectation)).toBe(expectation.dueAt);
  });

  it('files an unmatched message on the timeline at its arrival time, leaving expectations alone', () => {
    // Prepare
    const open = caseFor({ kinds: ['refund.received'] });
    const message = newUnmatchedMessage({
      userId: open.userId,
      messageId: 'ses-9',
      receivedAt: '2026-03-02T12:00:00.000Z',
      reason: 'unrelated',
      error: null,
      subject: 'Re: your refund',
      vendorDomain: 'vendor.test',
      vendorName: null,
      kinds: [],
      sizeBytes: 10,
      rawLocation: null,
    });

    // Act
    const filed = attachUnmatchedMessage(open, message, context);

    // Assess
    expect(filed.expectations).toEqual(open.expectations);
    expect(filed.timeline.at(-1)).toMatchObject({
      type: 'message',
      at: message.receivedAt,
      details: { messageId: 'ses-9' },
    });
  });

  it('leaves met expectations out of the sweep', () => {
    // Prepare
    const resolved = caseFor({ kinds: ['refund.confirmed'] });

    // Act
    const times = resolved.expectations.map((expectation) => sweepAt(resolved, expectation));

    // Assess
    expect(times).toEqual([null]);
  });
});

describe('Cases: choosing among open cases with one vendor', () => {
  const older = caseFor(
    { kinds: ['refund.received'], reference: 'ORD-1 234' },
    new Date('2026-03-01T00:00:00Z'),
    'older',
  );
  const newer = caseFor({ kinds: ['cancellation.received'] }, new Date('2026-03-02T00:00:00Z'), 'newer');

  it('prefers the case whose reference the message quotes, however it is spaced', () => {
    expect(chooseCase([newer, older], makeUnderstanding({ kinds: [], reference: 'ORD1234' }))?.id).toBe(
      older.id,
    );
  });

  it('prefers the case awaiting what the message speaks of', () => {
    expect(chooseCase([newer, older], makeUnderstanding({ kinds: ['refund.confirmed'] }))?.id).toBe(older.id);
  });

  it('falls back to the newest case', () => {
    expect(chooseCase([older, newer], makeUnderstanding({ kinds: [] }))?.id).toBe(newer.id);
  });

  it('finds nothing among no cases', () => {
    expect(chooseCase([], makeUnderstanding({ kinds: ['refund.received'] }))).toBeNull();
  });
});

describe('Cases: who sent the mail to the watcher', () => {
  const raw = Buffer.from(
    'From: "Maria" <Maria@Example.org>\r\nX-Forwarded-For: maria@example.org watch@inbox.test\r\nSubject: x\r\n\r\nbody',
  );

  it('reads the forwarder, then the outer From, then the envelope sender, then X-Forwarded-For', () => {
    const understanding = makeUnderstanding({ forwarder: 'Forwarder@Mail.test' });
    expect(forwarderCandidates(raw, understanding, 'bounce@mail.test')).toEqual([
      'forwarder@mail.test',
      'maria@example.org',
      'bounce@mail.test',
    ]);
  });

  it('reads the outer From from the raw headers when the message could not be understood', () => {
    expect(forwarderCandidates(raw, null, null)).toEqual(['maria@example.org']);
  });

  it('undoes SRS and Gmail forwarding tags on the envelope sender', () => {
    expect(unwrapEnvelopeSender('SRS0=HHH=TT=example.org=maria@forwarder.test')).toBe('maria@example.org');
    expect(unwrapEnvelopeSender('maria+caf_=watch=inbox.test@gmail.com')).toBe('maria@gmail.com');
  });
});
