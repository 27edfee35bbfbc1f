// Everything the RRO agenda of one team shows, gathered for the team's current
// (latest) round and the round before it.
import type { Team } from '../../core/register.ts';
import type { CoverageGap } from '../network/network-ports.ts';
import type { ClosedScanRound } from '../collaboration/collaboration-ports.ts';
import { localDateOf, periodKeyFor } from '../../domain/period-key.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { isAway } from '../../domain/is-away.ts';
import type { AssignmentStatus } from '../../register/list-my-partners.ts';
import type { AgendaAnswer, AgendaCommitment, AgendaEscalation, AgendaGoal, AgendaPorts, AgendaRound, AgendaSuccess } from './agenda-ports.ts';

/** An escalation older than this is stale news; the partner still shows as red. */
const ESCALATION_DAYS = 60;
const DAY_MS = 86_400_000;

export interface AgendaData {
  teamName: string;
  periodKey: string;
  round: AgendaRound | null;
  /** Members who were expected to answer: present, or answered anyway. */
  expected: { id: string; name: string }[];
  answers: AgendaAnswer[];
  commitments: AgendaCommitment[];
  lapsed: AssignmentStatus[];
  escalations: AgendaEscalation[];
  successes: AgendaSuccess[];
  coverageGaps: CoverageGap[];
  goals: AgendaGoal[];
  closedScans: ClosedScanRound[];
}

export async function loadAgendaData(deps: BotDeps, ports: AgendaPorts, team: Team): Promise<AgendaData> {
  const now = deps.clock.now();
  const [round, previous] = await ports.listRecentRounds(team.id, now, 2);
  const answers = round ? await ports.listAnswers(round.id) : [];
  const answered = new Set(answers.map((a) => a.staffId));
  const today = localDateOf(now, team.timezone);
  const members = await deps.ports.staff.listTeamMembers(team.id);
  const expected = members
    .filter((m) => answered.has(m.staff.id) || !isAway(m.staff, today))
    .map((m) => ({ id: m.staff.id, name: m.staff.name }));
  const since = previous?.opensAt ?? new Date((round?.opensAt ?? now).getTime() - 7 * DAY_MS);
  return {
    teamName: team.name,
    periodKey: round?.periodKey ?? periodKeyFor(now, team.timezone),
    round: round ?? null,
    expected,
    answers,
    commitments: previous ? await ports.listCommitments(previous.id) : [],
    lapsed: await deps.ports.lapse.assignmentStatuses({
      organisationId: team.organisationId, teamId: team.id, now, timeZone: team.timezone, onlyLapsed: true, excludeAway: false,
    }),
    escalations: await ports.listStandingEscalations(team.id, new Date(now.getTime() - ESCALATION_DAYS * DAY_MS)),
    successes: await ports.listSuccesses(team.id, since),
    coverageGaps: (await ports.listCoverageGaps?.(team.organisationId, members.map((m) => m.staff.id))) ?? [],
    goals: await ports.listGoalNews(team.id, since),
    closedScans: (await ports.listClosedScans?.(team.id, since)) ?? [],
  };
}
