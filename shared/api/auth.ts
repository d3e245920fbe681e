import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { User } from '../cases/user';
import { hashToken } from '../store/tokens';
import { findUserByTokenHash } from '../store/users';
import type { ApiDeps } from './deps';
import { ProblemError } from './problem';

/** Per-request values set by the auth middleware. */
export type ApiEnv = { Variables: { user: User } };

/** The bearer token of a request, or null when there is none. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/** Whether `token` is the admin token, in constant time (both sides hashed first so lengths never leak). */
export function isAdminToken(token: string, adminToken: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(token), digest(adminToken));
}

/**
 * Lets through requests carrying a user's API token and puts the user in `c.get('user')`; every handler
 * behind it reads and writes only that user's data.
 */
export function requireUser(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async function requireUserToken(c, next) {
    const token = bearerToken(c.req.header('authorization'));
    if (token === null)
      throw new ProblemError('unauthorized', 'send your API token as "Authorization: Bearer <token>"');
    const user = await findUserByTokenHash(deps.table, hashToken(token));
    if (user === null)
      throw new ProblemError(
        'unauthorized',
        'the API token is not valid (unknown, or replaced by a newer one)',
      );
    c.set('user', user);
    await next();
  };
}

/** Lets through requests carrying the admin token (user management). */
export function requireAdmin(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async function requireAdminToken(c, next) {
    const token = bearerToken(c.req.header('authorization'));
    if (token === null)
      throw new ProblemError('unauthorized', 'send the admin token as "Authorization: Bearer <token>"');
    if (!isAdminToken(token, deps.adminToken)) {
      const isUserToken = (await findUserByTokenHash(deps.table, hashToken(token))) !== null;
      if (isUserToken)
        throw new ProblemError('forbidden', 'this operation needs the admin token, not a user token');
      throw new ProblemError('unauthorized', 'the admin token is not valid');
    }
    await next();
  };
}
