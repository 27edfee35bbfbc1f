// The playground lets anyone act as anyone: only this computer may use it,
// unless the operator explicitly allows remote access.
import type { RequestHandler } from 'express';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && (LOOPBACK.has(address) || address.startsWith('127.'));
}

export function loopbackGuard(allowRemote: boolean, message: string): RequestHandler {
  return (req, res, next) => {
    if (allowRemote || isLoopbackAddress(req.socket.remoteAddress)) return next();
    res.status(403).type('text/plain; charset=utf-8').send(message);
  };
}
