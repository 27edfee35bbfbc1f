// The reassign queue's routes: admins see every open answer, a team lead those of
// their own teams' members (and may only hand them to those members). A handled
// answer leaves the queue, recorded on the nudge (how, when, by whom) and audited.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { suggestColleague } from '../../domain/suggest-colleague.ts';
import { reassignPartner } from '../../register/reassign-partner.ts';
import { keepQueuedAssignment, requireOpenQueueNudge } from '../../register/settle-queue-nudge.ts';
import { isDomainError } from '../../core/domain-error.ts';
import { sendPage, type DashboardContext } from '../dashboard-context.ts';
import { adminOrLead, inScope, type BeheerAccess } from './admin-access.ts';
import { alerts, domainErrorText, fieldErrors } from './admin-form.ts';
import { ZQueueReassign } from './admin-form-schemas.ts';
import { QUEUE_URL, renderQueuePage, type QueueItemView } from './reassign-queue-page.ts';
import type { RegisterAdminPorts } from './register-admin-ports.ts';

const ZId = z.uuid();
const DONE = ['reassigned', 'kept'] as const;

export function addReassignQueueRoutes(router: Router, ctx: DashboardContext, ports: RegisterAdminPorts): void {
  const now = () => ctx.clock.now();

  async function show(a: BeheerAccess, req: Request, res: Response, notes: string[] = [], status = 200) {
    const org = a.viewer.organisationId;
    const rows = await ports.queries.listQueue(org, a.staffScope);
    const people = await ports.queries.listStaffChoices(org, a.staffScope);
    const today = now().toLocaleDateString('sv-SE', { timeZone: a.viewer.timeZone });
    const items: QueueItemView[] = rows.map((row) => {
      const suggestion = suggestColleague({ staffId: row.staffId, teamIds: row.teamIds }, people, today);
      return { row, suggestion, others: people.filter((p) => p.id !== row.staffId && p.id !== suggestion?.id) };
    });
    const done = (DONE as readonly string[]).includes(String(req.query.klaar)) ? [a.tx(`done_queue_${String(req.query.klaar)}`)] : [];
    sendPage(ctx, res, a.tx('queue_title'), alerts(done, 'ok') + alerts(notes) + renderQueuePage(a.tx, a.csrf, items, a.viewer.timeZone), 'other', status);
  }

  /** The open queue item in this viewer's scope, or null after an error page. */
  async function itemOf(a: BeheerAccess, req: Request, res: Response) {
    const id = ZId.safeParse(req.params.nudgeId);
    const nudge = id.success ? await requireOpenQueueNudge(ports.writes, a.viewer.organisationId, id.data).catch((err: unknown) => {
      if (isDomainError(err)) return null;
      throw err;
    }) : null;
    if (!nudge) {
      await show(a, req, res, [a.tx('err_queue_gone')], 404);
      return null;
    }
    if (!inScope(a, nudge.staffId)) {
      await show(a, req, res, [a.tx('err_not_your_team')], 403);
      return null;
    }
    return nudge;
  }

  router.get('/beheer/wachtrij', async (req, res) => {
    const a = adminOrLead(ctx, res);
    if (a) await show(a, req, res);
  });

  router.post('/beheer/wachtrij/:nudgeId/toewijzen', async (req, res) => {
    const a = adminOrLead(ctx, res);
    const nudge = a && (await itemOf(a, req, res));
    if (!a || !nudge) return;
    const form = ZQueueReassign.safeParse(req.body);
    if (!form.success) return show(a, req, res, [a.tx(fieldErrors(form.error).toStaffId ?? 'err_staff')], 400);
    if (!inScope(a, form.data.toStaffId)) return show(a, req, res, [a.tx('err_not_your_team')], 403);
    try {
      await reassignPartner(ports, {
        organisationId: a.viewer.organisationId, partnerId: nudge.partnerId, level: nudge.level,
        fromStaffId: nudge.staffId, toStaffId: form.data.toStaffId, actorStaffId: a.viewer.staffId, nudgeId: nudge.id,
      }, now());
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return show(a, req, res, [text], 400);
    }
    res.redirect(303, `${QUEUE_URL}?klaar=reassigned`);
  });

  router.post('/beheer/wachtrij/:nudgeId/laten-staan', async (req, res) => {
    const a = adminOrLead(ctx, res);
    const nudge = a && (await itemOf(a, req, res));
    if (!a || !nudge) return;
    try {
      await keepQueuedAssignment(ports.writes, { organisationId: a.viewer.organisationId, nudgeId: nudge.id, actorStaffId: a.viewer.staffId }, now());
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return show(a, req, res, [text], 404);
    }
    res.redirect(303, `${QUEUE_URL}?klaar=kept`);
  });
}
