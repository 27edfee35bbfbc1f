// Erases one person (AVG art. 17) in ONE transaction: a staff member and/or partner
// contact person with this e-mail in this organisation. What happens per model is
// in src/privacy/person-data-map.ts. The last step searches every table for the
// e-mail and name; anything left rolls the whole erase back and is reported, so an
// erase is never silently partial.
import { FREE_TEXT_COLUMNS } from '../privacy/person-data-map.ts';
import type { Database } from './database.ts';
import { personnelKey, recordTombstone } from './erasure-tombstones.ts';
import type { Prisma } from './generated/client.ts';
import { containsAny, longestPart, searchEverywhere, textPattern, type SearchHit } from './person-search.ts';

type Tx = Prisma.TransactionClient;

export interface EraseInput {
  organisationId: string;
  email: string;
  /** The admin who asked (dashboard), or null (command line). */
  actorStaffId: string | null;
  via: 'cli' | 'dashboard';
  now: Date;
  /** What a scrubbed name becomes in free text, in the organisation's language. */
  replacement: string;
}

export interface EraseOutcome {
  staff: number;
  contacts: number;
  /** Rows whose free text had the name or e-mail replaced, per table. */
  scrubbed: Record<string, number>;
  /** A name another person also has is not scrubbed from free text (it would hit them too). */
  sharedNames: number;
}

export class EraseBlockedError extends Error {
  override name = 'EraseBlockedError';
  constructor(readonly hits: SearchHit[]) {
    super(`still found in ${hits.map((h) => h.table).join(', ')}`);
  }
}

/** Returns null when nobody with this e-mail exists in the organisation. */
export async function erasePerson(db: Database, input: EraseInput): Promise<EraseOutcome | null> {
  return db.prisma.$transaction((tx) => eraseIn(tx, input), { maxWait: 30_000, timeout: 600_000 });
}

async function eraseIn(tx: Tx, input: EraseInput): Promise<EraseOutcome | null> {
  const { organisationId } = input;
  const email = input.email.trim();
  const staff = await tx.staff.findMany({ where: { organisationId, email: { equals: email, mode: 'insensitive' } }, include: { identities: true } });
  const contacts = await tx.partnerContact.findMany({ where: { partner: { organisationId }, email: { equals: email, mode: 'insensitive' } } });
  if (staff.length === 0 && contacts.length === 0) return null;
  const staffIds = staff.map((s) => s.id);
  const names = [...new Set([...staff.map((s) => s.name), ...contacts.map((c) => c.name)])];
  const ownNames = await unsharedNames(tx, organisationId, names, staffIds, contacts.map((c) => c.id));
  const platformIds = staff.flatMap((s) => s.identities.map((i) => i.platformUserId)).filter((id) => id.length >= 5);
  const needles = [email, ...ownNames, ...platformIds];

  if (staffIds.length > 0) {
    // Messages to them, and later updates of those messages (an edited DM).
    await tx.$executeRawUnsafe(
      `DELETE FROM "Outbox" WHERE payload->>'ofKey' IN (SELECT "idempotencyKey" FROM "Outbox" WHERE payload->'to'->>'staffId' = ANY($1::text[]))`, staffIds);
    await tx.$executeRawUnsafe(`DELETE FROM "Outbox" WHERE payload->'to'->>'staffId' = ANY($1::text[])`, staffIds);
    await deletePersonRefs(tx, staffIds, staff.flatMap((s) => s.identities.map((i) => i.platformUserId)));
    await tx.auditEvent.updateMany({ where: { actorStaffId: { in: staffIds } }, data: { actorStaffId: null } });
    // Who handled a reassign-queue item (a plain id, no relation to cascade along).
    await tx.nudge.updateMany({ where: { queueHandledBy: { in: staffIds } }, data: { queueHandledBy: null } });
    await tx.auditEvent.updateMany({ where: { subject: { in: staffIds } }, data: { subject: null } });
  }
  const scrubbed = await scrubEverywhere(tx, needles, input.replacement);
  // Cascades take identities, memberships, assignments, answers, commitments, nudges,
  // own successes, thanks, plans, links and sessions; contact moments keep counting
  // (staffId → null by the foreign key).
  await tx.staff.deleteMany({ where: { id: { in: staffIds } } });
  await tx.partnerContact.deleteMany({ where: { id: { in: contacts.map((c) => c.id) } } });
  await recordTombstone(tx, organisationId, email, staff.length > 0 ? 'staff' : 'contact', input.now);
  for (const s of staff) if (s.externalId) await recordTombstone(tx, organisationId, personnelKey(s.externalId), 'staff', input.now);

  const outcome: EraseOutcome = { staff: staff.length, contacts: contacts.length, scrubbed, sharedNames: names.length - ownNames.length };
  await tx.auditEvent.create({
    data: {
      organisationId,
      actorStaffId: input.actorStaffId && !staffIds.includes(input.actorStaffId) ? input.actorStaffId : null,
      action: 'privacy.erase',
      // Counts only: the audit trail must not store again who was erased.
      details: { via: input.via, staff: outcome.staff, contacts: outcome.contacts, scrubbedRows: Object.values(scrubbed).reduce((a, b) => a + b, 0) },
      createdAt: input.now,
    },
  });
  const left = await searchEverywhere(tx, needles);
  if (left.length > 0) throw new EraseBlockedError(left);
  return outcome;
}

/** Names nobody else in the organisation (staff or contact person) also has. */
async function unsharedNames(tx: Tx, organisationId: string, names: string[], staffIds: string[], contactIds: string[]): Promise<string[]> {
  const own: string[] = [];
  for (const name of names) {
    const sameName = { equals: name, mode: 'insensitive' as const };
    const others = (await tx.staff.count({ where: { organisationId, name: sameName, id: { notIn: staffIds } } })) +
      (await tx.partnerContact.count({ where: { partner: { organisationId }, name: sameName, id: { notIn: contactIds } } }));
    if (others === 0) own.push(name);
  }
  return own;
}

/** One UPDATE per free-text column, all needles at once (longest first, so an e-mail wins over a name in it). */
async function scrubEverywhere(tx: Tx, needles: string[], replacement: string): Promise<Record<string, number>> {
  const wanted = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= 3))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return {};
  const pattern = wanted.map((n) => `(?:${textPattern(n)})`).join('|');
  const counts: Record<string, number> = {};
  const types = await columnTypes(tx);
  for (const [table, columns] of Object.entries(FREE_TEXT_COLUMNS)) {
    for (const column of columns) {
      const type = types.get(`${table}.${column}`);
      if (!type) continue;
      const col = `"${column}"`;
      // jsonb is scrubbed as its text; a text[] (sub-results) element by element, in order.
      const text = type === 'jsonb' ? `${col}::text` : type === 'ARRAY' ? `array_to_string(${col}, E'\\n')` : col;
      const value = type === 'ARRAY'
        ? `ARRAY(SELECT regexp_replace(u.x, $1, $2, 'gi') FROM unnest(${col}) WITH ORDINALITY AS u(x, i) ORDER BY u.i)`
        : `regexp_replace(${text}, $1, $2, 'gi')${type === 'jsonb' ? '::jsonb' : ''}`;
      const sql = `UPDATE "${table}" SET ${col} = ${value} WHERE ${containsAny(text, wanted.length, 3)} AND ${text} ~* $1`;
      const n = await tx.$executeRawUnsafe(sql, pattern, replacement, ...wanted.map(longestPart));
      if (n > 0) counts[table] = (counts[table] ?? 0) + n;
    }
  }
  return counts;
}

async function columnTypes(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.$queryRawUnsafe<{ t: string; c: string; type: string }[]>(
    `SELECT table_name AS t, column_name AS c, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  return new Map(rows.map((r) => [`${r.t}.${r.c}`, r.type]));
}

/** How many staff members and contact persons have this e-mail (for the confirmation step). */
export async function countPeopleByEmail(tx: Tx, organisationId: string, email: string): Promise<{ staff: number; contacts: number }> {
  const equals = { equals: email.trim(), mode: 'insensitive' as const };
  return {
    staff: await tx.staff.count({ where: { organisationId, email: equals } }),
    contacts: await tx.partnerContact.count({ where: { partner: { organisationId }, email: equals } }),
  };
}

/**
 * A person's conversation references: keyed by staff id or by platform user id
 * (Teams: person:<aadObjectId>), or a 1:1 chat whose reference names them as user.
 */
export function personRefsWhere(staffIdsParam: string, userIdsParam: string): string {
  return `(key = ANY(SELECT 'person:' || x FROM unnest(${staffIdsParam}::text[]) x)
        OR key = ANY(SELECT 'person:' || x FROM unnest(${userIdsParam}::text[]) x)
        OR ref->'user'->>'id' = ANY(${userIdsParam}::text[]) OR ref->'user'->>'aadObjectId' = ANY(${userIdsParam}::text[]))`;
}

async function deletePersonRefs(tx: Tx, staffIds: string[], userIds: string[]): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM "ConversationRef" WHERE ${personRefsWhere('$1', '$2')}`, staffIds, userIds);
}
