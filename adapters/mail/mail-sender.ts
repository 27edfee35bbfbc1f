// E-mail for the outbox (platform 'mail') over SMTP with nodemailer: the outbox row
// names the staff member, the address is looked up at send time (an erased person
// has none, and no address sits in the outbox). SMTP 5xx answers are permanent
// (dead-lettered at once); connection trouble and 4xx are retried by the worker.
// The Message-ID is derived from the content, so a retry after a lost answer carries
// the same id and mail servers and clients can recognise the duplicate.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { MailDelivery } from '../../src/core/outbound.ts';
import { PermanentDeliveryError, type MailSender } from '../../src/core/platform-sender.ts';

export interface MailSenderOptions {
  /** smtp://user:pass@host:587 or smtps://…:465 (SMTP_URL). */
  smtpUrl: string;
  /** The From header (DIGEST_MAIL_FROM). */
  from: string;
  emailOf(staffId: string): Promise<string | null>;
  /** Per attempt; the worker's own deadline still applies. Default 20 s. */
  timeoutMs?: number;
}

export function createMailSender(opts: MailSenderOptions): MailSender & { close(): void } {
  const timeout = opts.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({ url: opts.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  const domain = /@([^>\s]+)>?\s*$/.exec(opts.from)?.[1] ?? 'rro-bot.local';
  return {
    platform: 'mail',
    async deliver(delivery: MailDelivery) {
      const to = await opts.emailOf(delivery.to.staffId);
      if (!to) throw new PermanentDeliveryError('geen e-mailadres bekend voor deze persoon');
      const id = createHash('sha256').update(JSON.stringify(delivery)).digest('hex').slice(0, 32);
      try {
        const info = await transport.sendMail({ from: opts.from, to, subject: delivery.subject, text: delivery.text, html: delivery.html, messageId: `<${id}@${domain}>` });
        return { ref: info.messageId };
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        if (code !== undefined && code >= 500 && code < 600) throw new PermanentDeliveryError(`SMTP weigerde de e-mail (${code})`);
        throw err;
      }
    },
    close: () => transport.close(),
  };
}
