// Coverage per level: active partners whose rubriek needs a level at which nobody
// holds an assignment. A partner without rubriek needs nothing (no priority set).
import type { Level } from '../core/register-types.ts';
import type { CoverageGap } from '../features/network/network-ports.ts';
import type { SqlSession } from './sql-session.ts';

const gapsSql = (scope: string) => `
SELECT * FROM (
  SELECT p.id AS "partnerId", p.name AS "partnerName", c.name AS "categoryName", c.priority,
         array(SELECT l::text FROM unnest(c."requiredLevels") l
               WHERE NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a.level = l)
               ORDER BY l) AS missing
  FROM "Partner" p JOIN "Category" c ON c.id = p."categoryId"
  WHERE p."organisationId" = $1::uuid AND p."archivedAt" IS NULL AND ${scope}
) g WHERE cardinality(missing) > 0
ORDER BY priority, "categoryName", "partnerName"`;

// Two statements rather than "$2 IS NULL OR EXISTS (…)", for the planner's sake (see the overview query).
const WHOLE_ORGANISATION = gapsSql('true');
const OF_STAFF = gapsSql('EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a."staffId" = ANY($2::uuid[]))');

export async function listCoverageGaps(session: SqlSession, organisationId: string, staffIds: string[] | null): Promise<CoverageGap[]> {
  const rows = staffIds === null
    ? await session.query<CoverageGap & { missing: string[] }>(WHOLE_ORGANISATION, [organisationId])
    : await session.query<CoverageGap & { missing: string[] }>(OF_STAFF, [organisationId, staffIds]);
  return rows.map((r) => ({ partnerId: r.partnerId, partnerName: r.partnerName, categoryName: r.categoryName, missing: r.missing as Level[] }));
}
