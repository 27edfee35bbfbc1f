// The lapse status of every assignment in one set-based statement: last contact per
// partner (overall and per level) via index probes on ContactMoment, judged against
// the partner's rubriek in SQL, so the cost does not grow with round trips per person.
import type { CategoryRule } from '../core/register-types.ts';
import { DEFAULT_CATEGORY_RULE } from '../domain/contact-status.ts';
import type { AssignmentStatus, AssignmentStatusParams, LapseQuery } from '../register/list-my-partners.ts';
import type { Database } from './database.ts';

// $1 organisation · $2 now · $3 time zone · $4/$5 default ideal/max days · $6 staff ·
// $7 team · $8 only yellow/red · $9 leave out staff who are away today.
// Every last contact is a max() probe on the ("partnerId","level","occurredAt" DESC)
// index: one short index-only read, however long the partner's history grows. The
// overall last contact adds probes at the two other levels, and only for the rows
// that survive the status filter. (A max() over the partnerId prefix alone would
// read a busy partner's whole history: ~1 ms per 5,000 moments.)
export const ASSIGNMENT_STATUS_SQL = `
WITH judged AS (
  SELECT a."staffId", s.name AS "staffName", a."partnerId", p.name AS "partnerName",
         c.name AS "categoryName", a.level, a.kind,
         rule.ideal AS "idealIntervalDays", rule.max AS "maxIntervalDays",
         lvl.at AS "lastContactAtLevel", d.days AS "daysSince",
         CASE WHEN d.days IS NULL THEN 'grey' WHEN d.days <= rule.ideal THEN 'green'
              WHEN d.days <= rule.max THEN 'yellow' ELSE 'red' END AS status
  FROM "Assignment" a
  JOIN "Staff" s ON s.id = a."staffId"
  JOIN "Partner" p ON p.id = a."partnerId"
  LEFT JOIN "Category" c ON c.id = p."categoryId"
  CROSS JOIN LATERAL (SELECT coalesce(c."idealIntervalDays", $4::int) AS ideal,
                             coalesce(c."maxIntervalDays", $5::int) AS max) rule
  CROSS JOIN LATERAL (SELECT max(m."occurredAt") AS at FROM "ContactMoment" m
                      WHERE m."partnerId" = a."partnerId" AND m.level = a.level) lvl
  -- greatest() skips NULLs, so "never" stays NULL explicitly; a contact logged in
  -- the future counts as today, as in the domain rule statusFor.
  CROSS JOIN LATERAL (SELECT CASE WHEN lvl.at IS NOT NULL THEN greatest(0,
      ($2::timestamptz AT TIME ZONE $3::text)::date - (lvl.at AT TIME ZONE $3::text)::date) END AS days) d
  WHERE s."organisationId" = $1::uuid AND p."organisationId" = $1::uuid AND p."archivedAt" IS NULL
    AND ($6::uuid IS NULL OR a."staffId" = $6::uuid)
    AND ($7::uuid IS NULL OR a."staffId" IN (SELECT tm."staffId" FROM "TeamMembership" tm WHERE tm."teamId" = $7::uuid))
    AND (NOT $9::boolean OR s."awayUntil" IS NULL OR s."awayUntil" < ($2::timestamptz AT TIME ZONE $3::text)::date)
)
SELECT j."staffId", j."staffName", j."partnerId", j."partnerName", j."categoryName",
       j.level::text AS level, j.kind::text AS kind,
       (SELECT greatest(j."lastContactAtLevel", max(o.at))
          FROM unnest(enum_range(NULL::"Level")) AS l(level)
          CROSS JOIN LATERAL (SELECT max(m."occurredAt") AS at FROM "ContactMoment" m
                              WHERE m."partnerId" = j."partnerId" AND m.level = l.level) o
          WHERE l.level <> j.level) AS "lastContactAt",
       j."lastContactAtLevel", j."daysSince", j.status, j."idealIntervalDays", j."maxIntervalDays"
FROM judged j
-- Yellow or red, said as an inequality so the planner estimates it sensibly.
WHERE NOT $8::boolean OR j."daysSince" > j."idealIntervalDays"
ORDER BY j."staffName", j."staffId",
  CASE j.status WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'grey' THEN 2 ELSE 3 END,
  j."daysSince" DESC NULLS LAST, j."partnerName", j.level`;

export interface LapseQueryOptions {
  /** Rule for partners without rubriek; DEFAULT_CATEGORY_RULE unless told otherwise. */
  defaultRule?: CategoryRule;
}

export function createLapseQuery(db: Pick<Database, 'session'>, options: LapseQueryOptions = {}): LapseQuery {
  const rule = options.defaultRule ?? DEFAULT_CATEGORY_RULE;
  return {
    async assignmentStatuses(params: AssignmentStatusParams): Promise<AssignmentStatus[]> {
      return db.session.query<AssignmentStatus>(ASSIGNMENT_STATUS_SQL, [
        params.organisationId,
        params.now,
        params.timeZone,
        rule.idealIntervalDays,
        rule.maxIntervalDays,
        params.staffId ?? null,
        params.teamId ?? null,
        params.onlyLapsed ?? false,
        params.excludeAway ?? false,
      ]);
    },
  };
}
