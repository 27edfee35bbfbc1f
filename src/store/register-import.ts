// Runs one register import in one transaction: reads the register as the rules need
// it, lets src/register/import-plan.ts decide every row, and carries out the resulting
// operations. Any row problem — or a dry run — rolls the whole transaction back.
import type { ImportCounts } from '../csv/import-report.ts';
import type { ImportIssue } from '../csv/import-issue.ts';
import { REGISTER_COLUMNS } from '../csv/register-columns.ts';
import type { ImportBatch } from '../register/import-records.ts';
import { planImport, type CategoryResolution, type ImportOp, type ImportPlan, type Ref, type RegisterSnapshot } from '../register/import-plan.ts';
import type { Database } from './database.ts';
import { reportErasedRows } from './erasure-tombstones.ts';
import type { Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient;

export interface RegisterImportInput {
  organisationId: string;
  batch: ImportBatch;
  dryRun: boolean;
  /** Column headers as written in the file, per field, so messages match what the user sees. */
  headerOf?: Record<string, string>;
  /** File name or other origin, recorded in the audit event. */
  source?: string;
  /** Import people who were erased on request (AVG) anyway; default refused. */
  allowErased?: boolean;
  /** Unknown rubrieken the admin resolved in the import wizard (by compare key). */
  categoryResolutions?: Record<string, CategoryResolution>;
  /** Who imported (dashboard); absent for the CLI. */
  actorStaffId?: string;
}

export interface RegisterImportOutcome {
  written: boolean;
  counts: ImportCounts;
  teamsCreated: number;
  issues: ImportIssue[];
  /** The per-row report (new / changed / unchanged / error). */
  plan: ImportPlan;
}

class RollbackSignal extends Error {}

export async function importRegister(db: Database, input: RegisterImportInput): Promise<RegisterImportOutcome> {
  const { batch, organisationId } = input;
  const headerOf = (field: string) =>
    input.headerOf?.[field] ?? REGISTER_COLUMNS[batch.kind].find((c) => c.field === field)?.header ?? field;
  let plan: ImportPlan | undefined;
  let issues: ImportIssue[] = [];
  try {
    await db.prisma.$transaction(
      async (tx) => {
        const erased: ImportIssue[] = [];
        if ((batch.kind === 'staff' || batch.kind === 'contacts') && !input.allowErased)
          await reportErasedRows(tx, organisationId, batch.rows, (row, field, message) => erased.push({ row, column: headerOf(field), message }));
        plan = planImport(batch, await readSnapshot(tx, organisationId), { headerOf, categoryResolutions: input.categoryResolutions ?? {} });
        markErased(plan, erased);
        issues = plan.rows.flatMap((r) => r.problems);
        if (issues.length > 0 || input.dryRun) throw new RollbackSignal();
        await runOps(tx, organisationId, plan.ops);
        await tx.auditEvent.create({
          data: {
            organisationId,
            actorStaffId: input.actorStaffId ?? null,
            action: `import.${batch.kind}`,
            subject: input.source ?? null,
            details: { ...plan.counts, teamsCreated: plan.teamsCreated, categoriesCreated: plan.categoriesCreated, rows: batch.rows.length },
          },
        });
      },
      // A large sociale-kaart file on a slow disk must not hit Prisma's 5 s default.
      { maxWait: 30_000, timeout: 600_000 },
    );
  } catch (err) {
    if (!(err instanceof RollbackSignal)) throw err;
    return { written: false, counts: plan!.counts, teamsCreated: plan!.teamsCreated, issues, plan: plan! };
  }
  return { written: true, counts: plan!.counts, teamsCreated: plan!.teamsCreated, issues: [], plan: plan! };
}

function markErased(plan: ImportPlan, erased: ImportIssue[]): void {
  for (const issue of erased) {
    const row = plan.rows.find((r) => r.row === issue.row);
    if (!row) continue;
    row.status = 'error';
    row.problems.push(issue);
  }
}

async function readSnapshot(tx: Tx, organisationId: string): Promise<RegisterSnapshot> {
  // One after the other: a transaction is one connection (pg@9 refuses overlapping queries on it).
  const categories = await tx.category.findMany({ where: { organisationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  const partners = await tx.partner.findMany({ where: { organisationId }, select: { id: true, name: true, externalId: true, aliases: true, categoryId: true, sector: true, region: true } });
  const contacts = await tx.partnerContact.findMany({ where: { partner: { organisationId } }, select: { id: true, partnerId: true, name: true, jobTitle: true, level: true, email: true, phone: true, expertise: true } });
  const staff = await tx.staff.findMany({ where: { organisationId }, select: { id: true, name: true, email: true, externalId: true, role: true, expertise: true, memberships: { select: { teamId: true, isLead: true } } } });
  const teams = await tx.team.findMany({ where: { organisationId }, select: { id: true, name: true, channelRef: true } });
  const assignments = await tx.assignment.findMany({ where: { partner: { organisationId } }, select: { id: true, staffId: true, partnerId: true, level: true, kind: true } });
  // Channels of other organisations' teams count too: a channel has one team.
  const elsewhere = await tx.team.findMany({ where: { organisationId: { not: organisationId }, channelRef: { not: null } }, select: { channelRef: true } });
  return { categories, partners, contacts, staff, teams, assignments, otherChannels: elsewhere.map((t) => t.channelRef!) };
}

async function runOps(tx: Tx, organisationId: string, ops: ImportOp[]): Promise<void> {
  const ids = new Map<string, string>();
  const idOf = (ref: Ref) => ('id' in ref ? ref.id : ids.get(ref.key)!);
  for (const op of ops) {
    switch (op.op) {
      case 'createCategory':
        ids.set(op.key, (await tx.category.create({ data: { organisationId, name: op.name, idealIntervalDays: op.idealIntervalDays, maxIntervalDays: op.maxIntervalDays } })).id);
        break;
      case 'createPartner':
        ids.set(op.key, (await tx.partner.create({ data: { organisationId, ...op.data, categoryId: op.category ? idOf(op.category) : null } })).id);
        break;
      case 'updatePartner':
        await tx.partner.update({ where: { id: op.id }, data: { ...(op.data as Prisma.PartnerUncheckedUpdateInput), ...(op.category !== undefined ? { categoryId: op.category ? idOf(op.category) : null } : {}) } });
        break;
      case 'createContact':
        await tx.partnerContact.create({ data: { partnerId: op.partnerId, ...op.data } });
        break;
      case 'updateContact':
        await tx.partnerContact.update({ where: { id: op.id }, data: op.data as Prisma.PartnerContactUncheckedUpdateInput });
        break;
      case 'createStaff':
        ids.set(op.key, (await tx.staff.create({ data: { organisationId, ...op.data } })).id);
        break;
      case 'updateStaff':
        await tx.staff.update({ where: { id: op.id }, data: op.data as Prisma.StaffUncheckedUpdateInput });
        break;
      case 'createTeam':
        ids.set(op.key, (await tx.team.create({ data: { organisationId, name: op.name, channelRef: op.channelRef } })).id);
        break;
      case 'setTeamChannel':
        await tx.team.update({ where: { id: op.id }, data: { channelRef: op.channelRef } });
        break;
      case 'addMember':
        await tx.teamMembership.create({ data: { staffId: idOf(op.staff), teamId: idOf(op.team), isLead: op.isLead } });
        break;
      case 'makeLead':
        await tx.teamMembership.update({ where: { teamId_staffId: { teamId: op.teamId, staffId: op.staffId } }, data: { isLead: true } });
        break;
      case 'createAssignment':
        await tx.assignment.create({ data: { staffId: op.staffId, partnerId: op.partnerId, level: op.level, kind: op.kind } });
        break;
      case 'updateAssignment':
        await tx.assignment.update({ where: { id: op.id }, data: { kind: op.kind } });
        break;
    }
  }
}
