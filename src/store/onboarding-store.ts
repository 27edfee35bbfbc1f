// The first install: organisation, its beheerder, a first team and the audit event in
// one transaction, under the founding lock so two first contacts at once (or one and the
// web setup) found only one.
import type { OnboardingPorts } from '../features/onboarding/onboarding-ports.ts';
import { lockFounding } from './founding-lock.ts';
import type { PrismaClient } from './generated/client.ts';

export function createOnboardingStore(prisma: PrismaClient): OnboardingPorts {
  return {
    async installFirstOrganisation(install) {
      return prisma.$transaction(async (tx) => {
        await lockFounding(tx);
        if ((await tx.organisation.count()) > 0) return { kind: 'taken' as const };
        const organisation = await tx.organisation.create({
          data: { name: install.organisationName, platform: install.platform, externalId: install.platformOrgId, timezone: install.timezone, language: install.language },
        });
        const staff = await tx.staff.create({
          data: { organisationId: organisation.id, name: install.installer.name, email: install.installer.email, role: 'admin' },
        });
        await tx.staffIdentity.create({
          data: { staffId: staff.id, platform: install.platform, platformOrgId: install.platformOrgId, platformUserId: install.installer.platformUserId },
        });
        const team = await tx.team.create({
          data: { organisationId: organisation.id, name: install.teamName, timezone: install.timezone, language: install.language },
        });
        await tx.teamMembership.create({ data: { teamId: team.id, staffId: staff.id, isLead: true } });
        await tx.auditEvent.create({
          data: { organisationId: organisation.id, actorStaffId: staff.id, action: 'organisation.installed', subject: organisation.id, details: { platform: install.platform } },
        });
        return { kind: 'installed' as const, organisationId: organisation.id, staffId: staff.id, teamId: team.id };
      });
    },
  };
}
