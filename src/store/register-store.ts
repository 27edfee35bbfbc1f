// Categories (rubrieken), partners and their contact persons over Prisma,
// returned as the plain objects of src/core/register.ts.
import { DomainError } from '../core/domain-error.ts';
import type { Category, Partner, PartnerContact } from '../core/register.ts';
import type { RegisterStore } from '../register/register-ports.ts';
import { Prisma } from './generated/client.ts';

type PartnerRow = Prisma.PartnerGetPayload<{ include: { category: { select: { name: true } } } }>;
const withCategory = { category: { select: { name: true } } } as const;

export function createRegisterStore(prisma: Prisma.TransactionClient): RegisterStore {
  return {
    async upsertCategory(fields) {
      const { organisationId, name, requiredLevels, ...rule } = fields;
      const levels = requiredLevels ? { requiredLevels } : {};
      return toCategory(await prisma.category.upsert({
        where: { organisationId_name: { organisationId, name } },
        create: { organisationId, name, ...rule, ...levels },
        update: { ...rule, ...levels },
      }));
    },
    async listCategories(organisationId) {
      const rows = await prisma.category.findMany({ where: { organisationId }, orderBy: [{ priority: 'asc' }, { name: 'asc' }] });
      return rows.map(toCategory);
    },
    async findCategoryByName(organisationId, name) {
      const row = await prisma.category.findFirst({ where: { organisationId, name: { equals: name, mode: 'insensitive' } } });
      return row && toCategory(row);
    },
    async findCategory(id) {
      const row = await prisma.category.findUnique({ where: { id } });
      return row && toCategory(row);
    },
    async updateCategory(id, fields) {
      const { requiredLevels, ...rule } = fields;
      return toCategory(await rethrowDuplicate(prisma.category.update({ where: { id }, data: { ...rule, ...(requiredLevels ? { requiredLevels } : {}) } }), categoryDuplicate));
    },
    async countPartnersInCategory(id) {
      return prisma.partner.count({ where: { categoryId: id } });
    },
    async deleteCategory(id) {
      await prisma.category.delete({ where: { id } });
    },
    async createPartner(organisationId, fields) {
      return toPartner(await rethrowDuplicate(prisma.partner.create({ data: { organisationId, ...fields }, include: withCategory }), partnerDuplicate));
    },
    async updatePartner(id, fields) {
      return toPartner(await rethrowDuplicate(prisma.partner.update({ where: { id }, data: fields, include: withCategory }), partnerDuplicate));
    },
    async archivePartner(id, at) {
      return toPartner(await prisma.partner.update({ where: { id }, data: { archivedAt: at }, include: withCategory }));
    },
    async findPartner(id) {
      const row = await prisma.partner.findUnique({ where: { id }, include: withCategory });
      return row && toPartner(row);
    },
    async findPartnerByName(organisationId, name) {
      const row = await prisma.partner.findFirst({
        where: { organisationId, name: { equals: name, mode: 'insensitive' } }, include: withCategory,
      });
      return row && toPartner(row);
    },
    async searchPartners(organisationId, prefix, limit = 20) {
      const pattern = `${prefix.trim().toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
      // Prisma cannot prefix-match inside a text[] case-insensitively, so the ids come from SQL.
      const hits = await prisma.$queryRaw<{ id: string }[]>`
        SELECT p."id" FROM "Partner" p
        WHERE p."organisationId" = ${organisationId}::uuid AND p."archivedAt" IS NULL
          AND (lower(p."name") LIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(p."aliases") a WHERE lower(a) LIKE ${pattern}))
        ORDER BY lower(p."name") LIMIT ${limit}`;
      const rows = await prisma.partner.findMany({ where: { id: { in: hits.map((h) => h.id) } }, include: withCategory });
      return rows.map(toPartner).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },
    async createPartnerContact(partnerId, fields) {
      return toPartnerContact(await rethrowDuplicate(prisma.partnerContact.create({ data: { partnerId, ...fields } }), contactDuplicate));
    },
    async updatePartnerContact(id, fields) {
      return toPartnerContact(await rethrowDuplicate(prisma.partnerContact.update({ where: { id }, data: fields }), contactDuplicate));
    },
    async findPartnerContact(id) {
      const row = await prisma.partnerContact.findUnique({ where: { id } });
      return row && toPartnerContact(row);
    },
    async listPartnerContacts(partnerId) {
      const rows = await prisma.partnerContact.findMany({ where: { partnerId }, orderBy: [{ level: 'asc' }, { name: 'asc' }] });
      return rows.map(toPartnerContact);
    },
  };
}

/** Maps a unique-index violation (a race past the service's own check) to a DomainError. */
export async function rethrowDuplicate<T>(work: Promise<T>, duplicate: () => DomainError): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw duplicate();
    throw err;
  }
}

const partnerDuplicate = () => new DomainError('partner_duplicate',
  'Er bestaat al een partner met deze naam of dit externe id in deze organisatie. Kies een andere naam of pas de bestaande partner aan.');
const categoryDuplicate = () => new DomainError('category_duplicate',
  'Er bestaat al een rubriek met deze naam in deze organisatie. Kies een andere naam of pas die rubriek aan.',
  { promptKey: 'beheer-org.error_category_duplicate_plain' });
const contactDuplicate = () => new DomainError('partner_contact_duplicate',
  'Deze partner heeft al een contactpersoon met deze naam. Pas die contactpersoon aan in plaats van een nieuwe toe te voegen.');

function toCategory(row: Prisma.CategoryGetPayload<object>): Category {
  const { id, organisationId, name, idealIntervalDays, maxIntervalDays, priority, requiredLevels } = row;
  return { id, organisationId, name, idealIntervalDays, maxIntervalDays, priority, requiredLevels };
}

function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id, organisationId: row.organisationId, name: row.name, categoryId: row.categoryId,
    categoryName: row.category?.name ?? null, sector: row.sector, region: row.region, aliases: row.aliases,
    externalId: row.externalId, archivedAt: row.archivedAt,
  };
}

function toPartnerContact(row: Prisma.PartnerContactGetPayload<object>): PartnerContact {
  const { id, partnerId, name, jobTitle, level, email, phone, expertise } = row;
  return { id, partnerId, name, jobTitle, level, email, phone, expertise };
}
