// Coverage per level: active partners whose rubriek needs a level at which nobody
// holds an assignment. A partner without rubriek needs nothing (no priority set).
import type { Level } from '../core/register-types.ts';
import type { CoverageCounts, CoverageGap } from '../features/network/network-ports.ts';
import type { SqlSession } from './sql-session.ts';

// One row per partner and missing level: an anti-join the planner can hash over
// Assignment for the whole organisation, or probe by index for a team's partners.
const gapsCte = (scope: string) => `
WITH missing AS (
  SELECT p.id, p.name, c.name AS cat, c.priority, l
  FROM "Partner" p JOIN "Category" c ON c.id = p."categoryId" CROSS JOIN LATERAL unnest(c."requiredLevels") AS l
  WHERE p."organisationId" = $1::uuid AND p."archivedAt" IS NULL AND ${scope}
    AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a.level = l)
)`;
const LIST = `SELECT id AS "partnerId", name AS "partnerName", cat AS "categoryName", array_agg(l::text ORDER BY l) AS missing
FROM missing GROUP BY id, name, cat, priority ORDER BY priority, cat, name LIMIT $3::int`;
const COUNT = `SELECT count(DISTINCT id)::int AS total,
  count(*) FILTER (WHERE l = 'operationeel')::int AS operationeel,
  count(*) FILTER (WHERE l = 'tactisch')::int AS tactisch,
  count(*) FILTER (WHERE l = 'strategisch')::int AS strategisch FROM missing`;

// Two scopes as two statements rather than "$2 IS NULL OR EXISTS (…)", for the planner (see the overview query).
const WHOLE = gapsCte('($2::uuid[] IS NULL)');
const OF_STAFF = gapsCte('EXISTS (SELECT 1 FROM "Assignment" x WHERE x."partnerId" = p.id AND x."staffId" = ANY($2::uuid[]))');

export async function listCoverageGaps(session: SqlSession, organisationId: string, staffIds: string[] | null, limit = 500): Promise<CoverageGap[]> {
  const rows = await session.query<CoverageGap & { missing: string[] }>((staffIds === null ? WHOLE : OF_STAFF) + LIST, [organisationId, staffIds, limit]);
  return rows.map((r) => ({ partnerId: r.partnerId, partnerName: r.partnerName, categoryName: r.categoryName, missing: r.missing as Level[] }));
}

export async function countCoverageGaps(session: SqlSession, organisationId: string, staffIds: string[] | null): Promise<CoverageCounts> {
  const [row] = await session.query<CoverageCounts['perLevel'] & { total: number }>((staffIds === null ? WHOLE : OF_STAFF) + COUNT, [organisationId, staffIds]);
  return { total: row?.total ?? 0, perLevel: { operationeel: row?.operationeel ?? 0, tactisch: row?.tactisch ?? 0, strategisch: row?.strategisch ?? 0 } };
}
