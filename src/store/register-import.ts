// Writes one register import in one transaction: every row is matched on its upsert
// key (partner: extern id else name; staff: personeelsnummer else e-mail; contact:
// partner + name; assignment: staff + partner + level), then created, updated or left
// alone. Any row problem — or a dry run — rolls the whole transaction back.
import { toCompareKey } from '../csv/compare-key.ts';
import type { ImportCounts } from '../csv/import-report.ts';
import type { ImportIssue } from '../csv/import-issue.ts';
import { REGISTER_COLUMNS } from '../csv/register-columns.ts';
import type { AssignmentRecord, ContactRecord, PartnerRecord, StaffRecord } from '../csv/register-records.ts';
import type { RegisterBatch, RegisterRow } from '../csv/validate-register-rows.ts';
import type { Database } from './database.ts';
import { reportErasedRows } from './erasure-tombstones.ts';
import type { Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient;

export interface RegisterImportInput {
  organisationId: string;
  batch: RegisterBatch;
  dryRun: boolean;
  /** Column headers as written in the file, per field, so messages match what the user sees. */
  headerOf?: Record<string, string>;
  /** File name or other origin, recorded in the audit event. */
  source?: string;
  /** Import people who were erased on request (AVG) anyway; default refused. */
  allowErased?: boolean;
}

export interface RegisterImportOutcome {
  written: boolean;
  counts: ImportCounts;
  teamsCreated: number;
  issues: ImportIssue[];
}

interface ImportState extends Omit<RegisterImportOutcome, 'written'> {
  issue(row: number, field: string, message: string): void;
  count(change: 'created' | 'updated' | 'unchanged'): void;
}

class RollbackSignal extends Error {}

export async function importRegister(db: Database, input: RegisterImportInput): Promise<RegisterImportOutcome> {
  const { batch, organisationId } = input;
  const columnOf = (field: string) =>
    input.headerOf?.[field] ?? REGISTER_COLUMNS[batch.kind].find((c) => c.field === field)?.header ?? field;
  const state: ImportState = {
    counts: { created: 0, updated: 0, unchanged: 0 },
    teamsCreated: 0,
    issues: [],
    issue(row, field, message) {
      this.issues.push({ row, column: columnOf(field), message });
    },
    count(change) {
      this.counts[change] += 1;
    },
  };
  try {
    await db.prisma.$transaction(
      async (tx) => {
        if ((batch.kind === 'staff' || batch.kind === 'contacts') && !input.allowErased) await reportErasedRows(tx, organisationId, batch.rows, (r, f, m) => state.issue(r, f, m));
        if (batch.kind === 'partners') await importPartners(tx, organisationId, batch.rows, state);
        else if (batch.kind === 'contacts') await importContacts(tx, organisationId, batch.rows, state);
        else if (batch.kind === 'staff') await importStaff(tx, organisationId, batch.rows, state);
        else await importAssignments(tx, organisationId, batch.rows, state);
        if (state.issues.length > 0 || input.dryRun) throw new RollbackSignal();
        await tx.auditEvent.create({
          data: {
            organisationId,
            action: `import.${batch.kind}`,
            subject: input.source ?? null,
            details: { ...state.counts, teamsCreated: state.teamsCreated, rows: batch.rows.length },
          },
        });
      },
      // A large sociale-kaart file on a slow disk must not hit Prisma's 5 s default.
      { maxWait: 30_000, timeout: 600_000 },
    );
  } catch (err) {
    if (!(err instanceof RollbackSignal)) throw err;
    return { written: false, counts: state.counts, teamsCreated: state.teamsCreated, issues: state.issues };
  }
  return { written: true, counts: state.counts, teamsCreated: state.teamsCreated, issues: [] };
}

/** The fields of `next` that are defined and differ from `current` (arrays compared by value). */
function changedFields(current: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const old = current[field];
    const same = Array.isArray(value) && Array.isArray(old) ? value.join('\u0000') === old.join('\u0000') && value.length === old.length : old === value;
    if (!same) changed[field] = value;
  }
  return changed;
}

interface PartnerRef {
  id: string;
  name: string;
  externalId: string | null;
  aliases: string[];
}

/** Finds a partner by extern id, else by name, else by an alias no other partner shares (case and accents ignored). */
function indexPartners<P extends PartnerRef>(partners: P[]) {
  const byExt = new Map(partners.filter((p) => p.externalId).map((p) => [p.externalId!, p]));
  const byName = new Map(partners.map((p) => [toCompareKey(p.name), p]));
  const byAlias = new Map<string, P | null>();
  for (const p of partners)
    for (const alias of p.aliases) byAlias.set(toCompareKey(alias), byAlias.has(toCompareKey(alias)) ? null : p);
  return {
    byExt,
    byName,
    find: (ref: string) => byExt.get(ref.trim()) ?? byName.get(toCompareKey(ref)) ?? byAlias.get(toCompareKey(ref)) ?? undefined,
    add(p: P) {
      if (p.externalId) byExt.set(p.externalId, p);
      byName.set(toCompareKey(p.name), p);
    },
  };
}

const unknownPartner = (ref: string) =>
  `onbekende partner '${ref}'. Controleer de schrijfwijze of importeer eerst de partners.`;

async function importPartners(tx: Tx, organisationId: string, rows: RegisterRow<PartnerRecord>[], s: ImportState) {
  const categories = await tx.category.findMany({ where: { organisationId }, orderBy: { name: 'asc' } });
  const categoryByKey = new Map(categories.map((c) => [toCompareKey(c.name), c]));
  const partners = indexPartners(await tx.partner.findMany({ where: { organisationId } }));
  for (const { row, record: r } of rows) {
    let categoryId: string | null | undefined = r.category === null ? null : undefined;
    if (r.category) {
      categoryId = categoryByKey.get(toCompareKey(r.category))?.id;
      if (!categoryId) {
        const known = categories.map((c) => c.name).join(', ') || '(nog geen rubrieken ingesteld)';
        s.issue(row, 'category', `onbekende rubriek '${r.category}'. Bekend: ${known}.`);
        continue;
      }
    }
    const byName = partners.byName.get(toCompareKey(r.name));
    let existing = r.externalId ? partners.byExt.get(r.externalId) : byName;
    if (r.externalId && !existing && byName) {
      if (byName.externalId) {
        s.issue(row, 'externalId', `partner '${byName.name}' bestaat al met extern id '${byName.externalId}'. Gebruik dat id of laat de cel leeg.`);
        continue;
      }
      existing = byName; // adopt the id for a partner first imported by name
    }
    if (existing && byName && byName.id !== existing.id) {
      s.issue(row, 'name', `de naam '${r.name}' hoort al bij een andere partner (extern id '${byName.externalId ?? '—'}').`);
      continue;
    }
    // An empty extern id cell never clears a stored id: it is the key of other imports.
    const data = { name: r.name, categoryId, sector: r.sector, region: r.region, aliases: r.aliases, externalId: r.externalId ?? undefined };
    if (!existing) {
      const created = await tx.partner.create({
        data: { organisationId, name: r.name, categoryId: categoryId ?? null, sector: r.sector ?? null, region: r.region ?? null, aliases: r.aliases ?? [], externalId: r.externalId ?? null },
      });
      partners.add(created);
      s.count('created');
      continue;
    }
    const changed = changedFields(existing, data);
    if (Object.keys(changed).length === 0) s.count('unchanged');
    else {
      partners.add(await tx.partner.update({ where: { id: existing.id }, data: changed }));
      s.count('updated');
    }
  }
}

async function importContacts(tx: Tx, organisationId: string, rows: RegisterRow<ContactRecord>[], s: ImportState) {
  const partners = indexPartners(await tx.partner.findMany({ where: { organisationId }, select: { id: true, name: true, externalId: true, aliases: true } }));
  const contacts = await tx.partnerContact.findMany({ where: { partner: { organisationId } } });
  const byKey = new Map(contacts.map((c) => [`${c.partnerId}\u0000${toCompareKey(c.name)}`, c]));
  for (const { row, record: r } of rows) {
    const partner = partners.find(r.partner);
    if (!partner) {
      s.issue(row, 'partner', unknownPartner(r.partner));
      continue;
    }
    const existing = byKey.get(`${partner.id}\u0000${toCompareKey(r.name)}`);
    const data = { name: r.name, jobTitle: r.jobTitle, level: r.level, email: r.email, phone: r.phone, expertise: r.expertise };
    if (!existing) {
      const created = await tx.partnerContact.create({
        data: { partnerId: partner.id, name: r.name, level: r.level, jobTitle: r.jobTitle ?? null, email: r.email ?? null, phone: r.phone ?? null, expertise: r.expertise ?? [] },
      });
      byKey.set(`${partner.id}\u0000${toCompareKey(r.name)}`, created);
      s.count('created');
      continue;
    }
    const changed = changedFields(existing, data);
    if (Object.keys(changed).length === 0) s.count('unchanged');
    else {
      await tx.partnerContact.update({ where: { id: existing.id }, data: changed });
      s.count('updated');
    }
  }
}

async function importStaff(tx: Tx, organisationId: string, rows: RegisterRow<StaffRecord>[], s: ImportState) {
  const staff = await tx.staff.findMany({ where: { organisationId }, include: { memberships: true } });
  const byExt = new Map(staff.filter((p) => p.externalId).map((p) => [p.externalId!, p]));
  const byEmail = new Map(staff.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  const teams = new Map((await tx.team.findMany({ where: { organisationId } })).map((t) => [toCompareKey(t.name), t]));
  for (const { row, record: r } of rows) {
    const byMail = r.email ? byEmail.get(r.email) : undefined;
    let existing = r.externalId ? byExt.get(r.externalId) : byMail;
    if (r.externalId && !existing && byMail) {
      if (byMail.externalId) {
        s.issue(row, 'externalId', `${r.email} heeft al personeelsnummer '${byMail.externalId}'. Gebruik dat nummer of laat de cel leeg.`);
        continue;
      }
      existing = byMail;
    }
    if (existing && byMail && byMail.id !== existing.id) {
      s.issue(row, 'email', `het e-mailadres ${r.email} hoort al bij ${byMail.name}.`);
      continue;
    }
    const data = { name: r.name, email: r.email, role: r.role, expertise: r.expertise, externalId: r.externalId ?? undefined };
    let person = existing;
    let changed = false;
    if (!person) {
      person = await tx.staff.create({
        data: { organisationId, name: r.name, email: r.email ?? null, role: r.role ?? 'staff', expertise: r.expertise ?? [], externalId: r.externalId ?? null },
        include: { memberships: true },
      });
    } else {
      const fields = changedFields(person, data);
      if (Object.keys(fields).length > 0) {
        person = await tx.staff.update({ where: { id: person.id }, data: fields, include: { memberships: true } });
        changed = true;
      }
    }
    if (person.externalId) byExt.set(person.externalId, person);
    if (person.email) byEmail.set(person.email.toLowerCase(), person);
    // Teams named in the file are created when missing; memberships are only added,
    // never removed, so an import cannot silently take a lead out of their team.
    for (const teamName of r.teams ?? []) {
      let team = teams.get(toCompareKey(teamName));
      if (!team) {
        team = await tx.team.create({ data: { organisationId, name: teamName } });
        teams.set(toCompareKey(teamName), team);
        s.teamsCreated += 1;
      }
      if (person.memberships.some((m) => m.teamId === team.id)) continue;
      person.memberships.push(await tx.teamMembership.create({ data: { teamId: team.id, staffId: person.id } }));
      changed = true;
    }
    s.count(!existing ? 'created' : changed ? 'updated' : 'unchanged');
  }
}

async function importAssignments(tx: Tx, organisationId: string, rows: RegisterRow<AssignmentRecord>[], s: ImportState) {
  const staff = await tx.staff.findMany({ where: { organisationId }, select: { id: true, email: true, externalId: true } });
  const findStaff = (ref: string) =>
    staff.find((p) => p.email?.toLowerCase() === ref.trim().toLowerCase()) ?? staff.find((p) => p.externalId === ref.trim());
  const partners = indexPartners(await tx.partner.findMany({ where: { organisationId }, select: { id: true, name: true, externalId: true, aliases: true } }));
  const assignments = await tx.assignment.findMany({ where: { partner: { organisationId } } });
  const byKey = new Map(assignments.map((a) => [`${a.staffId}|${a.partnerId}|${a.level}`, a]));
  for (const { row, record: r } of rows) {
    const person = findStaff(r.staff);
    const partner = partners.find(r.partner);
    if (!person) s.issue(row, 'staff', `onbekende medewerker '${r.staff}'. Gebruik het e-mailadres of personeelsnummer, of importeer eerst de medewerkers.`);
    if (!partner) s.issue(row, 'partner', unknownPartner(r.partner));
    if (!person || !partner) continue;
    const key = `${person.id}|${partner.id}|${r.level}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, await tx.assignment.create({ data: { staffId: person.id, partnerId: partner.id, level: r.level, kind: r.kind ?? 'owner' } }));
      s.count('created');
    } else if (r.kind && r.kind !== existing.kind) {
      await tx.assignment.update({ where: { id: existing.id }, data: { kind: r.kind } });
      s.count('updated');
    } else s.count('unchanged');
  }
}

