// The first admin of an empty playground install, in one transaction under the founding
// lock, so two browsers submitting at once (or one and a chat platform's first install)
// cannot both become the first.
import type { FirstAdminPorts } from '../dashboard/first-admin-ports.ts';
import { lockFounding } from './founding-lock.ts';
import type { PrismaClient } from './generated/client.ts';

export function createFirstAdminStore(prisma: PrismaClient): FirstAdminPorts {
  return {
    hasAdmin: async () => (await prisma.staff.count({ where: { role: 'admin' } })) > 0,
    createFirstAdmin: (input) =>
      prisma.$transaction(async (tx) => {
        await lockFounding(tx);
        if ((await tx.staff.count({ where: { role: 'admin' } })) > 0) return null;
        const organisation =
          (await tx.organisation.findFirst({ where: { platform: 'local' }, orderBy: { createdAt: 'asc' } })) ??
          (await tx.organisation.create({ data: { name: input.organisationName, platform: 'local' } }));
        const admin = await tx.staff.create({ data: { organisationId: organisation.id, name: input.name, email: input.email.toLowerCase(), role: 'admin' } });
        await tx.auditEvent.create({ data: { organisationId: organisation.id, actorStaffId: admin.id, action: 'setup.first-admin', subject: admin.id } });
        return admin.id;
      }),
  };
}
