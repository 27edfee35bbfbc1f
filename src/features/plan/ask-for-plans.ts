// The bot asks for a plan: in January everyone with partners and no goal yet this
// year, and anyone whose new assignment (started in the last two weeks) has no
// goal. Once each (the outbox key), and again once after a snooze has passed.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Message } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Team } from '../../core/register.ts';
import { instantAt, localDateOf } from '../../domain/period-key.ts';
import { isWorkingDay } from '../../domain/working-days.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import type { BotDeps, Turn } from '../../bot/feature.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import { isAway } from '../../domain/is-away.ts';
import { findOrganisationPlatform } from '../nudge/organisation-platform.ts';
import type { PlanPorts } from './plan-ports.ts';

const NEW_ASSIGNMENT_DAYS = 14;
const SNOOZE_DAYS = 14;
type Say = (key: string, values?: Record<string, string | number>) => string;

export async function askForPlans(deps: BotDeps, ports: PlanPorts, teamId: string, at: Date): Promise<void> {
  const team = await deps.ports.staff.findTeam(teamId);
  if (!team) return;
  const now = deps.clock.now();
  const today = localDateOf(at, team.timezone);
  const year = Number(today.slice(0, 4));
  const members = (await deps.ports.staff.listTeamMembers(team.id)).map((m) => m.staff).filter((s) => !isAway(s, today));
  const ids = members.map((m) => m.id);
  const [assignments, fresh, goals] = await Promise.all([
    ports.listAssignments(team.organisationId, ids),
    ports.listNewAssignments(ids, new Date(now.getTime() - NEW_ASSIGNMENT_DAYS * 86_400_000)),
    ports.listGoals(ids, year),
  ]);
  const platform = await findOrganisationPlatform(deps, team.organisationId);
  const entries = [];
  for (const staff of members) {
    const say: Say = (key, values) => deps.t(pickLanguage(staff.language, team.language), key, values);
    const mine = goals.filter((g) => g.staffId === staff.id);
    const asks: { key: string; message: Message }[] = [];
    if (today.slice(5, 7) === '01' && mine.length === 0 && assignments.some((a) => a.staffId === staff.id)) {
      asks.push({ key: `plan-ask:${staff.id}:${year}`, message: askMessage(say, say('plan.ask_january', { year }), '', `${year}`) });
    }
    for (const a of fresh.filter((f) => f.staffId === staff.id && !mine.some((g) => g.partnerId === f.partnerId))) {
      asks.push({ key: `plan-ask:${staff.id}:${a.partnerId}`, message: askMessage(say, say('plan.ask_new_assignment', { partner: a.partnerName }), a.partnerId, a.partnerId) });
    }
    for (const ask of asks) {
      const subject = ask.key.split(':').slice(2).join(':');
      const snoozed = await ports.findAskSnooze(staff.id, subject);
      if (snoozed && snoozed > now) continue;
      entries.push({ key: snoozed ? `${ask.key}:after-snooze` : ask.key, delivery: { type: 'post' as const, platform, to: { kind: 'person' as const, staffId: staff.id }, message: ask.message } });
    }
  }
  if ((await deps.ports.outbox.enqueue(entries)) > 0) deps.notifyOutbox();
}

function askMessage(say: Say, text: string, partnerId: string, subject: string): Message {
  return {
    text,
    blocks: [
      { type: 'section', text },
      { type: 'actions', elements: [
        { type: 'button', actionId: 'plan.add_goal', label: say('plan.button_add'), value: partnerId, style: 'primary' },
        { type: 'button', actionId: 'plan.ask_snooze', label: say('plan.button_ask_snooze'), value: subject },
      ] },
    ],
  };
}

export async function snoozePlanAsk(turn: Turn<InboundOf<'action'>>, ports: PlanPorts): Promise<Reply[]> {
  const subject = z.union([z.uuid(), z.string().regex(/^\d{4}$/)]).safeParse(turn.inbound.value);
  if (!subject.success) return [{ type: 'ephemeral', message: { text: turn.t('bot.unknown_action'), blocks: [] } }];
  const until = DateTime.fromJSDate(turn.deps.clock.now(), { zone: turn.actor.timeZone }).plus({ days: SNOOZE_DAYS });
  await ports.snoozeAsk(turn.actor.organisation.id, turn.actor.staff.id, subject.data, until.toJSDate());
  return [{ type: 'ephemeral', message: { text: turn.t('plan.ask_snoozed', { date: formatShortDate(until.toISODate() as string, turn.actor.language) }), blocks: [] } }];
}

/** Daily on working days at the team's nudge time; the handler decides whom to ask. */
export function buildPlanAskJob(team: Team, run: (teamId: string, at: Date) => Promise<void>): ScheduledJob {
  const [hour, minute] = team.nudgeTime.split(':').map(Number);
  const dateOf = (at: Date) => localDateOf(at, team.timezone);
  return {
    id: `plan-ask:${team.id}`,
    cron: `${minute} ${hour} * * 1-5`,
    timeZone: team.timezone,
    runKey: (at) => `plan-ask:${team.id}:${dateOf(at)}`,
    appliesTo: (at) => isWorkingDay(dateOf(at)),
    usefulUntil: (at) => instantAt(dateOf(at), '23:59', team.timezone),
    handler: (at) => run(team.id, at),
  };
}
