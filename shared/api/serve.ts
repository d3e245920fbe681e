import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ApiEnv } from './auth';

export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  /** Loopback by default: exposing the API is a deliberate choice. */
  hostname?: string;
}

/** A running local API server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves an app (the same one the Lambda runs) over HTTP with @hono/node-server; resolves once listening. */
export function serveApi(
  app: Pick<Hono<ApiEnv>, 'fetch'>,
  { port, hostname = '127.0.0.1' }: ServeOptions,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
