// /dashboard/beheer/toewijzingen: assign, reassign and unassign. One page for admins
// (everyone) and team leads (their own teams' members only, for both the current and
// the new owner), so a lead needs no access to the partner register itself.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { assignPartner } from '../../register/assign-partner.ts';
import { reassignPartner } from '../../register/reassign-partner.ts';
import { unassignPartner } from '../../register/unassign-partner.ts';
import { sendPage, type DashboardContext } from '../dashboard-context.ts';
import { adminOrLead, inScope, type BeheerAccess } from './admin-access.ts';
import { alerts, domainErrorText, fieldErrors, formValues, type FieldErrors, type FormValues } from './admin-form.ts';
import { ASSIGN_FIELDS, ZAssignForm, ZReassignForm, ZUnassignForm } from './admin-form-schemas.ts';
import { ASSIGNMENTS_URL, renderAssignmentPage } from './assignment-admin-page.ts';
import type { RegisterAdminPorts } from './register-admin-ports.ts';

const ZFilter = z.object({ partner: z.uuid().optional().catch(undefined), persoon: z.uuid().optional().catch(undefined) });
const DONE = ['assigned', 'reassigned', 'unassigned'] as const;

export function addAssignmentAdminRoutes(router: Router, ctx: DashboardContext, ports: RegisterAdminPorts): void {
  const now = () => ctx.clock.now();

  async function show(a: BeheerAccess, req: Request, res: Response, extra: { values?: FormValues; errors?: FieldErrors; notes?: string[] } = {}, status = 200) {
    const org = a.viewer.organisationId;
    const filter = ZFilter.parse(req.query);
    const partner = filter.partner ? await ports.register.findPartner(filter.partner) : null;
    const partnerId = partner?.organisationId === org ? partner.id : undefined;
    const done = (DONE as readonly string[]).includes(String(req.query.klaar)) ? [a.tx(`done_${String(req.query.klaar)}`)] : [];
    const view = {
      rows: await ports.queries.listAssignments(org, { staffIds: a.staffScope, partnerId, staffId: filter.persoon }),
      people: await ports.queries.listStaffChoices(org, a.staffScope),
      partnerNames: await ports.queries.listPartnerNames(org),
      filter: { partnerId, partnerName: partnerId ? partner!.name : undefined, staffId: filter.persoon },
      values: extra.values ?? {}, errors: extra.errors ?? {},
    };
    sendPage(ctx, res, a.tx('assignments_title'), alerts(done, 'ok') + alerts(extra.notes ?? []) + renderAssignmentPage(a.tx, a.csrf, view), 'other', status);
  }

  const backTo = (req: Request, done: (typeof DONE)[number]) => {
    const f = ZFilter.parse(req.query);
    const q = new URLSearchParams({ ...(f.partner ? { partner: f.partner } : {}), ...(f.persoon ? { persoon: f.persoon } : {}), klaar: done });
    return `${ASSIGNMENTS_URL}?${q.toString()}`;
  };

  router.get('/beheer/toewijzingen', async (req, res) => {
    const a = adminOrLead(ctx, res);
    if (a) await show(a, req, res);
  });

  router.post('/beheer/toewijzingen', async (req, res) => {
    const a = adminOrLead(ctx, res);
    if (!a) return;
    const values = formValues(req.body, ASSIGN_FIELDS);
    const form = ZAssignForm.safeParse(values);
    if (!form.success) return show(a, req, res, { values, errors: fieldErrors(form.error), notes: [a.tx('form_has_errors')] }, 400);
    if (!inScope(a, form.data.staffId)) return show(a, req, res, { values, errors: { staffId: 'err_not_your_team' }, notes: [a.tx('form_has_errors')] }, 403);
    const partner = await ports.register.findPartnerByName(a.viewer.organisationId, form.data.partnerName);
    if (!partner || partner.archivedAt) {
      return show(a, req, res, { values, errors: { partnerName: a.tx(partner ? 'err_partner_archived' : 'err_partner_unknown', { name: form.data.partnerName }) }, notes: [a.tx('form_has_errors')] }, 400);
    }
    try {
      await assignPartner(ports, { organisationId: a.viewer.organisationId, staffId: form.data.staffId, partnerId: partner.id, level: form.data.level, kind: form.data.kind });
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return show(a, req, res, { values, errors: { staffId: text }, notes: [a.tx('form_has_errors')] }, 400);
    }
    await ports.writes.recordAudit({
      organisationId: a.viewer.organisationId, actorStaffId: a.viewer.staffId, action: 'assignment.added', subject: `partner:${partner.id}`,
      details: { staffId: form.data.staffId, level: form.data.level, kind: form.data.kind }, at: now(),
    });
    res.redirect(303, backTo(req, 'assigned'));
  });

  router.post('/beheer/toewijzingen/verplaatsen', async (req, res) => {
    const a = adminOrLead(ctx, res);
    if (!a) return;
    const form = ZReassignForm.safeParse(req.body);
    if (!form.success) return show(a, req, res, { notes: [a.tx(fieldErrors(form.error).toStaffId ?? 'err_invalid')] }, 400);
    const { partnerId, level, fromStaffId, toStaffId } = form.data;
    if (!inScope(a, fromStaffId) || !inScope(a, toStaffId)) return show(a, req, res, { notes: [a.tx('err_not_your_team')] }, 403);
    try {
      await reassignPartner(ports, { organisationId: a.viewer.organisationId, partnerId, level, fromStaffId, toStaffId, actorStaffId: a.viewer.staffId }, now());
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return show(a, req, res, { notes: [text] }, 400);
    }
    res.redirect(303, backTo(req, 'reassigned'));
  });

  router.post('/beheer/toewijzingen/intrekken', async (req, res) => {
    const a = adminOrLead(ctx, res);
    if (!a) return;
    const form = ZUnassignForm.safeParse(req.body);
    if (!form.success) return show(a, req, res, { notes: [a.tx('err_invalid')] }, 400);
    const { partnerId, level, staffId } = form.data;
    if (!inScope(a, staffId)) return show(a, req, res, { notes: [a.tx('err_not_your_team')] }, 403);
    try {
      const removed = await unassignPartner(ports, { organisationId: a.viewer.organisationId, staffId, partnerId, level });
      if (!removed) return show(a, req, res, { notes: [a.tx('err_assignment_gone')] }, 404);
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return show(a, req, res, { notes: [text] }, 400);
    }
    await ports.writes.recordAudit({
      organisationId: a.viewer.organisationId, actorStaffId: a.viewer.staffId, action: 'assignment.removed', subject: `partner:${partnerId}`,
      details: { staffId, level }, at: now(),
    });
    res.redirect(303, backTo(req, 'unassigned'));
  });
}
