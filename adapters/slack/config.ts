// The Slack adapter's settings from the environment. No SLACK_BOT_TOKEN means the
// adapter is off; with a token, every other setting is checked here so a wrong
// value stops the start with a message that names the variable and the fix.
import { z } from 'zod';

const opt = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

const ZSlackEnv = z.object({
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-[A-Za-z0-9-]+$/, {
    error: 'SLACK_BOT_TOKEN is geen bot-token (het moet beginnen met "xoxb-"). Kopieer het "Bot User OAuth Token" onder OAuth & Permissions van je Slack-app. / SLACK_BOT_TOKEN must be a bot token starting with "xoxb-".',
  }),
  SLACK_SIGNING_SECRET: z.string({
    error: 'SLACK_SIGNING_SECRET ontbreekt: zonder geheim kan RRO-bot niet controleren dat verzoeken echt van Slack komen. Kopieer het "Signing Secret" onder Basic Information van je Slack-app. / SLACK_SIGNING_SECRET is missing.',
  }).trim().regex(/^[0-9a-f]{16,}$/i, {
    error: 'SLACK_SIGNING_SECRET ziet er niet uit als een Slack signing secret (hexadecimaal, meestal 32 tekens). Kopieer het opnieuw onder Basic Information → App Credentials. / SLACK_SIGNING_SECRET does not look like a Slack signing secret.',
  }),
  SLACK_APP_TOKEN: opt(z.string().regex(/^xapp-[A-Za-z0-9-]+$/, {
    error: 'SLACK_APP_TOKEN moet beginnen met "xapp-" (een app-level token met connections:write, voor Socket Mode). Laat het leeg om via HTTP te werken. / SLACK_APP_TOKEN must start with "xapp-".',
  })),
  SLACK_API_URL: opt(z.url({
    protocol: /^https?$/,
    error: 'SLACK_API_URL is geen geldige URL. Gebruik bijvoorbeeld https://slack-gov.com/api/ voor GovSlack, of laat het leeg voor https://slack.com/api/. / SLACK_API_URL is not a valid URL.',
  })),
  SLACK_COMMAND: opt(z.string().regex(/^\/[a-z0-9_-]{1,31}$/, {
    error: 'SLACK_COMMAND moet een slash-commando zijn zoals /rro (kleine letters, cijfers, - of _). / SLACK_COMMAND must look like /rro.',
  })),
  SLACK_BOT_USER_ID: opt(z.string().regex(/^[UW][A-Z0-9]+$/, {
    error: 'SLACK_BOT_USER_ID moet een Slack-gebruikers-id zijn (begint met U of W). Laat het leeg om het bij de start op te vragen. / SLACK_BOT_USER_ID must be a Slack user id.',
  })),
  SLACK_BOT_ID: opt(z.string().regex(/^B[A-Z0-9]+$/, {
    error: 'SLACK_BOT_ID moet een Slack-bot-id zijn (begint met B). Laat het leeg om het bij de start op te vragen. / SLACK_BOT_ID must be a Slack bot id.',
  })),
});

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Socket Mode when set (no public URL needed). */
  appToken?: string;
  /** Another Web API base (GovSlack, the test stand-in); Slack's own when absent. */
  apiUrl?: string;
  commandName: string;
  /** With both ids known, start-up makes no auth.test call. */
  botUserId?: string;
  botId?: string;
}

/** null when SLACK_BOT_TOKEN is not set (the adapter stays off); throws a Dutch-first error otherwise. */
export function parseSlackEnv(env: Record<string, string | undefined>): SlackConfig | null {
  if (!env.SLACK_BOT_TOKEN || env.SLACK_BOT_TOKEN.trim() === '') return null;
  const parsed = ZSlackEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Slack-instellingen kloppen niet:\n${parsed.error.issues.map((i) => `- ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  if ((e.SLACK_BOT_USER_ID === undefined) !== (e.SLACK_BOT_ID === undefined)) {
    throw new Error('Slack-instellingen kloppen niet:\n- Zet SLACK_BOT_USER_ID en SLACK_BOT_ID allebei, of geen van beide (dan vraagt RRO-bot ze bij de start op met auth.test). / Set both or neither.');
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    commandName: e.SLACK_COMMAND ?? '/rro',
    ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
    ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` } : {}),
    ...(e.SLACK_BOT_USER_ID ? { botUserId: e.SLACK_BOT_USER_ID } : {}),
    ...(e.SLACK_BOT_ID ? { botId: e.SLACK_BOT_ID } : {}),
  };
}
