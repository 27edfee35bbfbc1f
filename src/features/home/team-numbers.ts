// A lead's team at a glance on their home: who answered this round, and how many
// partner relationships of the team are red or yellow.
import type { Block } from '../../core/message.ts';
import type { Team } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import type { HomePorts } from './home-ports.ts';

export async function buildTeamNumbers(turn: Turn, ports: HomePorts, team: Team): Promise<Block[]> {
  const [members, round, lapsed] = await Promise.all([
    turn.deps.ports.staff.listTeamMembers(team.id),
    ports.findLatestRound(team.id),
    turn.deps.ports.lapse.assignmentStatuses({
      organisationId: turn.actor.organisation.id,
      teamId: team.id,
      now: turn.deps.clock.now(),
      timeZone: team.timezone,
      onlyLapsed: true,
    }),
  ]);
  const answered = round ? await ports.countAnswers(round.id) : 0;
  const red = lapsed.filter((r) => r.status === 'red').length;
  const yellow = lapsed.filter((r) => r.status === 'yellow').length;
  return [
    { type: 'section', text: turn.t('home.team_title', { team: team.name }) },
    {
      type: 'fields',
      fields: [
        {
          label: turn.t('home.team_answered_label', { week: round?.periodKey ?? '—' }),
          value: round ? turn.t('home.team_answered', { answered, total: members.length }) : turn.t('home.team_no_round'),
        },
        { label: turn.t('home.team_lapsed_label'), value: turn.t('home.team_lapsed', { red, yellow }) },
      ],
    },
  ];
}
