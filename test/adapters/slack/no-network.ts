// Imported first by every Slack test: any connection to a host other than the
// loopback fails the test at once (no slack.com, no DNS).
import dns from 'node:dns';
import net from 'node:net';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.|localhost$)/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  const host = typeof first === 'object' && first !== null ? first.host ?? (first.path ? 'localhost' : undefined) : typeof args[1] === 'string' ? args[1] : undefined;
  if (host !== undefined && !LOOPBACK.test(host)) throw new Error(`Netwerkverbinding naar ${host} geweigerd in een test (alleen 127.0.0.1).`);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const lookup = dns.lookup;
(dns as { lookup: unknown }).lookup = (hostname: string, ...rest: unknown[]) => {
  if (!LOOPBACK.test(hostname)) throw new Error(`DNS-opzoeking van ${hostname} geweigerd in een test.`);
  return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
};

// A developer's shell must not leak real Slack credentials into a test.
for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL']) delete process.env[name];
