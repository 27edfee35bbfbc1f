// What the dashboard reads and writes, built on the store for one database: main and
// the tests hand it to createDashboardRouter, so the dashboard never builds stores itself.
import type { Clock } from '../core/clock.ts';
import { createBeheerOrgStore } from '../store/beheer-org-store.ts';
import { createBriefingStore } from '../store/briefing-query.ts';
import { createCommitmentStore } from '../store/commitment-store.ts';
import { createDashboardQueries } from '../store/dashboard-queries.ts';
import { createDashboardSessionStore } from '../store/dashboard-session-store.ts';
import type { Database } from '../store/database.ts';
import { createFirstAdminStore } from '../store/first-admin-store.ts';
import { createImportDraftStore } from '../store/import-draft-store.ts';
import { createLapseQuery } from '../store/lapse-query.ts';
import { createNetworkStore } from '../store/network-store.ts';
import { createPlanStore } from '../store/plan-store.ts';
import { createPrivacyStore } from '../store/privacy-store.ts';
import { createContactStore } from '../store/contact-store.ts';
import { createPartnerAdminStore } from '../store/partner-admin-store.ts';
import { createRegisterAdminQueries } from '../store/register-admin-queries.ts';
import { createRegisterStore } from '../store/register-store.ts';
import { createStaffStore } from '../store/staff-store.ts';
import { createCollaborationStore } from '../store/collaboration-store.ts';
import { createQuickScanStore } from '../store/quick-scan-store.ts';
import { createPulseStore } from '../store/pulse-store.ts';
import { createDigestStore } from '../store/digest-store.ts';
import { computeDigestFigures } from '../features/digest/digest-figures.ts';

export function createDashboardStores(db: Database, clock: Pick<Clock, 'now'>) {
  const digest = createDigestStore(db.prisma);
  return {
    queries: createDashboardQueries(db),
    sessions: createDashboardSessionStore(db.prisma),
    network: { network: createNetworkStore(db, () => clock.now()), briefings: createBriefingStore(db.prisma) },
    plans: createPlanStore(db.prisma),
    lapse: createLapseQuery(db),
    commitments: createCommitmentStore(db.prisma),
    privacy: createPrivacyStore(db),
    registerAdmin: {
      register: createRegisterStore(db.prisma), staff: createStaffStore(db.prisma), contacts: createContactStore(db.prisma),
      writes: createPartnerAdminStore(db.prisma), queries: createRegisterAdminQueries(db.prisma),
    },
    beheerOrg: createBeheerOrgStore(db),
    imports: createImportDraftStore(db),
    setup: createFirstAdminStore(db.prisma),
    collaborations: { collaborations: createCollaborationStore(db.prisma), scans: createQuickScanStore(db.prisma) },
    pulse: createPulseStore(db.prisma),
    digest: (organisationId: string, month: string, timeZone: string, now: Date) => computeDigestFigures(digest, organisationId, month, timeZone, now),
  };
}
