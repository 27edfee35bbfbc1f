// Management in the rhythm: on the first working day of the month (or quarter,
// the organisation's cadence) every manager gets their own check-in about their
// strategic partners — status, their goal beside it, one-tap progress — with
// buttons to log a contact or add a goal. Once per organisation and period.
import { DateTime } from 'luxon';
import type { Block, Message } from '../../core/message.ts';
import type { Team } from '../../core/register.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import type { BotDeps } from '../../bot/feature.ts';
import type { AssignmentStatus } from '../../register/list-my-partners.ts';
import { findOrganisationPlatform } from '../nudge/organisation-platform.ts';
import { isFirstWorkingDayOfMonth } from '../../domain/first-working-day.ts';
import { goalBlocks } from '../plan/plan-blocks.ts';
import type { PlanGoal, PlanPorts } from '../plan/plan-ports.ts';
import type { ManagementPorts } from './management-ports.ts';

type Say = (key: string, values?: Record<string, string | number>) => string;
const MAX_PARTNERS = 15;
const MAX_GOALS = 4;

export function buildManagementCheckinJob(team: Team, run: (organisationId: string, at: Date) => Promise<void>): ScheduledJob {
  const zone = team.timezone;
  const [hour, minute] = team.checkinTime.split(':').map(Number);
  return {
    id: `management-checkin:${team.organisationId}`,
    cron: `${minute} ${hour} * * 1-5`,
    timeZone: zone,
    runKey: (at) => `management-checkin:${team.organisationId}:${localDateOf(at, zone).slice(0, 7)}`,
    appliesTo: (at) => isFirstWorkingDayOfMonth(localDateOf(at, zone)),
    usefulUntil: (at) => DateTime.fromJSDate(at, { zone }).endOf('day').toJSDate(),
    handler: (at) => run(team.organisationId, at),
  };
}

export async function sendManagementCheckins(deps: BotDeps, ports: ManagementPorts, plans: PlanPorts, organisationId: string, at: Date): Promise<void> {
  const organisation = await deps.ports.organisations.find(organisationId);
  if (!organisation) return;
  const zone = organisation.timezone;
  const today = localDateOf(at, zone);
  const cadence = await ports.findCadence(organisationId);
  if (cadence === 'quarterly' && (Number(today.slice(5, 7)) - 1) % 3 !== 0) return;
  const managers = await ports.listManagement(organisationId, today);
  if (managers.length === 0) return;
  const now = deps.clock.now();
  const goals = await plans.listGoals(managers.map((m) => m.id), Number(today.slice(0, 4)));
  const platform = await findOrganisationPlatform(deps, organisationId);
  const entries = [];
  for (const manager of managers) {
    const rows = (await deps.ports.lapse.assignmentStatuses({ organisationId, staffId: manager.id, now, timeZone: zone }))
      .filter((r) => r.level === 'strategisch');
    const language = pickLanguage(manager.language, organisation.language);
    const say: Say = (key, values) => deps.t(language, key, values);
    const message = buildManagementMessage(say, {
      name: manager.name, month: DateTime.fromISO(today).setLocale(language).toFormat('LLLL yyyy'), rows,
      goals: goals.filter((g) => g.staffId === manager.id), language,
    });
    entries.push({ key: `management-checkin:${today.slice(0, 7)}:${manager.id}`, delivery: { type: 'post' as const, platform, to: { kind: 'person' as const, staffId: manager.id }, message } });
  }
  if ((await deps.ports.outbox.enqueue(entries)) > 0) deps.notifyOutbox();
}

function buildManagementMessage(say: Say, o: { name: string; month: string; rows: AssignmentStatus[]; goals: PlanGoal[]; language: 'nl' | 'en' }): Message {
  const first = o.name.split(' ')[0] ?? o.name;
  const goalOf = new Map(o.goals.filter((g) => g.partnerId && !g.achieved).map((g) => [g.partnerId!, g.result]));
  const lapsed = o.rows.filter((r) => r.status === 'red' || r.status === 'yellow' || r.status === 'grey').length;
  const blocks: Block[] = [
    { type: 'header', text: say('management.header', { month: o.month }) },
    { type: 'section', text: say('management.intro', { name: first, count: o.rows.length, lapsed }) },
  ];
  if (o.rows.length === 0) blocks.push({ type: 'context', text: say('management.no_partners') });
  else {
    blocks.push({
      type: 'list',
      items: o.rows.slice(0, MAX_PARTNERS).map((r) => {
        const since = r.daysSince === null ? say('common.never') : say('common.days_ago', { days: r.daysSince });
        const goal = goalOf.get(r.partnerId);
        const item = say('management.item', { partner: r.partnerName, since });
        return { status: r.status, text: goal ? `${item}\n${say('checkin.dm_goal', { goal })}` : item };
      }),
    });
  }
  const open = o.goals.filter((g) => !g.achieved);
  if (open.length > 0) {
    blocks.push({ type: 'section', text: say('checkin.dm_progress') });
    for (const goal of open.slice(0, MAX_GOALS)) blocks.push(...goalBlocks(say, goal, o.language, true));
  }
  blocks.push({ type: 'actions', elements: [
    { type: 'button', actionId: 'commands.open_log', label: say('management.button_log'), value: '', style: 'primary' },
    { type: 'button', actionId: 'plan.add_goal', label: say('plan.button_add'), value: '' },
  ] });
  return { text: say('management.text', { name: first, month: o.month }), blocks };
}
