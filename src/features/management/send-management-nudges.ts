// Management's lapsed strategic relations get the same quiet nudge as everyone
// else's (decideNudge: no repeat within a week, escalation instead of louder DMs),
// once per organisation and working day: team nudges never reach people outside teams.
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Team } from '../../core/register.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { isWorkingDay } from '../../domain/working-days.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { decideNudge } from '../../domain/decide-nudge.ts';
import { buildNudgeMessage, MAX_NUDGES_PER_DM, type NudgeItem } from '../nudge/nudge-message.ts';
import type { NewNudge, NudgePorts } from '../nudge/nudge-ports.ts';
import { findOrganisationPlatform } from '../nudge/organisation-platform.ts';
import type { ManagementPorts } from './management-ports.ts';

const HISTORY_DAYS = 400;

export function buildManagementNudgeJob(team: Team, run: (organisationId: string, at: Date) => Promise<void>): ScheduledJob {
  const zone = team.timezone;
  const [hour, minute] = team.nudgeTime.split(':').map(Number);
  return {
    id: `management-nudge:${team.organisationId}`,
    cron: `${minute} ${hour} * * 1-5`,
    timeZone: zone,
    runKey: (at) => `management-nudge:${team.organisationId}:${localDateOf(at, zone)}`,
    appliesTo: (at) => isWorkingDay(localDateOf(at, zone)),
    usefulUntil: (at) => DateTime.fromJSDate(at, { zone }).endOf('day').toJSDate(),
    handler: (at) => run(team.organisationId, at),
  };
}

export async function sendManagementNudges(deps: BotDeps, ports: ManagementPorts, nudges: NudgePorts, organisationId: string, at: Date): Promise<void> {
  const organisation = await deps.ports.organisations.find(organisationId);
  if (!organisation) return;
  const today = localDateOf(at, organisation.timezone);
  const managers = await ports.listManagement(organisationId, today);
  if (managers.length === 0) return;
  const now = deps.clock.now();
  const history = await nudges.listNudgesOfStaff(managers.map((m) => m.id), new Date(now.getTime() - HISTORY_DAYS * 86_400_000));
  const platform = await findOrganisationPlatform(deps, organisationId);
  let enqueued = false;
  for (const manager of managers) {
    // Their own team's run covers a manager who is in a team; skip to keep one DM a day.
    if ((await deps.ports.staff.listTeamsOfStaff(manager.id)).length > 0) continue;
    const rows = (await deps.ports.lapse.assignmentStatuses({ organisationId, staffId: manager.id, now, timeZone: organisation.timezone, onlyLapsed: true }))
      .filter((r) => r.level === 'strategisch');
    const items: (NudgeItem & { partnerId: string })[] = [];
    const escalations: NewNudge[] = [];
    for (const row of rows) {
      const decision = decideNudge(row, history.filter((h) => h.staffId === manager.id && h.partnerId === row.partnerId), now);
      if (decision === 'escalate') escalations.push({ id: randomUUID(), staffId: manager.id, partnerId: row.partnerId, level: row.level, sentAt: now, outcome: 'escalated' });
      if (decision === 'nudge') items.push({ nudgeId: randomUUID(), partnerId: row.partnerId, partnerName: row.partnerName, status: row.status, daysSince: row.daysSince ?? 0, maxIntervalDays: row.maxIntervalDays, level: row.level });
    }
    if (items.length === 0 && escalations.length === 0) continue;
    const shown = items.slice(0, MAX_NUDGES_PER_DM);
    const language = pickLanguage(manager.language, organisation.language);
    const message = buildNudgeMessage((key, values) => deps.t(language, key, values), manager.name.split(' ')[0] ?? manager.name, shown, items.length - shown.length);
    const outbox = shown.length === 0 ? [] : [{ key: `nudge-dm:${today}:${manager.id}`, delivery: { type: 'post' as const, platform, to: { kind: 'person' as const, staffId: manager.id }, message } }];
    await nudges.saveNudgeRun([...shown.map((n) => ({ id: n.nudgeId, staffId: manager.id, partnerId: n.partnerId, level: n.level, sentAt: now, outcome: null })), ...escalations], outbox);
    enqueued ||= outbox.length > 0;
  }
  if (enqueued) deps.notifyOutbox();
}
