// Tombstones of erased people: a sha256 of "<organisationId>:<e-mail>" and nothing
// else, so a CSV re-import can recognise the person without the database keeping
// who they were. The import refuses such rows unless told otherwise (--allow-erased).
import { createHash } from 'node:crypto';
import type { Prisma } from './generated/client.ts';

export function hashErasedEmail(organisationId: string, email: string): string {
  return createHash('sha256').update(`${organisationId}:${email.trim().toLowerCase()}`).digest('hex');
}

/** A personeelsnummer is tombstoned too, so a file keyed on it alone is also caught. */
export const personnelKey = (externalId: string) => `personeelsnummer:${externalId.trim()}`;

export async function recordTombstone(tx: Prisma.TransactionClient, organisationId: string, email: string, kind: 'staff' | 'contact', now: Date): Promise<void> {
  const emailHash = hashErasedEmail(organisationId, email);
  await tx.erasureTombstone.upsert({
    where: { organisationId_emailHash: { organisationId, emailHash } },
    create: { organisationId, emailHash, kind, erasedAt: now },
    update: { erasedAt: now },
  });
}

/** Returns a checker: was this e-mail erased in this organisation? (one query, then in memory) */
export async function loadErasedCheck(tx: Prisma.TransactionClient, organisationId: string): Promise<(email: string | null | undefined) => boolean> {
  const rows = await tx.erasureTombstone.findMany({ where: { organisationId }, select: { emailHash: true } });
  const hashes = new Set(rows.map((r) => r.emailHash));
  return (email) => !!email && hashes.has(hashErasedEmail(organisationId, email));
}

/**
 * Names every staff or contact row of an import whose e-mail was erased before;
 * the import then writes nothing. An admin who re-imports on the person's own
 * request passes allowErased (CLI --allow-erased).
 */
export async function reportErasedRows(
  tx: Prisma.TransactionClient,
  organisationId: string,
  rows: { row: number; record: object }[],
  issue: (row: number, field: string, message: string) => void,
): Promise<void> {
  const erased = await loadErasedCheck(tx, organisationId);
  const again = 'is eerder op verzoek verwijderd (AVG). Importeer deze persoon alleen opnieuw op eigen verzoek, met --allow-erased.';
  for (const { row, record } of rows) {
    const { email, externalId } = record as { email?: string | null; externalId?: string | null };
    if (erased(email)) issue(row, 'email', `${email} ${again}`);
    else if (externalId && erased(personnelKey(externalId))) issue(row, 'externalId', `Personeelsnummer ${externalId} ${again}`);
  }
}
