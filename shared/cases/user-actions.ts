import type { UnmatchedMessage } from '../store/messages';
import type { Case, TimelineEntry } from './case';

/** Ids and the time of a user's action, injected so the transitions stay pure. */
export interface ActionContext {
  at: Date;
  newId: () => string;
}

/** Closes a case: reminders stop (closed cases leave the sweep index); expectations keep their status. */
export function closeCase(caseRecord: Case, context: ActionContext, reason: string | null = null): Case {
  if (caseRecord.status === 'closed') return caseRecord;
  return withStatus(
    caseRecord,
    'closed',
    context,
    reason ? `Closed by the user: ${reason}` : 'Closed by the user',
  );
}

/** Reopens a resolved or closed case, so it matches new vendor mail again. */
export function reopenCase(caseRecord: Case, context: ActionContext): Case {
  if (caseRecord.status === 'open') return caseRecord;
  return withStatus(caseRecord, 'open', context, 'Reopened by the user');
}

/** Holds alerts back until `until` (null lifts the snooze). */
export function snoozeCase(caseRecord: Case, until: Date | null, context: ActionContext): Case {
  const snoozedUntil = until?.toISOString() ?? null;
  if (snoozedUntil === caseRecord.snoozedUntil) return caseRecord;
  const summary = snoozedUntil ? `Alerts snoozed until ${snoozedUntil}` : 'Snooze lifted';
  return appendEntry({ ...caseRecord, snoozedUntil }, context, summary, { snoozedUntil });
}

/**
 * Files an unmatched message on a case at the user's request: it goes on the timeline as the message it was
 * (at its arrival time); it changes no expectation, since it was not understood as one.
 */
export function attachUnmatchedMessage(
  caseRecord: Case,
  message: UnmatchedMessage,
  context: ActionContext,
): Case {
  const entry: TimelineEntry = {
    id: context.newId(),
    at: message.receivedAt,
    type: 'message',
    summary: `Filed by the user: ${message.subject ?? '(no subject)'}`,
    details: {
      messageId: message.messageId,
      subject: message.subject,
      kinds: message.kinds,
      reason: message.reason,
      rawLocation: message.rawLocation,
    },
  };
  return { ...caseRecord, updatedAt: context.at.toISOString(), timeline: [...caseRecord.timeline, entry] };
}

function withStatus(caseRecord: Case, status: Case['status'], context: ActionContext, summary: string): Case {
  return appendEntry({ ...caseRecord, status }, context, summary, { from: caseRecord.status, to: status });
}

function appendEntry(
  caseRecord: Case,
  context: ActionContext,
  summary: string,
  details: TimelineEntry['details'],
): Case {
  const at = context.at.toISOString();
  const entry: TimelineEntry = { id: context.newId(), at, type: 'status', summary, details };
  return { ...caseRecord, updatedAt: at, timeline: [...caseRecord.timeline, entry] };
}
