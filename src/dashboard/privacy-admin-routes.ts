// /dashboard/beheer/privacy: inzage (JSON, HTML or CSV), verwijderen after a
// confirmation step in which the admin types the e-mail again, and the retention
// periods. Admins only, checked on every request; POSTs carry the CSRF token
// (checked by the auth middleware). The e-mail travels in POST bodies only, never in
// a URL (browser history, proxy logs).
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { ZExportFormat, ZPersonEmail } from '../privacy/privacy-input.ts';
import type { PrivacyPorts } from '../privacy/privacy-ports.ts';
import { renderExportHtmlBody, EXPORT_CSV_HEADER, exportCsvRows } from '../privacy/render-export.ts';
import { isEmpty } from '../privacy/person-export.ts';
import { ZRetentionPeriods } from '../privacy/retention-policy.ts';
import { sendCsv } from './csv-response.ts';
import { refuse, sendPage, viewerOf, type DashboardContext } from './dashboard-context.ts';
import { alertLines, backLink, renderEraseConfirmation, renderPrivacyPage, type AvgText } from './privacy-admin-page.ts';
import { csrfTokenFor } from './session-cookie.ts';

const ZExportForm = z.object({ email: ZPersonEmail, format: ZExportFormat.default('html') });
const ZEraseForm = z.object({ email: ZPersonEmail });
const ZConfirmForm = z.object({ email: ZPersonEmail, confirm: z.string().trim().toLowerCase().default('') });

export function addPrivacyRoutes(router: Router, ctx: DashboardContext, privacy: PrivacyPorts): void {
  /** The admin's view, or null after answering 403. */
  function adminOf(res: Response) {
    const { viewer, token } = viewerOf(res);
    if (viewer.role !== 'admin') {
      refuse(ctx, res);
      return null;
    }
    const tx: AvgText = (key, values) => ctx.t(viewer.language, `avg.${key}`, values);
    return { viewer, tx, csrf: csrfTokenFor(token) };
  }

  async function sendMain(res: Response, a: NonNullable<ReturnType<typeof adminOf>>, notes: string[] = [], status = 200) {
    const periods = await privacy.periodsOf(a.viewer.organisationId);
    sendPage(ctx, res, a.tx('page_title'), renderPrivacyPage(a.tx, a.csrf, periods, notes), 'privacy', status);
  }

  const emailError = (a: NonNullable<ReturnType<typeof adminOf>>, req: Request) =>
    a.tx('email_invalid', { value: String((req.body as Record<string, unknown>)?.email ?? '').slice(0, 100) });

  router.get('/beheer/privacy', async (_req, res) => {
    const a = adminOf(res);
    if (a) await sendMain(res, a);
  });

  router.post('/beheer/privacy/inzage', async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const form = ZExportForm.safeParse(req.body);
    if (!form.success) return sendMain(res, a, [form.error.issues.some((i) => i.path[0] === 'email') ? emailError(a, req) : a.tx('format_invalid', { value: String(req.body?.format) })], 400);
    const { email, format } = form.data;
    const bundle = await privacy.exportPerson(a.viewer.organisationId, email, ctx.clock.now(), { actorStaffId: a.viewer.staffId, format });
    if (isEmpty(bundle)) return sendMain(res, a, [a.tx('not_found_body', { email })], 404);
    if (format === 'csv') return sendCsv(res, 'inzage.csv', EXPORT_CSV_HEADER, exportCsvRows(bundle));
    if (format === 'json') {
      res.setHeader('Content-Disposition', 'attachment; filename="inzage.json"');
      res.setHeader('Cache-Control', 'no-store');
      return void res.type('application/json').send(JSON.stringify(bundle, null, 2));
    }
    sendPage(ctx, res, a.tx('export_title', { email }), renderExportHtmlBody(bundle, ctx.t, a.viewer.language) + backLink(a.tx), 'privacy');
  });

  router.post('/beheer/privacy/verwijderen', async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const form = ZEraseForm.safeParse(req.body);
    if (!form.success) return sendMain(res, a, [emailError(a, req)], 400);
    const found = await privacy.countPeople(a.viewer.organisationId, form.data.email);
    if (found.staff + found.contacts === 0) return sendMain(res, a, [a.tx('not_found_body', { email: form.data.email })], 404);
    sendPage(ctx, res, a.tx('confirm_title'), renderEraseConfirmation(a.tx, a.csrf, form.data.email, found), 'privacy');
  });

  router.post('/beheer/privacy/verwijderen/bevestig', async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const form = ZConfirmForm.safeParse(req.body);
    if (!form.success) return sendMain(res, a, [emailError(a, req)], 400);
    const { email, confirm } = form.data;
    if (confirm !== email) return sendMain(res, a, [a.tx('confirm_mismatch')], 400);
    const result = await privacy.erase({ organisationId: a.viewer.organisationId, email, actorStaffId: a.viewer.staffId, now: ctx.clock.now(), replacement: a.tx('erased_name') });
    if (result.kind === 'not_found') return sendMain(res, a, [a.tx('not_found_body', { email })], 404);
    if (result.kind === 'blocked') return sendMain(res, a, [a.tx('erase_blocked', { tables: result.tables.join(', ') })], 409);
    const lines = [a.tx('erased_body', { email, staff: result.staff, contacts: result.contacts, rows: result.scrubbedRows })];
    if (result.sharedNames > 0) lines.push(a.tx('erase_shared_names', { count: result.sharedNames }));
    // The admin may have erased themselves: their session is gone with them.
    sendPage(ctx, res, a.tx('erased_title'), alertLines(lines) + backLink(a.tx), 'privacy');
  });

  router.post('/beheer/privacy/bewaartermijnen', async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const form = ZRetentionPeriods.safeParse(req.body);
    if (!form.success) return sendMain(res, a, form.error.issues.map((i) => a.tx('retention_invalid', { reason: i.message })), 400);
    await privacy.setPeriods(a.viewer.organisationId, form.data, a.viewer.staffId, ctx.clock.now());
    await sendMain(res, a, [a.tx('retention_saved'), a.tx('retention_saved_body')]);
  });
}
