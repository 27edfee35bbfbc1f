// /dashboard/beheer/rubrieken: list, add, change and delete (only when no partner uses
// it) the rubrieken. Admins only. Every write goes through the register use-cases in
// one transaction with its audit event.
import type { Response, Router } from 'express';
import { z } from 'zod';
import { LEVELS } from '../../core/register-types.ts';
import { deleteCategory } from '../../register/delete-category.ts';
import { saveCategory } from '../../register/save-category.ts';
import { sendPage, type DashboardContext } from '../dashboard-context.ts';
import { adminActorOf, domainMessage, type BeheerActor } from './beheer-access.ts';
import { fieldErrorsOf, type FieldState } from './beheer-form.ts';
import { checked, days, idParam, text } from './beheer-input.ts';
import type { BeheerOrgPorts } from './beheer-org-ports.ts';
import { categoryValues, renderCategoriesPage } from './category-admin-page.ts';

const ZCategoryForm = z.object({
  name: text(200),
  idealIntervalDays: days,
  maxIntervalDays: days,
  requiredLevels: checked.pipe(z.array(z.enum(LEVELS, 'invalid')).min(1, 'levels_required')),
}).refine((c) => c.idealIntervalDays <= c.maxIntervalDays, { message: 'ideal_over_max', path: ['idealIntervalDays'] });

const EMPTY: FieldState = { values: { requiredLevels: [...LEVELS] }, errors: {} };

export function addCategoryRoutes(router: Router, ctx: DashboardContext, ports: BeheerOrgPorts): void {
  async function show(res: Response, a: BeheerActor, form: { state: FieldState; id: string | null; problems?: string[] }, status = 200, notice?: string) {
    const rows = await ports.listCategories(a.viewer.organisationId);
    sendPage(ctx, res, a.tx('categories_title'), renderCategoriesPage(a.tx, a.csrf, rows, form, notice), 'beheer', status);
  }

  router.get('/beheer/rubrieken', async (_req, res) => {
    const a = adminActorOf(ctx, res);
    if (a) await show(res, a, { state: EMPTY, id: null });
  });

  router.get('/beheer/rubrieken/:id', async (req, res) => {
    const a = adminActorOf(ctx, res);
    if (!a) return;
    const id = idParam(req.params.id);
    const category = id ? (await ports.listCategories(a.viewer.organisationId)).find((c) => c.id === id) : undefined;
    if (!category) return show(res, a, { state: EMPTY, id: null, problems: [a.tx('error_category_gone')] }, 404);
    await show(res, a, { state: { values: categoryValues(category), errors: {} }, id: category.id });
  });

  async function save(req: { body: unknown; params: Record<string, string | undefined> }, res: Response, existing: boolean) {
    const a = adminActorOf(ctx, res);
    if (!a) return;
    const id = existing ? idParam(req.params.id) : null;
    if (existing && !id) return show(res, a, { state: EMPTY, id: null, problems: [a.tx('error_category_gone')] }, 404);
    const values = (req.body ?? {}) as FieldState['values'];
    const parsed = ZCategoryForm.safeParse(values);
    if (!parsed.success) return show(res, a, { state: { values, errors: fieldErrorsOf(a.tx, parsed.error.issues) }, id }, 400);
    const organisationId = a.viewer.organisationId;
    try {
      const category = await ports.write(async (w) => {
        const saved = await saveCategory(w.register, { organisationId, ...parsed.data, ...(id ? { id } : {}) });
        await w.audit({ organisationId, actorStaffId: a.viewer.staffId, action: id ? 'category.changed' : 'category.created', subject: saved.id, details: parsed.data });
        return saved;
      });
      await show(res, a, { state: EMPTY, id: null }, 200, a.tx('category_saved', { name: category.name }));
    } catch (err) {
      await show(res, a, { state: { values, errors: {} }, id, problems: [domainMessage(ctx, a, err)] }, 409);
    }
  }

  router.post('/beheer/rubrieken', (req, res) => save(req, res, false));
  router.post('/beheer/rubrieken/:id', (req, res) => save(req, res, true));

  router.post('/beheer/rubrieken/:id/verwijderen', async (req, res) => {
    const a = adminActorOf(ctx, res);
    if (!a) return;
    const id = idParam(req.params.id);
    const organisationId = a.viewer.organisationId;
    if (!id) return show(res, a, { state: EMPTY, id: null, problems: [a.tx('error_category_gone')] }, 404);
    try {
      const { name } = await ports.write(async (w) => {
        const deleted = await deleteCategory(w.register, organisationId, id);
        await w.audit({ organisationId, actorStaffId: a.viewer.staffId, action: 'category.deleted', subject: id, details: { name: deleted.name } });
        return deleted;
      });
      await show(res, a, { state: EMPTY, id: null }, 200, a.tx('category_deleted', { name }));
    } catch (err) {
      await show(res, a, { state: EMPTY, id: null, problems: [domainMessage(ctx, a, err)] }, 409);
    }
  });
}

