// Organisations and their platform binding (Slack workspace, Teams tenant, local).
import type { Prisma } from './generated/client.ts';

export interface Organisation {
  id: string;
  name: string;
  platform: string;
  externalId: string;
  timezone: string;
  language: string;
}

export function createOrganisationStore(client: Prisma.TransactionClient) {
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

export type OrganisationStore = ReturnType<typeof createOrganisationStore>;
