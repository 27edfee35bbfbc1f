// The overview in one statement: per partner in scope the last contact on each
// level, read from PartnerLevelContact (one narrow row per partner and level, kept
// exact by triggers on ContactMoment) instead of probing the 2M-row history, judged
// against the rubriek in SQL; then the heat-map page, the counts per rubriek and
// per level are aggregated from that one materialised set and returned as JSON.
import { DEFAULT_CATEGORY_RULE } from '../domain/contact-status.ts';
import { matchesSearch, toSearchWords } from '../domain/name-search.ts';
import type { HeatFilter, Overview, Scope } from '../dashboard/dashboard-query-ports.ts';
import type { SqlSession } from './sql-session.ts';

// Statuses compare instants with each rubriek's thresholds (local midnight of
// today − ideal and today − max), computed once per rubriek: "days since ≤ ideal"
// is "local date ≥ today − ideal", so no row needs a time-zone conversion for its
// status. Only the overall day count (the sort key) is converted per partner, and
// the per-level day counts only for the page's rows.
const status = (at: string) => `CASE WHEN ${at} IS NULL THEN 'grey' WHEN ${at} >= s.green_from THEN 'green'
  WHEN ${at} >= s.yellow_from THEN 'yellow' ELSE 'red' END`;
// greatest() skips NULLs, so "never" must stay NULL explicitly.
const days = (at: string) => `CASE WHEN ${at} IS NOT NULL THEN greatest(0, (SELECT d FROM today) - (${at} AT TIME ZONE $3::text)::date) END`;
// A plain join, so the planner can hash-join the whole table for a large scope or
// probe its primary key for a team's few partners.
const last = (level: string, alias: string) => `LEFT JOIN "PartnerLevelContact" ${alias}
    ON ${alias}."partnerId" = s.id AND ${alias}.level = '${level}'`;
const STATUSES = ['green', 'yellow', 'red', 'grey'];
// "Most urgent first" means the worst cell of the row, so a red level sorts above
// an all-green row even when another level was contacted yesterday.
const rank = (column: string) => `CASE ${column} WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'grey' THEN 2 ELSE 3 END`;
const LEVEL_KEYS = [['o', 'operationeel'], ['t', 'tactisch'], ['g', 'strategisch']];
const threshold = (interval: string) => `(((SELECT d FROM today) - ${interval})::timestamp AT TIME ZONE $3::text)`;

// The heat-map filter, applied where `judged` is read rather than as a CTE of its
// own: a CTE read twice is materialised, spilling a second copy of ~50,000 rows.
const MATCHES = `($7::uuid[] IS NULL OR id = ANY($7::uuid[]))
    AND ($8::text IS NULL OR ($8::text = 'none' AND cat_id IS NULL) OR cat_id::text = $8::text)
    AND ($9::text IS NULL OR overall = $9::text)`;

// Two statements rather than "$6 IS NULL OR EXISTS (…)": under an OR the EXISTS
// stays a per-row subplan, which the planner costs so high that a team's page paid
// ~600 ms of JIT compilation for a 6 ms query. Whole organisation: $6 must be null
// (so a misuse shows nothing, not everything); else the partners of the staff in $6.
const IN_ORGANISATION = '$6::uuid[] IS NULL';
const ASSIGNED_TO_STAFF = 'EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a."staffId" = ANY($6::uuid[]))';

// $1 organisation · $2 now · $3 time zone · $4/$5 default ideal/max · $6 staff ids (null = all)
// $7 partner ids found by the name search (null = no search) · $8 category ('none' = without rubriek) · $9 overall status · $10 limit · $11 offset
const buildOverviewSql = (inScope: string) => `
WITH today AS MATERIALIZED (SELECT ($2::timestamptz AT TIME ZONE $3::text)::date AS d),
rules AS MATERIALIZED (
  SELECT c.id, c.name, ${threshold('c."idealIntervalDays"')} AS green_from, ${threshold('c."maxIntervalDays"')} AS yellow_from
  FROM "Category" c
  UNION ALL SELECT NULL, NULL, ${threshold('$4::int')}, ${threshold('$5::int')}
),
scoped AS (
  SELECT p.id, p.name, p."categoryId" AS cat_id, r.name AS cat,
         coalesce(r.green_from, dr.green_from) AS green_from, coalesce(r.yellow_from, dr.yellow_from) AS yellow_from
  FROM "Partner" p LEFT JOIN rules r ON r.id = p."categoryId"
  CROSS JOIN (SELECT green_from, yellow_from FROM rules WHERE id IS NULL) dr
  WHERE p."organisationId" = $1::uuid AND p."archivedAt" IS NULL
    AND ${inScope}
),
judged AS MATERIALIZED (
  SELECT s.id, s.name, s.cat_id, s.cat,
         o."lastContactAt" AS oat, t."lastContactAt" AS tat, g."lastContactAt" AS gat,
         ${status('o."lastContactAt"')} AS o, ${status('t."lastContactAt"')} AS t, ${status('g."lastContactAt"')} AS g,
         ${status('greatest(o."lastContactAt", t."lastContactAt", g."lastContactAt")')} AS overall,
         ${days('greatest(o."lastContactAt", t."lastContactAt", g."lastContactAt")')} AS alld
  FROM scoped s
  ${last('operationeel', 'o')}
  ${last('tactisch', 't')}
  ${last('strategisch', 'g')}
),
-- One pass over the judged set for the match count and the counts per rubriek and level.
per_cat AS MATERIALIZED (
  SELECT cat_id, cat, count(*) FILTER (WHERE ${MATCHES}) AS matching,
         ${STATUSES.map((st) => `count(*) FILTER (WHERE overall = '${st}')::int AS ${st}`).join(', ')},
         ${LEVEL_KEYS.flatMap(([k]) => STATUSES.map((st) => `count(*) FILTER (WHERE ${k} = '${st}') AS ${k}_${st}`)).join(',\n         ')}
  FROM judged GROUP BY cat_id, cat
)
SELECT
  (SELECT coalesce(sum(matching), 0)::int FROM per_cat) AS matching,
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT id, name, cat, overall, o, t, g, ${days('oat')} AS od, ${days('tat')} AS td, ${days('gat')} AS gd FROM (
       SELECT * FROM judged WHERE ${MATCHES}
       ORDER BY least(${rank('o')}, ${rank('t')}, ${rank('g')}), ${rank('overall')},
                alld DESC NULLS LAST, name
       LIMIT $10::int OFFSET $11::int) page) r) AS rows,
  (SELECT coalesce(json_agg(json_build_object('cat_id', cat_id, 'cat', cat, ${STATUSES.map((st) => `'${st}', ${st}`).join(', ')}) ORDER BY cat NULLS LAST), '[]')
   FROM per_cat) AS categories,
  (SELECT json_build_object(${LEVEL_KEYS.map(([k, level]) => `'${level}', json_build_object(${STATUSES.map((st) => `'${st}', coalesce(sum(${k}_${st}), 0)`).join(', ')})`).join(',\n     ')})
   FROM per_cat) AS levels`;
export const OVERVIEW_SQL = buildOverviewSql(IN_ORGANISATION);
export const OVERVIEW_STAFF_SQL = buildOverviewSql(ASSIGNED_TO_STAFF);

interface RawRow { id: string; name: string; cat: string | null; overall: string; o: string; t: string; g: string; od: number | null; td: number | null; gd: number | null }
interface RawCategory { cat_id: string | null; cat: string | null; green: number; yellow: number; red: number; grey: number }

/** `found`: the partner ids the name search found, or null without a search. */
export function overviewParams(scope: Scope, filter: HeatFilter, found: string[] | null = null): unknown[] {
  return [
    scope.organisationId, scope.now, scope.timeZone,
    DEFAULT_CATEGORY_RULE.idealIntervalDays, DEFAULT_CATEGORY_RULE.maxIntervalDays, scope.staffIds,
    found,
    filter.categoryId ?? null, filter.status ?? null, filter.limit, filter.offset,
  ];
}

export async function queryOverview(session: SqlSession, scope: Scope, filter: HeatFilter): Promise<Overview> {
  const found = await searchPartnerIds(session, scope.organisationId, filter.q);
  const [row] = await session.query<{ matching: number; rows: RawRow[] | string; categories: RawCategory[] | string; levels: Overview['levels'] | string }>(
    scope.staffIds === null ? OVERVIEW_SQL : OVERVIEW_STAFF_SQL, overviewParams(scope, filter, found));
  // PGlite and node-postgres both parse json; a string is handled too for safety.
  const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  const rows = parse(row!.rows);
  return {
    matching: Number(row!.matching),
    rows: rows.map((r) => ({
      partnerId: r.id, partnerName: r.name, categoryName: r.cat, overall: r.overall as never,
      cells: [
        { level: 'operationeel', status: r.o as never, days: r.od },
        { level: 'tactisch', status: r.t as never, days: r.td },
        { level: 'strategisch', status: r.g as never, days: r.gd },
      ],
    })),
    categories: parse(row!.categories).map((c) => ({ categoryId: c.cat_id, categoryName: c.cat, green: c.green, yellow: c.yellow, red: c.red, grey: c.grey })),
    levels: parse(row!.levels),
  };
}

/**
 * The search box as the bot reads names: accents, case and small typos do not matter.
 * That rule is the domain's (name-search.ts), so the names are matched here rather than
 * re-written in SQL; one narrow read of id, name and aliases, only when searching.
 */
async function searchPartnerIds(session: SqlSession, organisationId: string, q: string | undefined): Promise<string[] | null> {
  if (!q?.trim()) return null;
  const words = toSearchWords(q);
  if (words.length === 0) return []; // only punctuation ('%'): no name has it, and no wildcard either
  const partners = await session.query<{ id: string; name: string; aliases: string[] }>(
    'SELECT id, name, aliases FROM "Partner" WHERE "organisationId" = $1::uuid AND "archivedAt" IS NULL', [organisationId]);
  return partners.filter((p) => matchesSearch(words, [p.name, ...p.aliases])).map((p) => p.id);
}
