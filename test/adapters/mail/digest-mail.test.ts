// The digest by e-mail against a local SMTP stand-in on 127.0.0.1 (smtp-server): the
// mail arrives with its subject and a text and an HTML part; while the mail server
// refuses, the chat DM goes out anyway and the mail is retried — delivered once.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailSender } from '../../../adapters/mail/mail-sender.ts';
import { createDigestFeature } from '../../../src/features/digest/digest-feature.ts';
import { createDigestStore } from '../../../src/store/digest-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / ?B?) as nodemailer writes a subject. */
function decodeWords(header: string): string {
  return header.replace(/\r?\n[ \t]/g, ' ').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'));
}

function decodePart(raw: string, type: string): string {
  const part = raw.split(/\r?\n--/).find((p) => new RegExp(`Content-Type: ${type}`, 'i').test(p));
  if (!part) throw new Error(`no ${type} part`);
  const [head, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head!)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head!)) {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
  }
  return body;
}

describe('digest by e-mail', () => {
  let h: BotHarness;
  let smtp: SMTPServer;
  let refusing = true;
  const received: { to: string[]; raw: string }[] = [];
  let gerard: { id: string };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (refusing) return callback(Object.assign(new Error('Probeer het later opnieuw'), { responseCode: 451 }));
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const port = (smtp.server.address() as AddressInfo).port;
    h = await createBotHarness({
      now: NOW,
      features: (deps, db) => [createDigestFeature(createDigestStore(db.prisma), deps, { publicUrl: 'https://rro.zorg.example', mail: true })],
    });
    await h.db.prisma.staff.updateMany({ where: { role: 'manager' }, data: { email: null } });
    gerard = await h.db.prisma.staff.update({ where: { id: (await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Gerard van Wijk' } })).id }, data: { email: 'gerard@zorg.example' } });
    h.runtime.addSender(createMailSender({
      smtpUrl: `smtp://127.0.0.1:${port}`, from: 'RRO-bot <rro@zorg.example>', timeoutMs: 5_000,
      emailOf: async (staffId) => (await h.db.prisma.staff.findUnique({ where: { id: staffId } }))?.email ?? null,
    }));
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  const mailRow = () => h.db.prisma.outbox.findUniqueOrThrow({ where: { idempotencyKey: `digest-mail:2026-11:${gerard.id}` } });
  const chatTo = (id: string) => h.platform.sent.filter((s) => s.to === `person:${id}` && s.text.startsWith('MAANDOVERZICHT'));

  it('a refusing mail server holds up nothing: the chat DM goes out, the mail waits for a retry', async () => {
    await h.advanceTo(new Date('2026-12-01T08:30:00Z'));
    expect(chatTo(gerard.id)).toHaveLength(1);
    const row = await mailRow();
    expect(row).toMatchObject({ status: 'pending', platform: 'mail' });
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.lastError).toContain('451');
    expect(received).toHaveLength(0);
    // Only managers with an address get a mail row, and no address is stored in it.
    expect(await h.db.prisma.outbox.count({ where: { idempotencyKey: { startsWith: 'digest-mail:' } } })).toBe(1);
    expect(JSON.stringify(row.payload)).not.toContain('gerard@zorg.example');
  });

  it('once the mail server accepts, the mail arrives once with subject, text and HTML', async () => {
    refusing = false;
    await h.advanceTo(new Date('2026-12-01T09:30:00Z'));
    await h.advanceTo(new Date('2026-12-01T10:30:00Z'));
    expect(received).toHaveLength(1);
    expect((await mailRow()).status).toBe('sent');
    expect(chatTo(gerard.id)).toHaveLength(1); // the retry did not send the chat message again
    const { to, raw } = received[0]!;
    expect(to).toEqual(['gerard@zorg.example']);
    const subject = decodeWords(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)![1]!);
    expect(subject).toBe('Maandoverzicht relatiebeheer — november 2026');
    expect(raw).toMatch(/^From: "RRO-bot" <rro@zorg\.example>/m);
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    const text = decodePart(raw, 'text/plain');
    expect(text).toContain('Dekking per niveau');
    expect(text).toContain('Samenwerkingen: geen scanronde gesloten deze maand');
    expect(text).toContain('https://rro.zorg.example/dashboard/digest/2026-11');
    expect(text).not.toContain('*'); // chat markup is not e-mail markup
    const html = decodePart(raw, 'text/html');
    expect(html).toContain('<h1 style="font-size:20px">Maandoverzicht relatiebeheer — november 2026</h1>');
    expect(html).toContain('href="https://rro.zorg.example/dashboard/digest/2026-11"');
  });
});
