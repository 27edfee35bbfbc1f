// The one loopback check of the codebase: a request counts as "from this machine"
// only when its socket comes from a loopback address AND its Host header names a
// loopback host. The Host check stops DNS rebinding: a web page on evil.example
// that re-points its name at 127.0.0.1 reaches us from the browser's loopback
// socket, but its requests still say `Host: evil.example`.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isLoopbackIpv4(address: string): boolean {
  const parts = IPV4.exec(address);
  return parts !== null && parts.slice(1).every((p) => Number(p) <= 255) && parts[1] === '127';
}

/** 127.0.0.0/8, ::1, and 127/8 mapped into IPv6 (::ffff:127.x.y.z), in any letter case. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  const mapped = /^(?:::ffff:|0:0:0:0:0:ffff:)(.+)$/.exec(a);
  return isLoopbackIpv4(mapped ? mapped[1]! : a);
}

/** A Host header (with or without port) that names this machine: localhost, 127/8 or [::1]. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const h = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(h);
  if (bracketed) return isLoopbackAddress(bracketed[1]);
  const name = /^([^:]+)(?::\d{1,5})?$/.exec(h)?.[1];
  if (name === undefined) return false;
  return name === 'localhost' || name === 'localhost.' || isLoopbackIpv4(name);
}

export function isLoopbackRequest(req: IncomingMessage): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && isLoopbackHost(req.headers.host);
}

/** Express guard: 403 with `message` (text or JSON) for anyone not on this machine. */
export function loopbackOnly(message: string, format: 'text' | 'json' = 'text'): RequestHandler {
  return (req, res, next) => {
    if (isLoopbackRequest(req)) return next();
    res.status(403);
    if (format === 'json') res.json({ error: message, code: 'loopback_only' });
    else res.type('text/plain; charset=utf-8').send(message);
  };
}
