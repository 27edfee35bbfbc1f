// Freezes finished weeks of the coverage trend (see coverage-week-sql.ts). Used by the
// weekly coverage-snapshot job; safe to run twice (weeks already frozen are skipped).
import { DEFAULT_CATEGORY_RULE } from '../domain/contact-status.ts';
import type { WeekEnd } from '../domain/trend-weeks.ts';
import { RECORD_WEEKS_SQL } from './coverage-week-sql.ts';
import type { SqlSession } from './sql-session.ts';

export async function listFrozenWeeks(session: SqlSession, organisationId: string, weekKeys: string[]): Promise<Set<string>> {
  const rows = await session.query<{ weekKey: string }>(
    'SELECT "weekKey" FROM "CoverageWeek" WHERE "organisationId" = $1::uuid AND "weekKey" = ANY($2::text[])',
    [organisationId, weekKeys],
  );
  return new Set(rows.map((r) => r.weekKey));
}

/** Records the weeks not yet frozen; returns their keys. */
export async function recordFinishedWeeks(session: SqlSession, organisationId: string, timeZone: string, weeks: WeekEnd[]): Promise<string[]> {
  const frozen = await listFrozenWeeks(session, organisationId, weeks.map((w) => w.weekKey));
  const missing = weeks.filter((w) => !frozen.has(w.weekKey));
  if (missing.length === 0) return [];
  await session.query(RECORD_WEEKS_SQL, [
    organisationId, missing.map((w) => w.at), timeZone, DEFAULT_CATEGORY_RULE.maxIntervalDays, null, missing.map((w) => w.weekKey),
  ]);
  return missing.map((w) => w.weekKey);
}
