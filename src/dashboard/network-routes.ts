// Dashboard routes of the network feature: the directory search (/wie), the
// coverage-per-level list (/dekking). Scope and role rule as in chat: the list
// shows the viewer's visible partners, partner contact details follow findPeople.
import type { Router } from 'express';
import { z } from 'zod';
import { findPeople, ZDirectoryQuery } from '../features/network/find-people.ts';
import type { CoverageCounts } from '../features/network/network-ports.ts';
import type { Translate } from '../core/i18n/translator.ts';
import { sendPage, viewerOf, type DashboardContext, type NetworkDashboardPorts } from './dashboard-context.ts';
import type { PageText } from './html.ts';
import { renderCoverageBody, renderDirectoryBody } from './network-pages.ts';
import { visibleStaffIdsOf, type Viewer } from './viewer.ts';

const ZSearch = z.object({ q: z.string().max(200).optional() });

export function networkText(t: Translate, viewer: Viewer): PageText {
  return (key, values) => t(viewer.language, `network.${key}`, values);
}

/** The dashboard lists at most this many gaps; the figure counts them all. */
export const COVERAGE_PAGE = 500;

export function coverageCountsFor(ports: NetworkDashboardPorts, viewer: Viewer): Promise<CoverageCounts> {
  return ports.network.countCoverageGaps(viewer.organisationId, visibleStaffIdsOf(viewer));
}

export function addNetworkRoutes(router: Router, ctx: DashboardContext, ports: NetworkDashboardPorts): void {
  router.get('/wie', async (req, res) => {
    const { viewer } = viewerOf(res);
    const tn = networkText(ctx.t, viewer);
    const raw = ZSearch.safeParse(req.query).data?.q?.trim() ?? '';
    const now = ctx.clock.now();
    if (raw === '') return sendPage(ctx, res, tn('dashboard_search_title'), renderDirectoryBody(tn, '', null, now, null), 'who');
    const topic = ZDirectoryQuery.safeParse(raw);
    if (!topic.success) return sendPage(ctx, res, tn('dashboard_search_title'), renderDirectoryBody(tn, raw, null, now, topic.error.issues[0]?.message ?? ''), 'who', 400);
    const own = new Set(await ports.network.listOwnPartnerIds(viewer.staffId));
    const answer = await findPeople(ports.network, {
      organisationId: viewer.organisationId, topic: topic.data, platform: 'local', now,
      viewer: { staffId: viewer.staffId, role: viewer.role, ownPartnerIds: own }, limit: 15,
    });
    sendPage(ctx, res, tn('dashboard_search_title'), renderDirectoryBody(tn, raw, answer, now, null), 'who');
  });

  router.get('/dekking', async (_req, res) => {
    const { viewer } = viewerOf(res);
    const tn = networkText(ctx.t, viewer);
    const scope = visibleStaffIdsOf(viewer);
    const [gaps, counts] = await Promise.all([
      ports.network.listCoverageGaps(viewer.organisationId, scope, COVERAGE_PAGE),
      ports.network.countCoverageGaps(viewer.organisationId, scope),
    ]);
    sendPage(ctx, res, tn('dashboard_coverage_title'), renderCoverageBody(tn, gaps, counts), 'overview');
  });
}
