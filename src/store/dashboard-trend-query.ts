// "% partners on time" at the end of each of the last weeks, set-based: every
// contact is bucketed once (width_bucket over the week ends), only the latest per
// partner and bucket is kept, and each such contact covers the week ends up to the
// next contact or until the rubriek's maximum runs out. Coverage is summed as
// +1/-1 deltas, so the cost is one pass over the window's contacts — not a probe
// per partner × week. Finished weeks hardly change, so results are memoised for a
// few minutes per scope and then refreshed in the background while the last result is
// served (the benchmark reports the cold and the warm figure).
import { createHash } from 'node:crypto';
import { DEFAULT_CATEGORY_RULE } from '../domain/contact-status.ts';
import type { Scope, TrendPoint } from '../dashboard/dashboard-query-ports.ts';
import type { SqlSession } from './sql-session.ts';

// Two statements, as for the overview: an EXISTS under "$5 IS NULL OR" stays a per-row
// subplan costed so high that a team's trend paid ~300 ms of JIT for a 16 ms query.
const IN_ORGANISATION = '$5::uuid[] IS NULL';
const ASSIGNED_TO_STAFF = 'EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a."staffId" = ANY($5::uuid[]))';

// $1 organisation · $2 week ends (ascending) · $3 time zone · $4 default max · $5 staff ids (null = all)
const buildTrendSql = (inScope: string) => `
WITH scoped AS MATERIALIZED (
  SELECT p.id, coalesce(c."maxIntervalDays", $4::int) AS mx
  FROM "Partner" p LEFT JOIN "Category" c ON c.id = p."categoryId"
  WHERE p."organisationId" = $1::uuid AND p."archivedAt" IS NULL
    AND ${inScope}
),
latest AS (
  SELECT s.id AS pid, s.mx, width_bucket(m."occurredAt", $2::timestamptz[]) + 1 AS f, max(m."occurredAt") AS at
  FROM scoped s JOIN "ContactMoment" m ON m."partnerId" = s.id
  WHERE m."occurredAt" <= ($2::timestamptz[])[cardinality($2::timestamptz[])]
    AND m."occurredAt" > ($2::timestamptz[])[1] - make_interval(days => s.mx + 2)
  GROUP BY s.id, s.mx, f
),
spans AS (
  -- On time at week end W while W's local date is at most mx days after the contact's.
  SELECT f, least(coalesce(lead(f) OVER (PARTITION BY pid ORDER BY f), cardinality($2::timestamptz[]) + 1) - 1,
                  width_bucket(((((at AT TIME ZONE $3::text)::date + mx + 1)::timestamp AT TIME ZONE $3::text)
                                - interval '1 millisecond'), $2::timestamptz[])) AS e
  FROM latest
),
deltas AS (
  SELECT f AS i, 1 AS d FROM spans WHERE e >= f
  UNION ALL SELECT e + 1, -1 FROM spans WHERE e >= f
),
per_week AS (SELECT i, sum(d) AS d FROM deltas GROUP BY i)
SELECT g.i::int AS i, (sum(coalesce(w.d, 0)) OVER (ORDER BY g.i))::int AS on_time,
       (SELECT count(*) FROM scoped)::int AS total
FROM generate_series(1, cardinality($2::timestamptz[])) g(i) LEFT JOIN per_week w ON w.i = g.i
ORDER BY g.i`;
export const TREND_SQL = buildTrendSql(IN_ORGANISATION);
export const TREND_STAFF_SQL = buildTrendSql(ASSIGNED_TO_STAFF);

const MEMO_MS = 5 * 60_000;
const memo = new Map<string, { until: number; points: TrendPoint[] }>();
const refreshing = new Map<string, Promise<TrendPoint[]>>();

export async function queryTrend(session: SqlSession, scope: Scope, weekEnds: { weekKey: string; at: Date }[]): Promise<TrendPoint[]> {
  const key = createHash('sha256')
    // Keyed by week, not by instant: the current week's point is measured at `now`,
    // which moves on every request; up to MEMO_MS of staleness is the accepted price.
    .update(JSON.stringify([scope.organisationId, scope.staffIds, scope.timeZone, weekEnds.map((w) => w.weekKey)]))
    .digest('hex');
  const hit = memo.get(key);
  if (hit && hit.until > performance.now()) return hit.points;
  const fresh = refreshing.get(key) ?? compute(session, scope, weekEnds, key);
  // Stale-while-revalidate: once a scope has a trend, nobody waits for its refresh.
  if (hit) {
    void fresh.catch(() => undefined);
    return hit.points;
  }
  return fresh;
}

function compute(session: SqlSession, scope: Scope, weekEnds: { weekKey: string; at: Date }[], key: string): Promise<TrendPoint[]> {
  const run = (async () => {
    const rows = await session.query<{ i: number; on_time: number; total: number }>(scope.staffIds === null ? TREND_SQL : TREND_STAFF_SQL, [
      scope.organisationId, weekEnds.map((w) => w.at), scope.timeZone, DEFAULT_CATEGORY_RULE.maxIntervalDays, scope.staffIds,
    ]);
    const points = rows.map((r) => ({ weekKey: weekEnds[r.i - 1]!.weekKey, onTime: Number(r.on_time), total: Number(r.total) }));
    if (memo.size > 500) memo.clear();
    memo.set(key, { until: performance.now() + MEMO_MS, points });
    return points;
  })().finally(() => refreshing.delete(key));
  refreshing.set(key, run);
  return run;
}

/** Forgets memoised trends (tests, or after a bulk import). */
export function forgetTrends(): void {
  memo.clear();
  refreshing.clear();
}
