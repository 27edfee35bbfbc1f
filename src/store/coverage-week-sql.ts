// Coverage "as of" finished week ends, one row per partner and week: the partner counts
// in week i only if it existed then (created on or before the week's end, not yet
// archived), and is on time when its latest contact before that end lies within its
// rubriek's maximum (local dates, as statusFor judges). Set-based like the live trend:
// every contact is bucketed once and each bucket's latest contact covers the week ends
// up to the next one, so the cost is one pass over the window's contacts.
//
// $1 organisation · $2 week ends (ascending) · $3 time zone · $4 default max · $5 staff ids (null = all)
const IN_ORGANISATION = '$5::uuid[] IS NULL';
const ASSIGNED_TO_STAFF = 'EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a."staffId" = ANY($5::uuid[]))';

const buildPartnerWeeksSql = (inScope: string) => `
WITH scoped AS MATERIALIZED (
  SELECT p.id, coalesce(c."maxIntervalDays", $4::int) AS mx,
         -- first week whose end is at or after the partner's creation, last week ending before its archiving
         (SELECT count(*) FROM unnest($2::timestamptz[]) e WHERE e < p."createdAt")::int + 1 AS a,
         CASE WHEN p."archivedAt" IS NULL THEN cardinality($2::timestamptz[])
              ELSE (SELECT count(*) FROM unnest($2::timestamptz[]) e WHERE e < p."archivedAt")::int END AS b
  FROM "Partner" p LEFT JOIN "Category" c ON c.id = p."categoryId"
  WHERE p."organisationId" = $1::uuid
    AND p."createdAt" <= ($2::timestamptz[])[cardinality($2::timestamptz[])]
    AND (p."archivedAt" IS NULL OR p."archivedAt" > ($2::timestamptz[])[1])
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
  SELECT pid, f, least(coalesce(lead(f) OVER (PARTITION BY pid ORDER BY f), cardinality($2::timestamptz[]) + 1) - 1,
                       width_bucket(((((at AT TIME ZONE $3::text)::date + mx + 1)::timestamp AT TIME ZONE $3::text)
                                     - interval '1 millisecond'), $2::timestamptz[])) AS e
  FROM latest
),
on_time AS (SELECT pid, generate_series(f, e) AS i FROM spans WHERE e >= f)
SELECT s.id AS partner_id, g.i::int AS i, (o.pid IS NOT NULL) AS on_time
FROM scoped s CROSS JOIN LATERAL generate_series(s.a, s.b) g(i)
LEFT JOIN on_time o ON o.pid = s.id AND o.i = g.i`;

export const PARTNER_WEEKS_SQL = buildPartnerWeeksSql(IN_ORGANISATION);
export const PARTNER_WEEKS_STAFF_SQL = buildPartnerWeeksSql(ASSIGNED_TO_STAFF);

/** Counts per week (1-based index into the week ends) of the rows above. */
export const countPartnerWeeksSql = (rowsSql: string) => `
SELECT g.i::int AS i, (count(r.partner_id) FILTER (WHERE r.on_time))::int AS on_time, count(r.partner_id)::int AS total
FROM generate_series(1, cardinality($2::timestamptz[])) g(i) LEFT JOIN (${rowsSql}) r ON r.i = g.i
GROUP BY g.i ORDER BY g.i`;

/**
 * Freezes the given finished weeks of the whole organisation: the partner rows and their
 * organisation-wide sum in one statement. Weeks already frozen are left as they are.
 * $6 week keys (same order as $2).
 */
export const RECORD_WEEKS_SQL = `
WITH r AS MATERIALIZED (${PARTNER_WEEKS_SQL}),
rows AS (INSERT INTO "PartnerCoverageWeek" ("organisationId", "partnerId", "weekKey", "onTime")
  SELECT $1::uuid, r.partner_id, ($6::text[])[r.i], r.on_time FROM r
  ON CONFLICT DO NOTHING)
INSERT INTO "CoverageWeek" ("organisationId", "weekKey", "weekEnd", "onTime", "total")
SELECT $1::uuid, ($6::text[])[g.i], ($2::timestamptz[])[g.i],
       (count(r.partner_id) FILTER (WHERE r.on_time))::int, count(r.partner_id)::int
FROM generate_series(1, cardinality($2::timestamptz[])) g(i) LEFT JOIN r ON r.i = g.i
GROUP BY g.i
ON CONFLICT DO NOTHING`;
