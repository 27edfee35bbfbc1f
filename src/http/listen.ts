// Binding the one HTTP server, with what goes wrong said in one Dutch-first line
// (no stack trace): a port in use, a port we may not use, a HOST not on this machine.
import { createServer as createNetServer, type Server } from 'node:net';

export class ListenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ListenError';
  }
}

export function describeListenError(err: NodeJS.ErrnoException, port: number, host: string): string {
  switch (err.code) {
    case 'EADDRINUSE':
      return `Poort ${port} is al in gebruik (door een ander programma of een RRO-bot die al draait), kies een andere met PORT=${port === 65535 ? 3001 : port + 1}. / Port ${port} is already in use; choose another with PORT=….`;
    case 'EACCES':
      return `Poort ${port} mag dit proces niet gebruiken (poorten onder 1024 vragen extra rechten), kies een andere met PORT=3000. / Not allowed to use port ${port}; choose another with PORT=….`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST=${host} is geen adres van deze computer, kies 127.0.0.1 (alleen deze computer) of 0.0.0.0 (alle netwerken). / HOST=${host} is not an address of this machine.`;
    default:
      return `Kan niet luisteren op ${host}:${port} (${err.code ?? err.message}). / Cannot listen on ${host}:${port}.`;
  }
}

/** Binds `server` and resolves once it listens; rejects with a ListenError. */
export function listen(server: Server | import('node:http').Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(new ListenError(describeListenError(err, port, host), { cause: err }));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
}

/** Fails early (before the database opens) when the port cannot be had; the real bind later still checks. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createNetServer();
  await listen(probe, port, host);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}
