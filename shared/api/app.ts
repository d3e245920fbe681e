import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ApiEnv } from './auth';
import type { ApiDeps } from './deps';
import { ProblemError, problemResponse } from './problem';
import { casesRoutes } from './routes/cases';
import { meRoutes } from './routes/me';
import { messagesRoutes } from './routes/messages';
import { metaRoutes } from './routes/meta';
import { usersRoutes } from './routes/users';

// Bodies are small JSON documents; anything bigger is a mistake or abuse.
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The inbox-watcher HTTP API: one Hono app for the Lambda (functions/api.ts) and the local Node server
 * (serveApi). Errors become RFC 9457 problem+json responses.
 */
export function createApp(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problemResponse(c, 'tooLarge', `the request body is over ${MAX_BODY_BYTES} bytes`),
    }),
  );

  app.route('/', metaRoutes());
  app.route('/v1/users', usersRoutes(deps));
  app.route('/v1/me', meRoutes(deps));
  app.route('/v1/cases', casesRoutes(deps));
  app.route('/v1/messages', messagesRoutes(deps));

  app.notFound((c) => problemResponse(c, 'notFound', `there is no ${c.req.method} ${c.req.path}; see /docs`));

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.kind, error.detail, error.errors);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, 'validation', error.message || 'the request could not be read');
    }
    deps.logger.error('request failed', { method: c.req.method, path: c.req.path, error });
    return problemResponse(c, 'internal', 'something went wrong on our side; it has been logged');
  });

  return app;
}
