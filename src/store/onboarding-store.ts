// The first install's organisation and admin, written in one transaction under an
// advisory lock, so two installs arriving together cannot both create one.
import type { FirstInstall, OnboardingStore } from '../features/onboarding/onboarding-ports.ts';
import type { PrismaClient } from './generated/client.ts';

export function createOnboardingStore(prisma: PrismaClient): OnboardingStore {
  return {
    async claimFirstOrganisation(install: FirstInstall) {
      return prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rro:first-organisation'))`;
        if ((await tx.organisation.count()) > 0) return null;
        const organisation = await tx.organisation.create({
          data: { name: install.organisationName, platform: install.platform, externalId: install.platformOrgId, language: install.language },
          select: { id: true },
        });
        const staff = await tx.staff.create({
          data: { organisationId: organisation.id, name: install.admin.name, role: 'admin', ...(install.admin.email ? { email: install.admin.email } : {}) },
          select: { id: true },
        });
        await tx.staffIdentity.create({
          data: { staffId: staff.id, platform: install.platform, platformOrgId: install.platformOrgId, platformUserId: install.admin.platformUserId },
        });
        await tx.auditEvent.create({
          data: { organisationId: organisation.id, actorStaffId: staff.id, action: 'organisation.claimed_on_install', details: { platform: install.platform } },
        });
        return { organisationId: organisation.id, staffId: staff.id };
      });
    },
  };
}
