// The monthly management digest: on the first working day of the month at 09:00,
// each manager gets a DM with last month's figures and successes — also in a month
// without successes — and, when e-mail is set up, the same digest by e-mail.
//
// Every team of an organisation offers the same job (id digest:<organisationId>);
// the run key digest:<organisationId>:<YYYY-MM> is claimed once, so the digest goes
// out once per organisation however many teams it has. Chat and e-mail are separate
// outbox rows: a failing mail server is retried on its own and never holds up the DM.
import { DateTime } from 'luxon';
import type { Platform } from '../../core/identity.ts';
import type { OutboxDelivery } from '../../core/outbound.ts';
import type { Team } from '../../core/register.ts';
import { isFirstWorkingDayOfMonth } from '../../domain/first-working-day.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { describeDigest } from './describe-digest.ts';
import { computeDigestFigures } from './digest-figures.ts';
import { buildDigestMail, buildDigestMessage } from './digest-message.ts';
import type { DigestPorts } from './digest-ports.ts';

export interface DigestOptions {
  /** Base URL of this server, for the link to the printable page. */
  publicUrl: string;
  /** Also send the digest by e-mail to managers with an address (SMTP configured). */
  mail: boolean;
}

export function buildDigestJob(team: Team, ports: DigestPorts, deps: BotDeps, options: DigestOptions): ScheduledJob {
  const zone = team.timezone;
  const reportedMonth = (at: Date) => DateTime.fromJSDate(at, { zone }).startOf('month').minus({ months: 1 }).toFormat('yyyy-MM');
  return {
    id: `digest:${team.organisationId}`,
    cron: '0 9 * * 1-5',
    timeZone: zone,
    runKey: (at) => `digest:${team.organisationId}:${reportedMonth(at)}`,
    appliesTo: (at) => isFirstWorkingDayOfMonth(localDateOf(at, zone)),
    usefulUntil: (at) => DateTime.fromJSDate(at, { zone }).endOf('day').toJSDate(),
    handler: async (at) => {
      const month = reportedMonth(at);
      const organisation = await deps.ports.organisations.find(team.organisationId);
      if (!organisation) return;
      const managers = await ports.listManagers(team.organisationId);
      if (managers.length === 0) return;
      const figures = await computeDigestFigures(ports, team.organisationId, month, organisation.timezone, at);
      const pageUrl = `${options.publicUrl.replace(/\/+$/, '')}/dashboard/digest/${month}`;
      const items: { key: string; delivery: OutboxDelivery }[] = managers.flatMap((m) => {
        const lang = pickLanguage(m.language, team.language, organisation.language);
        const t = (key: string, values?: Record<string, string | number>) => deps.t(lang, key, values);
        const described = describeDigest(t, lang, figures);
        const chat = {
          key: `digest:${month}:${m.id}`,
          delivery: { type: 'post' as const, platform: organisation.platform as Platform, to: { kind: 'person' as const, staffId: m.id }, message: buildDigestMessage(t, described, pageUrl) },
        };
        if (!options.mail || !m.email) return [chat];
        return [chat, { key: `digest-mail:${month}:${m.id}`, delivery: { type: 'mail' as const, platform: 'mail' as const, to: { kind: 'person' as const, staffId: m.id }, ...buildDigestMail(t, described, pageUrl) } }];
      });
      await deps.ports.outbox.enqueue(items);
      deps.notifyOutbox();
    },
  };
}
