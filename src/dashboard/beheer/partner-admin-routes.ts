// /dashboard/beheer/partners (admins): list and search, add, edit (aliases too),
// contact persons, archive, and merging a duplicate into this partner. Every write
// goes through a register use-case and leaves an audit event; a refused form comes
// back with the error beside its field and everything else as typed.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { savePartner } from '../../register/save-partner.ts';
import { savePartnerContact } from '../../register/save-partner-contact.ts';
import { archivePartner } from '../../register/archive-partner.ts';
import { mergePartners } from '../../register/merge-partners.ts';
import { removePartnerContact } from '../../register/remove-partner-contact.ts';
import type { Partner } from '../../core/register.ts';
import { isDomainError } from '../../core/domain-error.ts';
import { sendPage, type DashboardContext } from '../dashboard-context.ts';
import { adminOnly, type BeheerAccess } from './admin-access.ts';
import { alerts, domainErrorText, fieldErrors, formValues, type FieldErrors, type FormValues } from './admin-form.ts';
import { CONTACT_FIELDS, PARTNER_FIELDS, ZArchiveForm, ZContactForm, ZListQuery, ZMergeConfirm, ZMergeForm, ZPartnerForm } from './admin-form-schemas.ts';
import {
  PAGE_SIZE, PARTNERS_URL, partnerFormValues, renderMergeConfirm, renderPartnerDetail, renderPartnerForm, renderPartnerList, type PartnerDetailView,
} from './partner-admin-pages.ts';
import type { RegisterAdminPorts } from './register-admin-ports.ts';

const ZId = z.uuid();
/** Notices after a redirect: only these keys, never text from the query string. */
const DONE = ['saved', 'created', 'archived', 'unarchived', 'contact_saved', 'contact_removed', 'merged'] as const;

export function addPartnerAdminRoutes(router: Router, ctx: DashboardContext, ports: RegisterAdminPorts): void {
  const now = () => ctx.clock.now();
  const audit = (a: BeheerAccess, action: string, partnerId: string, details: Record<string, unknown> = {}) =>
    ports.writes.recordAudit({ organisationId: a.viewer.organisationId, actorStaffId: a.viewer.staffId, action, subject: `partner:${partnerId}`, details, at: now() });

  /** The partner of this organisation, or null after a 404 page. */
  async function partnerOf(a: BeheerAccess, req: Request, res: Response): Promise<Partner | null> {
    const id = ZId.safeParse(req.params.id);
    const partner = id.success ? await ports.register.findPartner(id.data) : null;
    if (partner?.organisationId === a.viewer.organisationId) return partner;
    sendPage(ctx, res, a.tx('not_found_title'), alerts([a.tx('not_found_body')]) + `<p><a href="${PARTNERS_URL}">${a.tx('back_to_list')}</a></p>`, 'other', 404);
    return null;
  }

  async function showDetail(a: BeheerAccess, res: Response, partner: Partner, extra: Partial<PartnerDetailView> & { notes?: string[]; done?: string | undefined } = {}, status = 200) {
    const view: PartnerDetailView = {
      partner,
      categories: await ports.register.listCategories(a.viewer.organisationId),
      contacts: await ports.register.listPartnerContacts(partner.id),
      owners: await ports.queries.listAssignments(a.viewer.organisationId, { staffIds: null, partnerId: partner.id }),
      partnerNames: await ports.queries.listPartnerNames(a.viewer.organisationId),
      partnerValues: partnerFormValues(partner), partnerErrors: {},
      ...extra,
    };
    const notice = extra.done ? alerts([a.tx(`done_${extra.done}`)], 'ok') : '';
    sendPage(ctx, res, partner.name, notice + alerts(extra.notes ?? []) + renderPartnerDetail(a.tx, a.csrf, view), 'other', status);
  }

  const doneOf = (req: Request) => (DONE as readonly string[]).includes(String(req.query.klaar)) ? String(req.query.klaar) : undefined;
  const redirectDone = (res: Response, partnerId: string, done: (typeof DONE)[number], anchor = '') => res.redirect(303, `${PARTNERS_URL}/${partnerId}?klaar=${done}${anchor}`);

  router.get('/beheer/partners', async (req, res) => {
    const a = adminOnly(ctx, res);
    if (!a) return;
    const query = ZListQuery.parse(req.query);
    const archived = query.archief === '1';
    const list = await ports.queries.listPartners(a.viewer.organisationId, { q: query.q, archived, page: query.page, pageSize: PAGE_SIZE });
    sendPage(ctx, res, a.tx('list_title'), renderPartnerList(a.tx, { ...list, page: query.page, q: query.q, archived }), 'other');
  });

  async function showNew(a: BeheerAccess, res: Response, values: FormValues, errors: FieldErrors, status = 200) {
    const categories = await ports.register.listCategories(a.viewer.organisationId);
    sendPage(ctx, res, a.tx('new_title'), `<p><a href="${PARTNERS_URL}">${a.tx('back_to_list')}</a></p>` +
      (Object.keys(errors).length ? alerts([a.tx('form_has_errors')]) : '') +
      renderPartnerForm(a.tx, a.csrf, categories, values, errors, PARTNERS_URL, a.tx('create')), 'other', status);
  }

  router.get('/beheer/partners/nieuw', async (_req, res) => {
    const a = adminOnly(ctx, res);
    if (a) await showNew(a, res, {}, {});
  });

  /** Parses the partner form; a use-case refusal is placed beside the field it is about. */
  async function writePartner(a: BeheerAccess, req: Request, id: string | null): Promise<{ partner: Partner } | { values: FormValues; errors: FieldErrors }> {
    const values = formValues(req.body, PARTNER_FIELDS);
    const form = ZPartnerForm.safeParse(values);
    if (!form.success) return { values, errors: fieldErrors(form.error) };
    try {
      const fields = { organisationId: a.viewer.organisationId, ...form.data };
      const partner = await savePartner(ports.register, id ? { ...fields, id } : fields);
      return { partner };
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      const field = isDomainError(err, 'category_not_found') ? 'categoryName' : isDomainError(err, 'partner_duplicate') ? 'name' : '_form';
      return { values, errors: { [field]: text } };
    }
  }

  router.post('/beheer/partners', async (req, res) => {
    const a = adminOnly(ctx, res);
    if (!a) return;
    const result = await writePartner(a, req, null);
    if ('errors' in result) return showNew(a, res, result.values, result.errors, 400);
    await audit(a, 'partner.created', result.partner.id, { name: result.partner.name });
    redirectDone(res, result.partner.id, 'created');
  });

  router.get('/beheer/partners/:id', async (req, res) => {
    const a = adminOnly(ctx, res);
    const partner = a && (await partnerOf(a, req, res));
    if (a && partner) await showDetail(a, res, partner, { done: doneOf(req) });
  });

  router.post('/beheer/partners/:id', async (req, res) => {
    const a = adminOnly(ctx, res);
    const partner = a && (await partnerOf(a, req, res));
    if (!a || !partner) return;
    const result = await writePartner(a, req, partner.id);
    if ('errors' in result) {
      return showDetail(a, res, partner, { partnerValues: result.values, partnerErrors: result.errors, notes: [a.tx('form_has_errors')] }, 400);
    }
    await audit(a, 'partner.updated', partner.id, { before: partner.name, after: result.partner.name, aliases: result.partner.aliases.length });
    redirectDone(res, partner.id, 'saved');
  });

  router.post('/beheer/partners/:id/archiveren', async (req, res) => {
    const a = adminOnly(ctx, res);
    const partner = a && (await partnerOf(a, req, res));
    if (!a || !partner) return;
    const form = ZArchiveForm.safeParse(req.body);
    if (!form.success) return showDetail(a, res, partner, { notes: [a.tx('err_invalid')] }, 400);
    const archived = form.data.archived === '1';
    await archivePartner(ports.register, { organisationId: a.viewer.organisationId, partnerId: partner.id, archived }, now());
    await audit(a, archived ? 'partner.archived' : 'partner.unarchived', partner.id);
    redirectDone(res, partner.id, archived ? 'archived' : 'unarchived');
  });

  router.post('/beheer/partners/:id/contactpersonen', async (req, res) => {
    const a = adminOnly(ctx, res);
    const partner = a && (await partnerOf(a, req, res));
    if (!a || !partner) return;
    const values = formValues(req.body, CONTACT_FIELDS);
    const form = ZContactForm.safeParse(values);
    if (!form.success) return showDetail(a, res, partner, { contactForm: { values, errors: fieldErrors(form.error) }, notes: [a.tx('form_has_errors')] }, 400);
    try {
      const saved = await savePartnerContact(ports.register, { organisationId: a.viewer.organisationId, partnerId: partner.id, ...form.data });
      await audit(a, 'partner_contact.saved', partner.id, { contactId: saved.id, added: form.data.id === undefined });
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return showDetail(a, res, partner, { contactForm: { values, errors: { name: text } }, notes: [a.tx('form_has_errors')] }, 400);
    }
    redirectDone(res, partner.id, 'contact_saved', '#contacts');
  });

  router.post('/beheer/partners/:id/contactpersonen/:contactId/verwijderen', async (req, res) => {
    const a = adminOnly(ctx, res);
    const partner = a && (await partnerOf(a, req, res));
    if (!a || !partner) return;
    try {
      await removePartnerContact({ register: ports.register, writes: ports.writes }, { organisationId: a.viewer.organisationId, partnerId: partner.id, id: String(req.params.contactId) });
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return showDetail(a, res, partner, { notes: [text] }, 404);
    }
    await audit(a, 'partner_contact.removed', partner.id, { contactId: req.params.contactId });
    redirectDone(res, partner.id, 'contact_removed', '#contacts');
  });

  async function showMergeConfirm(a: BeheerAccess, res: Response, keep: Partner, drop: Partner) {
    const owners = await ports.queries.listAssignments(a.viewer.organisationId, { staffIds: null, partnerId: drop.id });
    const contacts = await ports.register.listPartnerContacts(drop.id);
    sendPage(ctx, res, a.tx('merge_confirm_title'), renderMergeConfirm(a.tx, a.csrf, keep, drop, { owners: owners.length, contacts: contacts.length }), 'other');
  }

  router.post('/beheer/partners/:id/samenvoegen', async (req, res) => {
    const a = adminOnly(ctx, res);
    const keep = a && (await partnerOf(a, req, res));
    if (!a || !keep) return;
    const value = formValues(req.body, ['otherName']).otherName!;
    const form = ZMergeForm.safeParse({ otherName: value });
    const drop = form.success ? await ports.register.findPartnerByName(a.viewer.organisationId, form.data.otherName) : null;
    const error = !form.success ? a.tx(fieldErrors(form.error).otherName ?? 'err_invalid')
      : !drop ? a.tx('err_merge_unknown', { name: form.data.otherName })
        : drop.id === keep.id ? a.tx('err_merge_same') : undefined;
    if (error || !drop) return showDetail(a, res, keep, { mergeForm: { value, error }, notes: [a.tx('form_has_errors')] }, 400);
    await showMergeConfirm(a, res, keep, drop);
  });

  // "Andersom": the same confirmation with the two partners' roles swapped.
  router.get('/beheer/partners/:id/samenvoegen', async (req, res) => {
    const a = adminOnly(ctx, res);
    const keep = a && (await partnerOf(a, req, res));
    if (!a || !keep) return;
    const dropId = ZId.safeParse(req.query.met);
    const drop = dropId.success ? await ports.register.findPartner(dropId.data) : null;
    if (!drop || drop.organisationId !== a.viewer.organisationId || drop.id === keep.id) return showDetail(a, res, keep, { notes: [a.tx('err_merge_gone')] }, 404);
    await showMergeConfirm(a, res, keep, drop);
  });

  router.post('/beheer/partners/:id/samenvoegen/bevestig', async (req, res) => {
    const a = adminOnly(ctx, res);
    const keep = a && (await partnerOf(a, req, res));
    if (!a || !keep) return;
    const form = ZMergeConfirm.safeParse(req.body);
    if (!form.success) return showDetail(a, res, keep, { notes: [a.tx('err_merge_gone')] }, 400);
    try {
      await mergePartners({ register: ports.register, writes: ports.writes },
        { organisationId: a.viewer.organisationId, keepId: keep.id, dropId: form.data.dropId, actorStaffId: a.viewer.staffId }, now());
    } catch (err) {
      const text = domainErrorText(ctx, a.viewer.language, err);
      if (text === null) throw err;
      return showDetail(a, res, keep, { notes: [text] }, 400);
    }
    redirectDone(res, keep.id, 'merged');
  });
}
