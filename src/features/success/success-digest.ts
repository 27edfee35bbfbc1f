// The monthly success digest for management: on the first working day of the
// month at 09:00, each manager gets a DM with last month's successes.
//
// Every team of an organisation offers the same job (id digest:<organisationId>);
// the run key digest:<organisationId>:<YYYY-MM> is claimed once, so the digest
// goes out once per organisation however many teams it has.
import { DateTime } from 'luxon';
import type { Message } from '../../core/message.ts';
import type { Platform } from '../../core/identity.ts';
import type { Team } from '../../core/register.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { isWorkingDay } from '../../domain/working-days.ts';
import { pickLanguage, type Language } from '../../core/i18n/translator.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import type { BotDeps } from '../../bot/feature.ts';
import type { SuccessPorts, SuccessSummary } from './success-ports.ts';

const MAX_ITEMS = 20;

export function buildDigestJob(team: Team, ports: SuccessPorts, deps: BotDeps): ScheduledJob {
  const zone = team.timezone;
  const reportedMonth = (at: Date) => DateTime.fromJSDate(at, { zone }).startOf('month').minus({ months: 1 });
  return {
    id: `digest:${team.organisationId}`,
    cron: '0 9 * * 1-5',
    timeZone: zone,
    runKey: (at) => `digest:${team.organisationId}:${reportedMonth(at).toFormat('yyyy-MM')}`,
    appliesTo: (at) => isFirstWorkingDayOfMonth(localDateOf(at, zone)),
    usefulUntil: (at) => DateTime.fromJSDate(at, { zone }).endOf('day').toJSDate(),
    handler: async (at) => {
      const month = reportedMonth(at);
      const successes = await ports.listSuccesses(team.organisationId, month.toJSDate(), month.plus({ months: 1 }).toJSDate());
      if (successes.length === 0) return; // nothing to celebrate is no reason to message management
      const organisation = await deps.ports.organisations.find(team.organisationId);
      if (!organisation) return;
      const managers = await ports.listManagers(team.organisationId);
      const key = month.toFormat('yyyy-MM');
      await deps.ports.outbox.enqueue(managers.map((m) => {
        const lang = pickLanguage(m.language, team.language, organisation.language);
        return {
          key: `success-digest:${key}:${m.id}`,
          delivery: {
            type: 'post' as const,
            platform: organisation.platform as Platform,
            to: { kind: 'person' as const, staffId: m.id },
            message: buildDigestMessage(deps, lang, month, successes),
          },
        };
      }));
      deps.notifyOutbox();
    },
  };
}

export function isFirstWorkingDayOfMonth(localDate: string): boolean {
  if (!isWorkingDay(localDate)) return false;
  for (let d = DateTime.fromISO(localDate).startOf('month'); d.toISODate()! < localDate; d = d.plus({ days: 1 })) {
    if (isWorkingDay(d.toISODate()!)) return false;
  }
  return true;
}

function buildDigestMessage(deps: BotDeps, lang: Language, month: DateTime, successes: SuccessSummary[]): Message {
  const t = (key: string, values?: Record<string, string | number>) => deps.t(lang, key, values);
  const monthName = month.setLocale(lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('LLLL yyyy');
  const shown = successes.slice(0, MAX_ITEMS);
  const items = shown.map((s) => ({
    text: s.partnerNames.length > 0
      ? t('success.digest_item_with', { title: s.title, author: s.authorName, partners: s.partnerNames.join(', ') })
      : t('success.digest_item', { title: s.title, author: s.authorName }),
  }));
  return {
    text: t('success.digest_title', { month: monthName, count: successes.length }),
    blocks: [
      { type: 'header', text: t('success.digest_title', { month: monthName, count: successes.length }) },
      { type: 'section', text: t('success.digest_intro', { count: successes.length }) },
      { type: 'list', items },
      ...(successes.length > shown.length ? [{ type: 'context' as const, text: t('success.digest_more', { count: successes.length - shown.length }) }] : []),
    ],
  };
}
