// Organisations and their platform binding (Slack workspace, Teams tenant, local).
import type { Organisation, OrganisationStore } from '../core/organisation.ts';
import { toCompareKey } from '../csv/compare-key.ts';
import type { Prisma } from './generated/client.ts';

export function createOrganisationStore(client: Prisma.TransactionClient): OrganisationStore {
  return {
    async findByPlatform(platform: string, externalId: string): Promise<Organisation | null> {
      return client.organisation.findUnique({
        where: { platform_externalId: { platform, externalId } },
        select: { id: true, name: true, platform: true, externalId: true, timezone: true, language: true },
      });
    },
    async find(id: string): Promise<Organisation | null> {
      return client.organisation.findUnique({
        where: { id },
        select: { id: true, name: true, platform: true, externalId: true, timezone: true, language: true },
      });
    },
    async listAll(): Promise<Organisation[]> {
      return client.organisation.findMany({
        orderBy: { createdAt: 'asc' },
        select: { id: true, name: true, platform: true, externalId: true, timezone: true, language: true },
      });
    },
    /** Binds an organisation to a platform workspace/tenant (first install). */
    async bindPlatform(id: string, platform: string, externalId: string): Promise<void> {
      await client.organisation.update({ where: { id }, data: { platform, externalId } });
    },
    async listAdmins(organisationId: string): Promise<{ id: string; name: string }[]> {
      return client.staff.findMany({
        where: { organisationId, role: 'admin' },
        orderBy: { name: 'asc' },
        select: { id: true, name: true },
      });
    },
  };
}

export class OrganisationChoiceError extends Error {
  override name = 'OrganisationChoiceError';
}

/**
 * The organisation a CLI command is about: the only one, or the one named (capitals and
 * accents ignored). `flag` is the command's option, named in the error.
 */
export async function chooseOrganisation(
  client: Prisma.TransactionClient,
  name: string | undefined,
  flag: string,
): Promise<Pick<Organisation, 'id' | 'name' | 'timezone'>> {
  const all = await client.organisation.findMany({ select: { id: true, name: true, timezone: true }, orderBy: { name: 'asc' } });
  const names = all.map((o) => o.name).join(', ');
  if (name !== undefined) {
    const found = all.find((o) => toCompareKey(o.name) === toCompareKey(name));
    if (!found) throw new OrganisationChoiceError(`Organisatie "${name}" bestaat niet. Bekende organisaties: ${names || '(geen)'}.`);
    return found;
  }
  if (all.length === 0) {
    throw new OrganisationChoiceError('Er is nog geen organisatie in de database. Importeer eerst partners en medewerkers (of start de demo).');
  }
  if (all.length > 1) throw new OrganisationChoiceError(`Er zijn meerdere organisaties (${names}). Kies er één met ${flag} "<naam>".`);
  return all[0]!;
}
