// The directory's reads and the profile over hand-written SQL: unaccent + pg_trgm
// (migration network_directory) make "maxima" find Máxima and "pleegzrog" find
// pleegzorg, through trigram indexes on one folded text per person, partner and
// contact person (stored generated columns "directoryDoc"). word_similarity (`<%`)
// matches the query inside longer texts.
import type { Platform } from '../core/identity.ts';
import type {
  ColleagueCard, ContactPersonHit, CoverageGap, DirectoryFindings, DirectorySearch, MatchedPartner, NetworkStore,
  PartnerTie, TopicColleague,
} from '../features/network/network-ports.ts';
import type { Database } from './database.ts';
import { countCoverageGaps, listCoverageGaps } from './coverage-gap-query.ts';
import type { SqlSession } from './sql-session.ts';

/** Looser than pg_trgm's 0.6 default, so one typo in a short word still matches. */
export const WORD_SIMILARITY_THRESHOLD = 0.45;
const Q = 'rro_fold($2::text)';

const MENTION = (staff: string) => `(SELECT i."platformUserId" FROM "StaffIdentity" i
  WHERE i."staffId" = ${staff} AND i.platform = $3::text ORDER BY i."createdAt" LIMIT 1)`;

// The trigram threshold is a setting (pg_trgm.word_similarity_threshold) read while the
// index is scanned. Each search statement sets it itself, in a one-row subquery the
// lateral search depends on (THRESHOLD_SET in its WHERE), so any pooled connection can
// run it and the three searches run side by side on a real server.
const withThreshold = (sql: string) => `SELECT x.* FROM
  (SELECT set_config('pg_trgm.word_similarity_threshold', '${WORD_SIMILARITY_THRESHOLD}', false) AS threshold) cfg
  CROSS JOIN LATERAL (${sql.replace('THRESHOLD_SET', 'cfg.threshold IS NOT NULL')}) x`;

const TOPIC_COLLEAGUES = withThreshold(`
SELECT s.id AS "staffId", s.name, s.email, s.phone, s.expertise, s."worksAlsoFor", s.about,
       1 - (${Q} <<-> s."directoryDoc") AS score,
       ${MENTION('s.id')} AS "platformUserId",
       (SELECT m."occurredAt" FROM "ContactMoment" m WHERE m."staffId" = s.id ORDER BY m."occurredAt" DESC LIMIT 1) AS "lastActiveAt"
FROM "Staff" s
WHERE THRESHOLD_SET AND s."organisationId" = $1::uuid AND ${Q} <% s."directoryDoc"
ORDER BY ${Q} <<-> s."directoryDoc" LIMIT $4::int`);

const PARTNERS = withThreshold(`
SELECT p.id, p.name, 1 - (${Q} <<-> p."directoryDoc") AS score
FROM "Partner" p
WHERE THRESHOLD_SET AND p."organisationId" = $1::uuid AND p."archivedAt" IS NULL AND ${Q} <% p."directoryDoc"
ORDER BY ${Q} <<-> p."directoryDoc" LIMIT $3::int`);

// Owners, and the colleagues behind the partner's latest contacts per level in the
// window: the newest RECENT_CONTACTS per partner and level through the (partner, level,
// occurredAt) index, so a partner with 50,000 moments costs as little as one with five.
export const RECENT_CONTACTS = 100;
const TIES = `
SELECT "partnerId", "staffId", level, bool_or(owner) AS owner, max(at) AS "lastContactAt" FROM (
  SELECT a."partnerId", a."staffId", a.level, true AS owner, NULL::timestamptz AS at
  FROM "Assignment" a WHERE a."partnerId" = ANY($1::uuid[])
  UNION ALL
  SELECT m."partnerId", m."staffId", m.level, false, m."occurredAt"
  FROM unnest($1::uuid[]) AS pid CROSS JOIN unnest(enum_range(NULL::"Level")) AS lvl
  CROSS JOIN LATERAL (SELECT m."partnerId", m."staffId", m.level, m."occurredAt" FROM "ContactMoment" m
    WHERE m."partnerId" = pid AND m.level = lvl AND m."occurredAt" >= $2::timestamptz AND m."staffId" IS NOT NULL
    ORDER BY m."occurredAt" DESC LIMIT ${RECENT_CONTACTS}) m
) t GROUP BY "partnerId", "staffId", level`;

const CONTACT_COLUMNS = `c.id, c."partnerId", p.name AS "partnerName", c.name, c."jobTitle", c.level::text AS level,
  c.email, c.phone, c.expertise`;
const CONTACTS_BY_EXPERTISE = withThreshold(`
SELECT ${CONTACT_COLUMNS}, 1 - (${Q} <<-> c."directoryDoc") AS score
FROM "PartnerContact" c JOIN "Partner" p ON p.id = c."partnerId"
WHERE THRESHOLD_SET AND ${Q} <% c."directoryDoc" AND p."organisationId" = $1::uuid AND p."archivedAt" IS NULL
ORDER BY ${Q} <<-> c."directoryDoc" LIMIT $3::int`);
const CONTACTS_OF_PARTNERS = `
SELECT ${CONTACT_COLUMNS}, 0::real AS score
FROM "PartnerContact" c JOIN "Partner" p ON p.id = c."partnerId"
WHERE c."partnerId" = ANY($1::uuid[]) ORDER BY c.level, c.name`;

const COLLEAGUES = `
SELECT s.id AS "staffId", s.name, s.email, s.phone, ${MENTION('s.id').replace('$3', '$2')} AS "platformUserId"
FROM "Staff" s WHERE s.id = ANY($1::uuid[])`;

const RELATED = `
SELECT tag FROM (SELECT DISTINCT unnest(s.expertise) AS tag FROM "Staff" s WHERE s."organisationId" = $1::uuid) t
WHERE similarity(rro_fold(tag), ${Q}) > 0.15
ORDER BY similarity(rro_fold(tag), ${Q}) DESC, tag LIMIT $3::int`;

/** How far back a contact makes a colleague someone who "knows" a partner. */
const TIE_WINDOW_DAYS = 730;

export function createNetworkStore(db: Database, now: () => Date): NetworkStore {
  return {
    searchDirectory(search) {
      return searchDirectory(db.session, search, now());
    },
    async relatedTopics(organisationId, text, limit) {
      const rows = await db.session.query<{ tag: string }>(RELATED, [organisationId, text, limit]);
      return rows.map((r) => r.tag);
    },
    async matchPartners(organisationId, text, limit) {
      return byScore((await db.session.query<MatchedPartner>(PARTNERS, [organisationId, text, limit])).map(toScore));
    },
    describeColleagues(staffIds, platform) {
      return describeColleagues(db.session, staffIds, platform);
    },
    async listOwnPartnerIds(staffId) {
      const rows = await db.prisma.assignment.findMany({ where: { staffId }, select: { partnerId: true }, distinct: ['partnerId'] });
      return rows.map((r) => r.partnerId);
    },
    async readProfile(staffId) {
      const row = await db.prisma.staff.findUnique({ where: { id: staffId }, select: { expertise: true, about: true, worksAlsoFor: true, phone: true } });
      return row;
    },
    async saveProfile(staffId, profile) {
      await db.prisma.staff.update({ where: { id: staffId }, data: profile });
    },
    listCoverageGaps(organisationId, staffIds, limit): Promise<CoverageGap[]> {
      return listCoverageGaps(db.session, organisationId, staffIds, limit);
    },
    countCoverageGaps(organisationId, staffIds) {
      return countCoverageGaps(db.session, organisationId, staffIds);
    },
  };
}

async function searchDirectory(s: SqlSession, search: DirectorySearch, at: Date): Promise<DirectoryFindings> {
  const { organisationId, text, platform, limit } = search;
  const [topicColleagues, partners, byExpertise] = await Promise.all([
    s.query<TopicColleague>(TOPIC_COLLEAGUES, [organisationId, text, platform, limit]).then((rows) => rows.map(toScore)),
    s.query<MatchedPartner>(PARTNERS, [organisationId, text, 5]).then((rows) => byScore(rows.map(toScore))),
    s.query<ContactPersonHit>(CONTACTS_BY_EXPERTISE, [organisationId, text, limit]).then((rows) => rows.map(toScore)),
  ]);
  if (partners.length === 0) return { topicColleagues, partners, ties: [], tieColleagues: [], contactPersons: byExpertise };
  const partnerIds = partners.map((p) => p.id);
  const since = new Date(at.getTime() - TIE_WINDOW_DAYS * 86_400_000);
  const [ties, partnerContacts] = await Promise.all([
    s.query<PartnerTie>(TIES, [partnerIds, since]),
    s.query<ContactPersonHit>(CONTACTS_OF_PARTNERS, [partnerIds]),
  ]);
  const tieColleagues = await describeColleagues(s, [...new Set(ties.map((t) => t.staffId))], platform);
  const scoreOf = new Map(partners.map((p) => [p.id, p.score]));
  const ofPartners = partnerContacts.map((c) => ({ ...c, score: scoreOf.get(c.partnerId) ?? 0 }));
  return { topicColleagues, partners, ties, tieColleagues, contactPersons: [...byExpertise, ...ofPartners] };
}

function describeColleagues(s: SqlSession, staffIds: string[], platform: Platform): Promise<ColleagueCard[]> {
  if (staffIds.length === 0) return Promise.resolve([]);
  return s.query<ColleagueCard>(COLLEAGUES, [staffIds, platform]);
}

function byScore<T extends { score: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => b.score - a.score);
}

/** PGlite returns real as number, pg as number too; keep it a number either way. */
function toScore<T extends { score: number | string }>(row: T): T {
  return { ...row, score: Number(row.score) };
}

