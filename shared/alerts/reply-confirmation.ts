import type { Expectation } from '../cases/case';
import { formatDateTime } from './alert-time';
import type { AlertCatalogue } from './catalogue';
import {
  type AlertContext,
  alertContextFor,
  type CaseEmailInput,
  caseSection,
  commandList,
  dueText,
  envelopeOf,
} from './compose';
import { assembleAlert, type ComposedAlert } from './composed-alert';
import { type Block, fill, fillText, type Inline } from './document';
import type { ReplyCommand } from './reply-command';

/** What a confirmation is made from: the command as applied, and the case (and expectation) afterwards. */
export interface ReplyConfirmationInput extends CaseEmailInput {
  /** The command applied; null when the reply held none (the confirmation then lists the commands). */
  command: ReplyCommand | null;
  /** The expectation `done` or `extend` changed, after the change; required for those two. */
  expectation: Expectation | null;
  /** The Message-ID of the user's reply, so the confirmation threads under it. */
  replyMessageId: string | null;
}

/**
 * The short email confirming a reply command ("Constant Contact: alerts snoozed until Thu 3 Dec, 09:00 CET"),
 * or, when no command was found, one listing the commands. Threaded with the case's alerts and marked
 * Auto-Submitted: auto-replied.
 * @throws RangeError when `done`/`extend` come without their expectation or `snooze` without `snoozedUntil`.
 */
export function composeReplyConfirmation(input: ReplyConfirmationInput): ComposedAlert {
  const { caseRecord } = input;
  const { language, context } = alertContextFor(input, input.expectation);
  const catalogue = context.catalogue;
  const { outcome, body, extra } = describeOutcome(context, input.command, input.expectation);
  const blocks: Block[] = [
    { kind: 'paragraph', text: body, emphasis: true },
    ...extra,
    ...caseSection(context),
  ];
  return assembleAlert(envelopeOf(input, input.replyMessageId), {
    subject: fillText(catalogue.subjects.confirmation, { vendor: context.vendor, outcome }),
    blocks,
    meta: {
      reason: 'reply-confirmation',
      vendor: { ...caseRecord.vendor },
      dueAt: input.expectation?.dueAt ?? null,
      language,
    },
  });
}

function describeOutcome(
  context: AlertContext,
  command: ReplyCommand | null,
  expectation: Expectation | null,
): { outcome: string; body: Inline[]; extra: Block[] } {
  const { catalogue: c, vendor } = context;
  const confirmation = c.confirmation;
  switch (command?.command) {
    case undefined:
      return {
        outcome: confirmation.notUnderstood,
        body: fill(confirmation.notUnderstoodBody),
        extra: [commandList(c, ['done', 'snooze', 'extend', 'close', 'reopen'])],
      };
    case 'snooze': {
      const until = context.caseRecord.snoozedUntil;
      if (until === null) throw new RangeError("a snooze confirmation needs the case's snoozedUntil");
      const date = formatDateTime(until, context.user.timeZone, c);
      return {
        outcome: fillText(confirmation.snoozed, { date }),
        body: fill(confirmation.snoozedBody, { date }),
        extra: [],
      };
    }
    case 'extend': {
      const changed = required(expectation, 'extend');
      const expected = expectedLabel(c, changed);
      const due = formatDateTime(changed.dueAt, context.vendorZone, c);
      return {
        outcome: fillText(confirmation.extended, { expected, due }),
        body: fill(confirmation.extendedBody, { vendor, expected, due: dueText(context, changed.dueAt) }),
        extra: [],
      };
    }
    case 'done': {
      const expected = expectedLabel(c, required(expectation, 'done'));
      return {
        outcome: fillText(confirmation.done, { expected }),
        body: fill(confirmation.doneBody, { expected }),
        extra: [],
      };
    }
    case 'close':
      return { outcome: confirmation.closed, body: fill(confirmation.closedBody), extra: [] };
    case 'reopen':
      return { outcome: confirmation.reopened, body: fill(confirmation.reopenedBody), extra: [] };
  }
}

function required(expectation: Expectation | null, command: string): Expectation {
  if (expectation === null)
    throw new RangeError(`a "${command}" confirmation needs the expectation it changed`);
  return expectation;
}

function expectedLabel(c: AlertCatalogue, expectation: Expectation): string {
  return c.expected[expectation.expect];
}
