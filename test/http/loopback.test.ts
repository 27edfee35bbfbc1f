// The one loopback check: socket address AND Host header, over real HTTP. A
// browser tricked by DNS rebinding connects from 127.0.0.1 but says
// `Host: evil.example`; a caller on the network connects from another address.
import express from 'express';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost, loopbackOnly } from '../../src/http/loopback.ts';

/** A local address that is not loopback (eth0), to connect *from* while still dialling 127.0.0.1. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

function get(port: number, host: string | undefined, localAddress?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', ...(localAddress ? { localAddress } : {}), ...(host !== undefined ? { headers: { host } } : { setHost: false }) }, (res) => {
      let body = '';
      res.on('data', (d) => (body += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('isLoopbackAddress / isLoopbackHost', () => {
  it('knows 127/8, ::1 and IPv4-mapped loopback, and nothing that merely looks like it', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '::FFFF:127.9.9.9', '0:0:0:0:0:ffff:127.0.0.1']) expect(isLoopbackAddress(a), a).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '1127.0.0.1', '127.0.0.256', '127.0.0.1.evil', '', undefined]) expect(isLoopbackAddress(a), String(a)).toBe(false);
  });

  it('accepts localhost, 127/8 and [::1] with or without a port, and refuses every other Host', () => {
    for (const h of ['localhost', 'localhost:3000', 'LOCALHOST:3000', '127.0.0.1', '127.0.0.1:3000', '127.1.1.1:80', '[::1]', '[::1]:3000', '[::ffff:127.0.0.1]:3000']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['evil.example', 'evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io', 'evil.localhost', '192.168.1.5:3000', '[fe80::1]:3000', 'localhost:3000:1', '', undefined]) expect(isLoopbackHost(h), String(h)).toBe(false);
  });
});

describe('loopbackOnly over real HTTP', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const app = express();
    app.use(loopbackOnly('alleen vanaf deze computer', 'json'));
    app.get('/', (_req, res) => void res.json({ ok: true }));
    // Bound on every interface (IPv6 any, dual stack: loopback arrives as ::ffff:127.0.0.1),
    // as HOST=0.0.0.0 would: the guard, not the bind, keeps others out.
    server = app.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves a loopback caller that names a loopback host', async () => {
    expect((await get(port, `127.0.0.1:${port}`)).status).toBe(200);
    expect((await get(port, `localhost:${port}`)).status).toBe(200);
  });

  it('refuses a loopback socket with a foreign Host (DNS rebinding) or no Host at all', async () => {
    const rebound = await get(port, 'evil.example:3000');
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toEqual({ error: 'alleen vanaf deze computer', code: 'loopback_only' });
    // Without a Host header node's HTTP/1.1 server refuses it before we do (400).
    expect([400, 403]).toContain((await get(port, undefined)).status);
  });

  it.skipIf(!outsideAddress)('refuses a caller from a non-loopback address, even when it says Host: localhost', async () => {
    expect((await get(port, `localhost:${port}`, outsideAddress)).status).toBe(403);
  });
});
