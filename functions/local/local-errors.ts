import { createServer } from 'node:net';

/** A problem that stops the local stack from starting, with a message a person can act on. */
export class LocalSetupError extends Error {
  override name = 'LocalSetupError';
}

/** Fails with a clear message when something already listens on `port` (0 always passes). */
export async function assertPortFree(port: number, what: string, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${error.code})`;
      reject(
        new LocalSetupError(`port ${port} for ${what} ${reason}; stop what holds it or choose another port`),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** A free loopback port, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port assigned')),
      );
    });
  });
}
