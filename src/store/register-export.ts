// Reads the register of one organisation as the same records an import takes, so
// writing them as CSV and importing that file changes nothing. Archived partners
// (and their contacts and assignments) are left out.
import type { RegisterKind } from '../csv/register-columns.ts';
import type { RegisterRecords } from '../csv/register-records.ts';
import type { Database } from './database.ts';

export async function exportRegister<K extends RegisterKind>(db: Database, organisationId: string, kind: K): Promise<RegisterRecords[K][]> {
  return (await EXPORTERS[kind](db, organisationId)) as RegisterRecords[K][];
}

const activePartner = (organisationId: string) => ({ organisationId, archivedAt: null });

const EXPORTERS: { [K in RegisterKind]: (db: Database, organisationId: string) => Promise<RegisterRecords[K][]> } = {
  async partners(db, organisationId) {
    const partners = await db.prisma.partner.findMany({
      where: activePartner(organisationId),
      include: { category: { select: { name: true } } },
      orderBy: { name: 'asc' },
    });
    return partners.map((p) => ({
      name: p.name,
      category: p.category?.name ?? null,
      sector: p.sector,
      region: p.region,
      aliases: p.aliases,
      externalId: p.externalId,
    }));
  },

  async contacts(db, organisationId) {
    const contacts = await db.prisma.partnerContact.findMany({
      where: { partner: activePartner(organisationId) },
      include: { partner: { select: { name: true } } },
      orderBy: [{ partner: { name: 'asc' } }, { name: 'asc' }],
    });
    return contacts.map((c) => ({
      partner: c.partner.name,
      name: c.name,
      jobTitle: c.jobTitle,
      level: c.level,
      email: c.email,
      phone: c.phone,
      expertise: c.expertise,
    }));
  },

  async staff(db, organisationId) {
    const staff = await db.prisma.staff.findMany({
      where: { organisationId },
      include: { memberships: { include: { team: { select: { name: true } } } } },
      orderBy: { name: 'asc' },
    });
    return staff.map((p) => ({
      name: p.name,
      email: p.email,
      role: p.role,
      teams: p.memberships.map((m) => m.team.name).sort((a, b) => a.localeCompare(b, 'nl')),
      expertise: p.expertise,
      externalId: p.externalId,
    }));
  },

  async assignments(db, organisationId) {
    const assignments = await db.prisma.assignment.findMany({
      where: { partner: activePartner(organisationId) },
      include: { staff: { select: { name: true, email: true, externalId: true } }, partner: { select: { name: true } } },
      orderBy: [{ staff: { name: 'asc' } }, { partner: { name: 'asc' } }, { level: 'asc' }],
    });
    return assignments.map((a) => ({
      // e-mail is the usual key; a person without one is known by personeelsnummer.
      staff: a.staff.email ?? a.staff.externalId ?? a.staff.name,
      partner: a.partner.name,
      level: a.level,
      kind: a.kind,
    }));
  },
};
