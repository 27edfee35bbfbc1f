// Loaded before every test file (vitest setupFiles) and by the benchmarks: any
// connection to a host other than the loopback fails at once (no slack.com, no
// Microsoft host, no DNS). Tests talk to stand-ins on 127.0.0.1 only.
import dns from 'node:dns';
import net from 'node:net';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.|localhost$)/;
const GUARDED = Symbol.for('rro-bot.no-network');

if (!(globalThis as Record<symbol, unknown>)[GUARDED]) {
  (globalThis as Record<symbol, unknown>)[GUARDED] = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    // net.connect()/http agents pass their normalised arguments as one array.
    const given = (Array.isArray(args[0]) ? args[0] : args) as unknown[];
    const first = given[0] as { host?: string; path?: string; port?: number } | number | string;
    // Node connects to localhost when no host is given (and a unix socket is local).
    const host = typeof first === 'object' && first !== null ? (first.path ? 'localhost' : first.host ?? 'localhost') : typeof given[1] === 'string' ? given[1] : 'localhost';
    if (!LOOPBACK.test(host)) throw new Error(`Netwerkverbinding naar ${host} geweigerd in een test (alleen 127.0.0.1).`);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = (hostname: string, ...rest: unknown[]) => {
    if (!LOOPBACK.test(hostname)) throw new Error(`DNS-opzoeking van ${hostname} geweigerd in een test.`);
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
}
