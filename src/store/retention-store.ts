// Retention periods per organisation and the statements that enforce them. Every
// statement only touches rows not handled yet, so running it twice changes nothing.
// Raw SQL on purpose: Prisma's updateMany would bump @updatedAt on redacted answers.
import { DateTime } from 'luxon';
import { DEFAULT_RETENTION, type RetentionPeriods, type RetentionPorts, type RetentionRun } from '../privacy/retention-policy.ts';
import type { Prisma } from './generated/client.ts';

const monthsBefore = (now: Date, months: number) => DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months }).toJSDate();
const daysBefore = (now: Date, days: number) => DateTime.fromJSDate(now, { zone: 'utc' }).minus({ days }).toJSDate();

export function createRetentionStore(client: Prisma.TransactionClient) {
  async function periodsOf(organisationId: string): Promise<RetentionPeriods> {
    const row = await client.retentionPolicy.findUnique({ where: { organisationId } });
    return row ? { answerTextMonths: row.answerTextMonths, sentOutboxDays: row.sentOutboxDays, auditMonths: row.auditMonths } : { ...DEFAULT_RETENTION };
  }

  return {
    periodsOf,
    async setPeriods(organisationId: string, periods: RetentionPeriods, actorStaffId: string | null, now: Date): Promise<void> {
      const before = await periodsOf(organisationId);
      await client.retentionPolicy.upsert({ where: { organisationId }, create: { organisationId, ...periods }, update: periods });
      await client.auditEvent.create({
        data: { organisationId, actorStaffId, action: 'privacy.retention_changed', details: { before: { ...before }, after: { ...periods } }, createdAt: now },
      });
    },
    async apply(organisationId: string, now: Date, marker: string): Promise<RetentionRun> {
      const p = await periodsOf(organisationId);
      const textCutoff = monthsBefore(now, p.answerTextMonths);
      const exec = (sql: string, ...params: unknown[]) => client.$executeRawUnsafe(sql, ...params);
      return {
        answersRedacted: await exec(
          `UPDATE "CheckInAnswer" a SET done = $3, planned = ''
           FROM "CheckInRound" r JOIN "Team" t ON t.id = r."teamId"
           WHERE a."roundId" = r.id AND t."organisationId" = $1::uuid AND a."updatedAt" < $2
             AND (a.done NOT IN ('', $3) OR a.planned <> '')`, organisationId, textCutoff, marker),
        commitmentsRedacted: await exec(
          `UPDATE "Commitment" c SET text = $3 FROM "Staff" s
           WHERE c."staffId" = s.id AND s."organisationId" = $1::uuid AND c."createdAt" < $2 AND c.text <> $3`,
          organisationId, textCutoff, marker),
        notesRedacted: await exec(
          `UPDATE "ContactMoment" m SET note = NULL FROM "Partner" p
           WHERE m."partnerId" = p.id AND p."organisationId" = $1::uuid AND m."occurredAt" < $2 AND m.note IS NOT NULL`,
          organisationId, textCutoff),
        // The outbox belongs to the deployment, not to one organisation: each
        // organisation's run purges with its own period, so the shortest one wins.
        outboxPurged: await exec(
          `UPDATE "Outbox" SET payload = CASE WHEN payload->>'type' = 'mail'
                    -- an e-mail's subject, text and HTML are its content
                    THEN payload || jsonb_build_object('subject', $2::text, 'text', $2::text, 'html', $2::text, 'purged', true)
                    ELSE jsonb_set(payload, '{message}', jsonb_build_object('text', $2::text, 'blocks', '[]'::jsonb)) || '{"purged": true}'::jsonb END,
                  "lastError" = NULL
           WHERE status = 'sent' AND "sentAt" < $1 AND NOT (payload ? 'purged')`,
          daysBefore(now, p.sentOutboxDays), marker),
        auditDeleted: await exec(
          `DELETE FROM "AuditEvent" WHERE "organisationId" = $1::uuid AND "createdAt" < $2`, organisationId, monthsBefore(now, p.auditMonths)),
        magicLinksDeleted: await exec(
          `DELETE FROM "MagicLink" l USING "Staff" s WHERE l."staffId" = s.id AND s."organisationId" = $1::uuid AND l."expiresAt" < $2`, organisationId, now),
        sessionsDeleted: await exec(
          `DELETE FROM "DashboardSession" d USING "Staff" s WHERE d."staffId" = s.id AND s."organisationId" = $1::uuid AND d."expiresAt" < $2`, organisationId, now),
      };
    },
  } satisfies RetentionPorts & Record<string, unknown>;
}

export type RetentionStore = ReturnType<typeof createRetentionStore>;
