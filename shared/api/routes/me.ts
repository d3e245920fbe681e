import { Hono } from 'hono';
import { normalizeAddress } from '../../cases/user';
import { ConcurrentUpdateError } from '../../store/errors';
import { getUser, saveUser } from '../../store/users';
import { type ApiEnv, requireUser } from '../auth';
import type { ApiDeps } from '../deps';
import { ProblemError } from '../problem';
import { updateMeSchema } from '../schemas';
import { readJsonBody } from '../validation';
import { userView } from '../views';
import { windowsFrom } from './windows';

/** The caller's own profile. */
export function meRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const me = new Hono<ApiEnv>();
  me.use('*', requireUser(deps));

  me.get('/', (c) => c.json(userView(c.get('user'))));

  me.patch('/', async (c) => {
    const body = await readJsonBody(c, updateMeSchema);
    let before = c.get('user');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const after = {
        ...before,
        ...(body.timeZone === undefined ? {} : { timeZone: body.timeZone }),
        ...(body.language === undefined ? {} : { language: body.language }),
        ...(body.alertEmail === undefined
          ? {}
          : { alertEmail: body.alertEmail && normalizeAddress(body.alertEmail) }),
        defaultWindows: windowsFrom(before.defaultWindows, body.defaultWindows),
        updatedAt: deps.now().toISOString(),
      };
      try {
        return c.json(userView(await saveUser(deps.table, before, after)));
      } catch (error) {
        if (!(error instanceof ConcurrentUpdateError)) throw error;
        const fresh = await getUser(deps.table, before.id);
        if (fresh === null) break;
        before = fresh;
      }
    }
    throw new ProblemError('conflict', 'your profile is being changed by another request; try again');
  });

  return me;
}
