// "% partners on time" at the end of each of the last weeks. Finished weeks are read
// from the frozen weekly snapshots (CoverageWeek / PartnerCoverageWeek, written by the
// coverage-snapshot job), so history is as it was then: a partner imported or archived
// today never redraws a past week. A finished week not frozen yet (before the job's
// first run) is computed "as of" its end with the same rule; only the current week is
// measured live, from the last contact per partner and level. Results are memoised for a few minutes per scope and then refreshed
// in the background while the last result is served.
import { createHash } from 'node:crypto';
import { DEFAULT_CATEGORY_RULE } from '../domain/contact-status.ts';
import type { WeekEnd } from '../domain/trend-weeks.ts';
import type { Scope, TrendPoint } from '../dashboard/dashboard-query-ports.ts';
import { PARTNER_WEEKS_SQL, PARTNER_WEEKS_STAFF_SQL, countPartnerWeeksSql } from './coverage-week-sql.ts';
import type { SqlSession } from './sql-session.ts';

// Two statements, as for the overview: an EXISTS under "$5 IS NULL OR" stays a per-row
// subplan costed so high that a team's trend paid ~300 ms of JIT for a 16 ms query.
const IN_ORGANISATION = '$5::uuid[] IS NULL';
const ASSIGNED_TO_STAFF = 'EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a."staffId" = ANY($5::uuid[]))';

// The current week, live: today's partners, each on time when its last contact on any
// level (PartnerLevelContact, kept exact by triggers) lies within its rubriek's maximum —
// "local date ≥ today − max", the overview's own threshold, so both pages agree.
// The whole organisation reads the last contacts in one hashed pass; a team's few
// partners probe them by key.
// $1 organisation · $2 now · $3 time zone · $4 default max · $5 staff ids (null = all)
const countOnTime = (from: string) => `
WITH today AS MATERIALIZED (SELECT ($2::timestamptz AT TIME ZONE $3::text)::date AS d)
SELECT (count(*) FILTER (WHERE x.last >= (((SELECT d FROM today) - x.mx)::timestamp AT TIME ZONE $3::text)))::int AS on_time,
       count(*)::int AS total
FROM (${from}) x`;
export const CURRENT_WEEK_SQL = countOnTime(`
  SELECT coalesce(c."maxIntervalDays", $4::int) AS mx, l.last
  FROM "Partner" p LEFT JOIN "Category" c ON c.id = p."categoryId"
  LEFT JOIN (SELECT "partnerId", max("lastContactAt") AS last FROM "PartnerLevelContact" GROUP BY 1) l ON l."partnerId" = p.id
  WHERE p."organisationId" = $1::uuid AND p."archivedAt" IS NULL AND ${IN_ORGANISATION}`);
export const CURRENT_WEEK_STAFF_SQL = countOnTime(`
  SELECT coalesce(c."maxIntervalDays", $4::int) AS mx,
         (SELECT max(l."lastContactAt") FROM "PartnerLevelContact" l WHERE l."partnerId" = p.id) AS last
  FROM "Partner" p LEFT JOIN "Category" c ON c.id = p."categoryId"
  WHERE p."organisationId" = $1::uuid AND p."archivedAt" IS NULL AND ${ASSIGNED_TO_STAFF}`);

// Frozen weeks: the organisation's sums, or the scope's partners counted from their rows.
// $1 organisation · $2 week keys · $3 staff ids (null = all)
export const FROZEN_WEEKS_SQL = `
SELECT "weekKey" AS week_key, "onTime" AS on_time, total FROM "CoverageWeek"
WHERE "organisationId" = $1::uuid AND "weekKey" = ANY($2::text[]) AND $3::uuid[] IS NULL`;
export const FROZEN_STAFF_WEEKS_SQL = `
SELECT cw."weekKey" AS week_key, coalesce(x.on_time, 0)::int AS on_time, coalesce(x.total, 0)::int AS total
FROM "CoverageWeek" cw
LEFT JOIN (
  SELECT pc."weekKey", count(*) FILTER (WHERE pc."onTime") AS on_time, count(*) AS total
  -- A probe by key per partner of the scope, never a scan of every partner's weeks: OFFSET 0
  -- keeps the planner from flattening the LATERAL into a hash join over the whole table.
  FROM (SELECT DISTINCT "partnerId" FROM "Assignment" WHERE "staffId" = ANY($3::uuid[])) a
  CROSS JOIN LATERAL (SELECT "weekKey", "onTime" FROM "PartnerCoverageWeek" w
                      WHERE w."partnerId" = a."partnerId" AND w."weekKey" = ANY($2::text[]) OFFSET 0) pc
  GROUP BY pc."weekKey"
) x ON x."weekKey" = cw."weekKey"
WHERE cw."organisationId" = $1::uuid AND cw."weekKey" = ANY($2::text[])`;

const MEMO_MS = 5 * 60_000;
const memo = new Map<string, { until: number; points: TrendPoint[] }>();
const refreshing = new Map<string, Promise<TrendPoint[]>>();

export async function queryTrend(session: SqlSession, scope: Scope, weekEnds: WeekEnd[]): Promise<TrendPoint[]> {
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

function compute(session: SqlSession, scope: Scope, weekEnds: WeekEnd[], key: string): Promise<TrendPoint[]> {
  const run = (async () => {
    const points = await computeTrend(session, scope, weekEnds);
    if (memo.size > 500) memo.clear();
    memo.set(key, { until: performance.now() + MEMO_MS, points });
    return points;
  })().finally(() => refreshing.delete(key));
  refreshing.set(key, run);
  return run;
}

async function computeTrend(session: SqlSession, scope: Scope, weekEnds: WeekEnd[]): Promise<TrendPoint[]> {
  if (weekEnds.length === 0) return [];
  const finished = weekEnds.slice(0, -1);
  const current = weekEnds.at(-1)!;
  const { organisationId, staffIds, timeZone } = scope;
  const mx = DEFAULT_CATEGORY_RULE.maxIntervalDays;
  const [frozen, live] = await Promise.all([
    finished.length === 0 ? [] : session.query<{ week_key: string; on_time: number; total: number }>(
      staffIds === null ? FROZEN_WEEKS_SQL : FROZEN_STAFF_WEEKS_SQL, [organisationId, finished.map((w) => w.weekKey), staffIds],
    ),
    session.query<{ on_time: number; total: number }>(staffIds === null ? CURRENT_WEEK_SQL : CURRENT_WEEK_STAFF_SQL, [organisationId, current.at, timeZone, mx, staffIds]),
  ]);
  const byWeek = new Map<string, TrendPoint>(frozen.map((r) => [r.week_key, { weekKey: r.week_key, onTime: Number(r.on_time), total: Number(r.total) }]));
  const missing = finished.filter((w) => !byWeek.has(w.weekKey));
  if (missing.length > 0) {
    const rows = await session.query<{ i: number; on_time: number; total: number }>(
      countPartnerWeeksSql(staffIds === null ? PARTNER_WEEKS_SQL : PARTNER_WEEKS_STAFF_SQL),
      [organisationId, missing.map((w) => w.at), timeZone, mx, staffIds],
    );
    for (const r of rows) {
      const w = missing[r.i - 1]!;
      byWeek.set(w.weekKey, { weekKey: w.weekKey, onTime: Number(r.on_time), total: Number(r.total) });
    }
  }
  const now = live[0];
  byWeek.set(current.weekKey, { weekKey: current.weekKey, onTime: Number(now?.on_time ?? 0), total: Number(now?.total ?? 0) });
  return weekEnds.map((w) => byWeek.get(w.weekKey)!);
}

/** Forgets memoised trends (tests, or after a bulk import). */
export function forgetTrends(): void {
  memo.clear();
  refreshing.clear();
}
