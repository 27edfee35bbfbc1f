// parseEnv(env): the one place the environment is read and validated. Pure: it takes
// the env as an argument (probot style), so tests pass their own.
import { z } from 'zod';

const ZBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nee'], { error: 'gebruik true of false' })
  .transform((v) => ['true', '1', 'yes', 'ja'].includes(v));

export const ZEnv = z.object({
  PORT: z.coerce.number({ error: 'moet een getal zijn' }).int().min(0).max(65535, 'moet tussen 0 en 65535 liggen').default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'moet beginnen met postgresql:// (bv. postgresql://user:wachtwoord@host:5432/rro)')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Where people reach this server (dashboard links in chat). Default http://localhost:<PORT>. */
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'moet een volledige URL zijn, bv. https://rro.zorg.example')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'kies uit fatal, error, warn, info, debug, trace of silent',
  }).default('info'),
  /** json = one JSON line per event (servers, log shippers); pretty = readable. Unset: pretty on a terminal. */
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'kies json of pretty' }).optional(),
  /** Core turns on a thread of their own (PostgreSQL on a chat platform); false keeps them on the HTTP thread. */
  TURN_THREAD: ZBool.optional(),
  /** Load the demo into an empty database; unset = only for the embedded database. */
  DEMO: ZBool.optional(),
  DEFAULT_TIMEZONE: z
    .string()
    .refine((tz) => isTimeZone(tz), 'is geen bekende tijdzone (bv. Europe/Amsterdam)')
    .default('Europe/Amsterdam'),
  DEFAULT_LANGUAGE: z.enum(['nl', 'en'], { error: 'kies nl of en' }).default('nl'),
  /** SMTP server for the monthly digest by e-mail, e.g. smtp://user:wachtwoord@mail.example.nl:587. Unset: chat only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s/]+(\/[^\s]*)?$/, 'moet beginnen met smtp:// of smtps://, bv. smtp://gebruiker:wachtwoord@mail.example.nl:587')
    .optional(),
  /** From address of the digest e-mail, e.g. "RRO-bot <rro@zorg.example>". */
  DIGEST_MAIL_FROM: z
    .string()
    .regex(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, 'moet een e-mailadres zijn, bv. rro@zorg.example of "RRO-bot <rro@zorg.example>"')
    .optional(),
}).refine((env) => (env.SMTP_URL === undefined) === (env.DIGEST_MAIL_FROM === undefined), {
  path: ['DIGEST_MAIL_FROM'],
  error: 'SMTP_URL en DIGEST_MAIL_FROM horen bij elkaar: zet ze allebei (e-mail aan) of geen van beide (e-mail uit)',
});

export type Config = z.infer<typeof ZEnv>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function parseEnv(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset: `.env` files often carry `FOO=`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ZEnv.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0] ?? '?');
    const value = cleaned[name];
    const shown = value === undefined ? '' : ` (nu: "${name === 'DATABASE_URL' || name === 'SMTP_URL' ? '…' : value}")`;
    return `  ${name}${shown}: ${i.message}. Pas ${name} aan in je omgeving of .env (zie .env.example).`;
  });
  throw new ConfigError(`Ongeldige configuratie / invalid configuration:\n${lines.join('\n')}`);
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
