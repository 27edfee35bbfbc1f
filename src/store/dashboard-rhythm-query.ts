// The rhythm per team since a date: check-in participation per round (answers /
// current members), commitments by state, and nudges to team members by outcome —
// three grouped statements, one row per team (and round).
import type { Rhythm } from '../dashboard/dashboard-query-ports.ts';
import type { SqlSession } from './sql-session.ts';

// $1 organisation · $2 team ids (null = all) · $3 since
const TEAMS = `SELECT t.id, t.name FROM "Team" t WHERE t."organisationId" = $1::uuid AND ($2::uuid[] IS NULL OR t.id = ANY($2::uuid[]))`;

export const RHYTHM_WEEKS_SQL = `
WITH teams AS (${TEAMS})
SELECT t.id AS "teamId", t.name AS "teamName", r."periodKey",
       (SELECT count(*) FROM "CheckInAnswer" a WHERE a."roundId" = r.id)::int AS answered,
       (SELECT count(*) FROM "TeamMembership" tm WHERE tm."teamId" = t.id)::int AS members
FROM teams t JOIN "CheckInRound" r ON r."teamId" = t.id
WHERE r."opensAt" >= $3::timestamptz
ORDER BY t.name, r."periodKey"`;

export const RHYTHM_COMMITMENTS_SQL = `
WITH teams AS (${TEAMS})
SELECT t.id AS "teamId", t.name AS "teamName",
       count(c.id) FILTER (WHERE c.state = 'open')::int AS open,
       count(c.id) FILTER (WHERE c.state = 'done')::int AS done,
       count(c.id) FILTER (WHERE c.state = 'dropped')::int AS dropped
FROM teams t
LEFT JOIN "CheckInRound" r ON r."teamId" = t.id AND r."opensAt" >= $3::timestamptz
LEFT JOIN "Commitment" c ON c."roundId" = r.id
GROUP BY t.id, t.name ORDER BY t.name`;

export const RHYTHM_NUDGES_SQL = `
WITH teams AS (${TEAMS})
SELECT t.id AS "teamId", t.name AS "teamName", count(n.id)::int AS sent,
       count(n.id) FILTER (WHERE n.outcome = 'logged')::int AS logged,
       count(n.id) FILTER (WHERE n.outcome = 'planned')::int AS planned,
       count(n.id) FILTER (WHERE n.outcome = 'snoozed')::int AS snoozed,
       count(n.id) FILTER (WHERE n.outcome = 'not_mine')::int AS "notMine",
       count(n.id) FILTER (WHERE n.outcome = 'escalated')::int AS escalated,
       count(n.id) FILTER (WHERE n.id IS NOT NULL AND n.outcome IS NULL)::int AS none
FROM teams t
LEFT JOIN "TeamMembership" tm ON tm."teamId" = t.id
LEFT JOIN "Nudge" n ON n."staffId" = tm."staffId" AND n."sentAt" >= $3::timestamptz
GROUP BY t.id, t.name ORDER BY t.name`;

export async function queryRhythm(session: SqlSession, organisationId: string, teamIds: string[] | null, since: Date): Promise<Rhythm> {
  const params = [organisationId, teamIds, since];
  const [weeks, commitments, nudges] = [
    await session.query<Rhythm['weeks'][number]>(RHYTHM_WEEKS_SQL, params),
    await session.query<Rhythm['commitments'][number]>(RHYTHM_COMMITMENTS_SQL, params),
    await session.query<Rhythm['nudges'][number]>(RHYTHM_NUDGES_SQL, params),
  ];
  return { weeks, commitments, nudges };
}
