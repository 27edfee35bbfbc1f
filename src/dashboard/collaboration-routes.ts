// /dashboard/samenwerkingen: everyone in the organisation reads the list and a
// collaboration with its quick-scan picture; the owner, a teamleider of the owner
// and the functioneel beheerder edit; teamleiders, managers and admins create.
// POSTs pass the router's CSRF check; the store writes the audit event.
import type { Response, Router } from 'express';
import { z } from 'zod';
import { containsBsn } from '../domain/bsn.ts';
import { localDateOf } from '../domain/period-key.ts';
import { aggregateRounds } from '../domain/quick-scan-results.ts';
import type { Collaboration, CollaborationStore, QuickScanStore } from '../features/collaboration/collaboration-ports.ts';
import { canCreateCollaboration, canEditCollaboration } from '../features/collaboration/collaboration-rights.ts';
import { readCollaborationValues } from '../features/collaboration/read-collaboration-values.ts';
import { judgeGoalWith } from '../features/plan/goal-words.ts';
import { refuse, sendPage, viewerOf, type DashboardContext } from './dashboard-context.ts';
import { renderCollaborationDetail, renderCollaborationForm, renderCollaborationList, type CollabText, type ListRow } from './collaboration-pages.ts';
import { csrfTokenFor } from './session-cookie.ts';
import type { Viewer } from './viewer.ts';

export interface CollaborationDashboardPorts { collaborations: CollaborationStore; scans: QuickScanStore }

const ZId = z.object({ id: z.uuid() });
const ZSavedQuery = z.object({ opgeslagen: z.literal('1').optional().catch(undefined) });

export function collaborationText(ctx: Pick<DashboardContext, 't'>, viewer: Pick<Viewer, 'language'>): CollabText {
  return (key, values) => ctx.t(viewer.language, /^(factor|tip)\./.test(key) ? `quickscan.${key}` : `collaboration.${key}`, values);
}

export function addCollaborationRoutes(router: Router, ctx: DashboardContext, ports: CollaborationDashboardPorts): void {
  const { collaborations, scans } = ports;
  const dateOf = (viewer: Viewer, at: Date) => localDateOf(at, viewer.timeZone);
  const mayEdit = (viewer: Viewer, c: Collaboration) =>
    canEditCollaboration({ staffId: viewer.staffId, role: viewer.role, leadsOwner: c.ownerId !== null && viewer.leadTeamMemberIds.includes(c.ownerId) }, c.ownerId);
  const mayCreate = (viewer: Viewer) => canCreateCollaboration(viewer.role, viewer.leadTeamIds.length > 0);

  router.get('/samenwerkingen', async (_req, res) => {
    const { viewer } = viewerOf(res);
    const list = await collaborations.listCollaborations(viewer.organisationId);
    const rows: ListRow[] = await Promise.all(list.map(async (c) => {
      const closed = (await scans.listRounds(c.id)).filter((r) => r.closedAt);
      const result = aggregateRounds(closed.map((r) => r.answers)).at(-1);
      const last = closed.at(-1);
      return { collaboration: c, lastClosed: result && last?.closedAt ? { date: dateOf(viewer, last.closedAt), result } : null };
    }));
    const tx = collaborationText(ctx, viewer);
    sendPage(ctx, res, tx('page_title'), renderCollaborationList(tx, rows, mayCreate(viewer)), 'collaborations');
  });

  router.get('/samenwerkingen/nieuw', async (_req, res) => {
    const { viewer } = viewerOf(res);
    if (!mayCreate(viewer)) return refuse(ctx, res);
    await showForm(res, null, null, null);
  });

  router.get('/samenwerkingen/:id', async (req, res) => {
    const { viewer } = viewerOf(res);
    const c = await findFor(viewer, req.params);
    if (!c) return refuse(ctx, res);
    const tx = collaborationText(ctx, viewer);
    const rounds = await scans.listRounds(c.id);
    const closed = rounds.filter((r) => r.closedAt);
    const results = aggregateRounds(closed.map((r) => r.answers));
    const last = closed.at(-1);
    const result = results.at(-1);
    const openRound = rounds.find((r) => !r.closedAt);
    const saved = ZSavedQuery.parse(req.query).opgeslagen === '1' && mayEdit(viewer, c);
    sendPage(ctx, res, c.name, renderCollaborationDetail(tx, {
      collaboration: c, canEdit: mayEdit(viewer, c), notice: saved ? savedNotice(tx, c) : null,
      latest: last?.closedAt && result ? {
        date: dateOf(viewer, last.closedAt), invited: last.invited, result, previous: results.at(-2) ?? null,
        // Remarks only with the figures: from 3 respondents, as their figures.
        remarks: result.shown ? last.remarks : [],
      } : null,
      open: openRound ? { closes: dateOf(viewer, openRound.closesAt), answered: openRound.respondents, invited: openRound.invited } : null,
      startDate: c.startDate,
      tip: (key) => tx(`tip.${key}`),
    }), 'collaborations');
  });

  router.get('/samenwerkingen/:id/bewerken', async (req, res) => {
    const { viewer } = viewerOf(res);
    const c = await findFor(viewer, req.params);
    if (!c || !mayEdit(viewer, c)) return refuse(ctx, res);
    await showForm(res, c, null, null);
  });

  router.post('/samenwerkingen', (req, res) => save(req.body, res, null));
  router.post('/samenwerkingen/:id', async (req, res) => {
    const { viewer } = viewerOf(res);
    const c = await findFor(viewer, req.params);
    if (!c || !mayEdit(viewer, c)) return refuse(ctx, res);
    await save(req.body, res, c);
  });

  async function save(rawBody: unknown, res: Response, existing: Collaboration | null) {
    const { viewer } = viewerOf(res);
    if (!existing && !mayCreate(viewer)) return refuse(ctx, res);
    const tx = collaborationText(ctx, viewer);
    const body = Object.fromEntries(Object.entries((rawBody ?? {}) as Record<string, unknown>)
      .filter(([k]) => k !== 'csrf')
      .map(([k, v]) => [k, Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? v : ''])) as Record<string, string | string[]>;
    if (Object.values(body).flat().some(containsBsn)) return showForm(res, existing, body, tx('bsn'), 400);
    const read = readCollaborationValues(body, (key) => ctx.t(viewer.language, key));
    if (!read.ok) return showForm(res, existing, body, Object.values(read.errors).join(' '), 400);
    const saved = await collaborations.saveCollaboration(viewer.organisationId, existing?.id ?? null, read.values, viewer.staffId, ctx.clock.now());
    if (!saved.ok) return showForm(res, existing, body, tx(`error_${saved.reason}`), 400);
    res.redirect(303, `/dashboard/samenwerkingen/${saved.id}?opgeslagen=1`);
  }

  async function findFor(viewer: Viewer, params: unknown): Promise<Collaboration | null> {
    const id = ZId.safeParse(params);
    return id.success ? collaborations.findCollaboration(viewer.organisationId, id.data.id) : null;
  }

  async function showForm(res: Response, c: Collaboration | null, posted: Record<string, string | string[]> | null, error: string | null, status = 200) {
    const { viewer, token } = viewerOf(res);
    const tx = collaborationText(ctx, viewer);
    const [people, partners] = await Promise.all([collaborations.listPeople(viewer.organisationId), collaborations.listPartners(viewer.organisationId)]);
    sendPage(ctx, res, tx(c ? 'edit_title' : 'new_title'), renderCollaborationForm(tx, { collaboration: c, posted, people, partners, defaultOwner: viewer.staffId, csrf: csrfTokenFor(token), error }), 'collaborations', status);
  }

  function savedNotice(tx: CollabText, c: Collaboration): string {
    const base = tx('saved', { name: c.name }).replace(/\*/g, '');
    if (!c.resultGoal) return `${base} ${tx('advice_none')}`;
    const verdict = judgeGoalWith(ctx.t, { what: c.resultGoal });
    if (verdict.kind === 'result') return base;
    return `${base} ${verdict.kind === 'effort' ? tx('advice_effort', { words: verdict.words.join(', ') }) : tx('advice_unmeasured')}`;
  }
}
