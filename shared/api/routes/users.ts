import { Hono } from 'hono';
import { DEFAULT_PROMISE_WINDOWS, newUser, normalizeAddress } from '../../cases/user';
import {
  ConcurrentUpdateError,
  ForwardingAddressTakenError,
  WatchAddressTakenError,
} from '../../store/errors';
import { issueToken } from '../../store/tokens';
import { getUser, saveUser } from '../../store/users';
import { type ApiEnv, requireAdmin } from '../auth';
import type { ApiDeps } from '../deps';
import { ProblemError } from '../problem';
import { createUserSchema } from '../schemas';
import { readJsonBody } from '../validation';
import { userView } from '../views';
import { windowsFrom } from './windows';

/** User management (admin token): create a user, rotate a user's API token. */
export function usersRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const users = new Hono<ApiEnv>();
  users.use('*', requireAdmin(deps));

  users.post('/', async (c) => {
    const body = await readJsonBody(c, createUserSchema);
    const token = issueToken();
    const user = newUser({
      id: deps.transition.newId(),
      email: normalizeAddress(body.email),
      forwardingAddresses: body.forwardingAddresses,
      watchAddresses: body.watchAddresses,
      alertEmail: body.alertEmail ? normalizeAddress(body.alertEmail) : null,
      timeZone: body.timeZone,
      language: body.language,
      defaultWindows: windowsFrom(DEFAULT_PROMISE_WINDOWS, body.defaultWindows),
      tokenHashes: [token.hash],
      at: deps.now(),
    });
    try {
      const saved = await saveUser(deps.table, null, user);
      c.header('location', `/v1/users/${saved.id}`);
      return c.json({ user: userView(saved), token: token.token }, 201);
    } catch (error) {
      if (error instanceof ForwardingAddressTakenError) {
        throw new ProblemError(
          'conflict',
          `the forwarding address ${error.address} already belongs to another user`,
        );
      }
      if (error instanceof WatchAddressTakenError) {
        throw new ProblemError(
          'conflict',
          `the watch address ${error.address} already belongs to another user`,
        );
      }
      throw error;
    }
  });

  users.post('/:id/tokens', async (c) => {
    const userId = c.req.param('id');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const before = await getUser(deps.table, userId);
      if (before === null) throw new ProblemError('notFound', `there is no user ${userId}`);
      const token = issueToken();
      try {
        // Replacing every hash revokes all earlier tokens with the same write.
        await saveUser(deps.table, before, {
          ...before,
          tokenHashes: [token.hash],
          updatedAt: deps.now().toISOString(),
        });
        return c.json({ token: token.token }, 201);
      } catch (error) {
        if (!(error instanceof ConcurrentUpdateError)) throw error;
      }
    }
    throw new ProblemError('conflict', `user ${userId} is being changed by another request; try again`);
  });

  return users;
}
