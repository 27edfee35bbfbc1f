// "Check-in opens": one transaction closes last week's round, creates this week's,
// and enqueues the root post in the team channel plus a personal overview for each
// member who is not away. Running it twice for a week does nothing the second time.
import { ZPlatform } from '../../core/identity.ts';
import { localDateOf, weekNumberOf } from '../../domain/period-key.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { isAway } from '../../domain/is-away.ts';
import type { AssignmentStatus } from '../../register/list-my-partners.ts';
import type { PlanGoal } from '../plan/plan-ports.ts';
import type { CheckinGoals, CheckinPorts, OpenCommitment, OutboxEntry } from './checkin-ports.ts';
import { buildPersonalMessage, buildRootMessage, type Say } from './checkin-messages.ts';

export async function openCheckinRound(deps: BotDeps, ports: CheckinPorts, teamId: string, periodKey: string, plans?: CheckinGoals): Promise<void> {
  const team = await deps.ports.staff.findTeam(teamId);
  if (!team || (await ports.findTeamRound(team.id, periodKey))) return;
  const organisation = await deps.ports.organisations.find(team.organisationId);
  if (!organisation) return;
  const platform = ZPlatform.parse(organisation.platform);
  const now = deps.clock.now();
  const today = localDateOf(now, team.timezone);
  const members = (await deps.ports.staff.listTeamMembers(team.id)).filter((m) => !isAway(m.staff, today));
  const rows = await deps.ports.lapse.assignmentStatuses({ organisationId: team.organisationId, teamId: team.id, now, timeZone: team.timezone });
  const previous = await ports.findLatestRound(team.id);
  const commitments = new Map<string, OpenCommitment[]>();
  for (const m of members) commitments.set(m.staff.id, previous ? await ports.listOpenCommitments(m.staff.id, previous.id) : []);
  const partnerNames = new Map(rows.map((r) => [r.partnerId, r.partnerName]));
  const goals = plans ? await plans.listGoals(members.map((m) => m.staff.id), Number(today.slice(0, 4))) : [];
  // The first round of a month asks for one-tap progress on each goal.
  const askProgress = !previous || localDateOf(previous.opensAt, team.timezone).slice(0, 7) !== today.slice(0, 7);
  if (!team.channelRef) deps.log.warn({ teamId: team.id }, 'team heeft geen kanaal; check-in alleen per persoonlijk bericht');

  const week = weekNumberOf(periodKey);
  const sayIn = (language: string): Say => (key, values) => deps.t(pickLanguage(language), key, values);
  const round = await ports.openRound({ teamId: team.id, periodKey, opensAt: now }, (roundId) => {
    const entries: OutboxEntry[] = [];
    if (team.channelRef) {
      entries.push({
        key: `checkin-root:${roundId}`,
        delivery: {
          type: 'post', platform, to: { kind: 'channel', channelRef: team.channelRef },
          message: buildRootMessage(sayIn(team.language), week, roundId), recordAs: { kind: 'round-thread', id: roundId },
        },
      });
    }
    for (const { staff } of members) {
      const message = buildPersonalMessage(sayIn(staff.language ?? team.language), {
        name: staff.name, week, roundId, partners: partnersOf(rows, staff.id),
        commitments: commitments.get(staff.id) ?? [], partnerNames, threadTeam: team.channelRef ? team.name : null,
        goals: goalsOf(goals, staff.id), askProgress, language: pickLanguage(staff.language ?? team.language),
      });
      entries.push({ key: `checkin-dm:${roundId}:${staff.id}`, delivery: { type: 'post', platform, to: { kind: 'person', staffId: staff.id }, message } });
    }
    return entries;
  });
  if (round) {
    deps.log.info({ teamId: team.id, periodKey, members: members.length }, 'check-in geopend');
    deps.notifyOutbox();
  }
}

/** The rows come ordered by staff, then urgency; keep that order. */
function partnersOf(rows: AssignmentStatus[], staffId: string): AssignmentStatus[] {
  return rows.filter((r) => r.staffId === staffId);
}

function goalsOf(goals: PlanGoal[], staffId: string): PlanGoal[] {
  return goals.filter((g) => g.staffId === staffId);
}
