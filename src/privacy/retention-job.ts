// The daily retention run of one organisation (03:15 in the team's timezone).
// Every team of the organisation offers the same job; the run key
// retention:<organisationId>:<local date> is claimed once, so it runs once a day
// however many teams there are. A run missed while the bot was down still runs
// later the same day; the statements are idempotent, so a run that is late or
// repeated changes nothing that is not due.
import { DateTime } from 'luxon';
import type { Team } from '../core/register.ts';
import { pickLanguage } from '../core/i18n/translator.ts';
import type { ScheduledJob } from '../core/scheduled-job.ts';
import type { BotDeps } from '../bot/feature.ts';
import type { RetentionPorts } from './retention-policy.ts';

export function buildRetentionJob(team: Team, ports: RetentionPorts, deps: BotDeps): ScheduledJob {
  const zone = team.timezone;
  const localDay = (at: Date) => DateTime.fromJSDate(at, { zone }).toISODate();
  return {
    id: `retention:${team.organisationId}`,
    cron: '15 3 * * *',
    timeZone: zone,
    runKey: (at) => `retention:${team.organisationId}:${localDay(at)}`,
    usefulUntil: (at) => DateTime.fromJSDate(at, { zone }).endOf('day').toJSDate(),
    handler: async () => {
      const organisation = await deps.ports.organisations.find(team.organisationId);
      if (!organisation) return;
      const marker = deps.t(pickLanguage(organisation.language), 'avg.redacted');
      const run = await ports.apply(team.organisationId, deps.clock.now(), marker);
      deps.log.info({ organisationId: team.organisationId, ...run }, 'bewaartermijnen toegepast');
    },
  };
}
