// The dashboard's read models over one database (see src/dashboard/dashboard-query-ports.ts).
import type { DashboardQueries } from '../dashboard/dashboard-query-ports.ts';
import type { Database } from './database.ts';
import { queryPartner, queryPerson } from './dashboard-detail-queries.ts';
import { queryOverview } from './dashboard-overview-query.ts';
import { queryRhythm } from './dashboard-rhythm-query.ts';
import { queryPartnersWithSuccesses, querySuccessMonths, querySuccessTags, querySuccesses } from './dashboard-success-queries.ts';
import { queryTrend } from './dashboard-trend-query.ts';

export function createDashboardQueries(db: Pick<Database, 'prisma' | 'session'>): DashboardQueries {
  const { prisma, session } = db;
  return {
    overview: (scope, filter) => queryOverview(session, scope, filter),
    trend: (scope, weekEnds) => queryTrend(session, scope, weekEnds),
    rhythm: (organisationId, teamIds, since) => queryRhythm(session, organisationId, teamIds, since),
    successes: (organisationId, filter, limit) => querySuccesses(prisma, organisationId, filter, limit),
    successMonths: (organisationId, since, timeZone) => querySuccessMonths(session, organisationId, since, timeZone),
    partner: (scope, partnerId) => queryPartner(prisma, scope, partnerId),
    person: (scope, staffId) => queryPerson(prisma, session, scope, staffId),
    async categories(organisationId) {
      return prisma.category.findMany({ where: { organisationId }, orderBy: [{ priority: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
    },
    async teams(organisationId, teamIds) {
      return prisma.team.findMany({
        where: { organisationId, ...(teamIds ? { id: { in: teamIds } } : {}) }, orderBy: { name: 'asc' }, select: { id: true, name: true },
      });
    },
    partnersWithSuccesses: (organisationId) => queryPartnersWithSuccesses(prisma, organisationId),
    tags: (organisationId) => querySuccessTags(session, organisationId),
  };
}
