import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request a local test server received. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A node:http server on 127.0.0.1 and a free port; `handle` answers each request after its body is read. */
export async function startHttpServer(
  handle: (received: ReceivedRequest, response: ServerResponse) => void | Promise<void>,
): Promise<{ url: string; received: ReceivedRequest[]; close: () => Promise<void> }> {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const entry = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    received.push(entry);
    await handle(entry, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => closeServer(server),
  };
}

/** Forwards every request to `target`, keeping a copy of each request, for servers that do not keep them. */
export function recordingProxy(target: string) {
  const upstream = new URL(target);
  return startHttpServer(
    (received, response) =>
      new Promise<void>((resolve, reject) => {
        const forwarded = request(
          {
            host: upstream.hostname,
            port: upstream.port,
            path: received.url,
            method: received.method,
            headers: received.headers,
          },
          (answer) => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(response).on('finish', resolve);
          },
        );
        forwarded.on('error', reject);
        forwarded.end(received.body);
      }),
  );
}

/** Closes a server, its idle keep-alive connections included. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
