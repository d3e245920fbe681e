import { Hono } from 'hono';
import { attachMessage } from '../../cases/manual-case';
import { getUserCase, saveCase } from '../../store/cases';
import { ConcurrentUpdateError, InvalidCursorError } from '../../store/errors';
import {
  getUnmatchedMessage,
  listUnmatchedMessages,
  unmatchedMessageDeleteWrite,
} from '../../store/messages';
import { type ApiEnv, requireUser } from '../auth';
import type { ApiDeps } from '../deps';
import { ProblemError } from '../problem';
import { attachMessageSchema, listMessagesQuerySchema } from '../schemas';
import { readJsonBody, readQuery } from '../validation';
import { caseView, unmatchedMessageView } from '../views';
import { caseNotFound } from './cases';

const DEFAULT_PAGE_SIZE = 20;

/** Accepted messages that matched no case, and attaching one to a case. */
export function messagesRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const messages = new Hono<ApiEnv>();
  messages.use('*', requireUser(deps));

  messages.get('/', async (c) => {
    const query = readQuery(c, listMessagesQuerySchema);
    try {
      const page = await listUnmatchedMessages(deps.table, c.get('user').id, {
        limit: query.limit === undefined ? DEFAULT_PAGE_SIZE : Number(query.limit),
        cursor: query.cursor,
      });
      return c.json({ items: page.items.map(unmatchedMessageView), nextCursor: page.nextCursor });
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new ProblemError('validation', `the cursor is not valid for this listing: ${error.message}`, [
          { parameter: 'cursor', detail: 'use a nextCursor returned by this same listing' },
        ]);
      }
      throw error;
    }
  });

  // Moves the message onto the case's timeline and off the unmatched list in one transaction.
  messages.post('/:id/case', async (c) => {
    const body = await readJsonBody(c, attachMessageSchema);
    const user = c.get('user');
    const messageId = c.req.param('id');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const message = await getUnmatchedMessage(deps.table, user.id, messageId);
      if (message === null) throw new ProblemError('notFound', `you have no unmatched message ${messageId}`);
      const before = await getUserCase(deps.table, user.id, body.caseId);
      if (before === null) throw caseNotFound(body.caseId);
      const now = deps.now();
      const after = attachMessage(before, message, deps.transition, now);
      try {
        const saved = await saveCase(deps.table, { before, after }, [
          unmatchedMessageDeleteWrite(deps.table, user.id, messageId),
        ]);
        return c.json(caseView(saved, user, now));
      } catch (error) {
        if (!(error instanceof ConcurrentUpdateError)) throw error;
      }
    }
    throw new ProblemError(
      'conflict',
      'the case or the message is being changed by another request; try again',
    );
  });

  return messages;
}
