// /dashboard/beheer/import: the import wizard, admins only. (1) upload a CSV → a
// server-side draft (bounded, expires), (2) map columns (remembered per organisation
// and kind), (3) check: per-row report, near-duplicates, unknown rubrieken resolved in
// place, (4) import in one transaction. Every POST carries the CSRF token (checked
// by the auth middleware; multipart bodies are parsed before it, see addImportUpload).
import type { NextFunction, Request, Response, Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { findBsnCells } from '../../csv/find-bsn-cells.ts';
import { guessMapping, readCsvTable } from '../../csv/read-register-csv.ts';
import { REGISTER_COLUMNS, REGISTER_KINDS } from '../../csv/register-columns.ts';
import { toCompareKey, toHeaderKey } from '../../domain/compare-key.ts';
import type { CategoryResolution } from '../../register/import-plan.ts';
import { refuse, sendPage, viewerOf, type DashboardContext } from '../dashboard-context.ts';
import type { PageText } from '../html.ts';
import { csrfTokenFor, readSessionToken } from '../session-cookie.ts';
import { checkDraft } from './import-check.ts';
import { MAX_UPLOAD_MB, renderCheckPage, renderColumnsPage, renderDonePage, renderUploadPage } from './import-pages.ts';
import type { ImportDraft, ImportWizardPorts } from './import-ports.ts';

const BASE = '/dashboard/beheer/import';
const PATH = '/beheer/import';
const DRAFT_HOURS = 1;
const ZId = z.string().uuid();
const ZKind = z.enum(REGISTER_KINDS);
const ZDays = z.coerce.number().int().min(1).max(730);

/**
 * Multipart bodies are read before the auth middleware, so its CSRF check sees the
 * form's csrf field. Only this path, one file, in memory, at most MAX_UPLOAD_MB.
 */
export function addImportUpload(router: Router): void {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 4, fieldSize: 1024 } }).single('file');
  router.post(PATH, (req: Request, res: Response, next: NextFunction) => {
    if (!readSessionToken(req)) return next(); // no session: the auth middleware answers, nothing is read
    upload(req, res, (err: unknown) => {
      if (err) res.locals.uploadError = err instanceof multer.MulterError ? err.code : 'UNKNOWN';
      next();
    });
  });
}

export function addImportRoutes(router: Router, ctx: DashboardContext, ports: ImportWizardPorts, opts: { playground: boolean }): void {
  function adminOf(res: Response) {
    const { viewer, token } = viewerOf(res);
    if (viewer.role !== 'admin') {
      refuse(ctx, res);
      return null;
    }
    const tx: PageText = (key, values) => ctx.t(viewer.language, `import.${key}`, values);
    return { viewer, tx, csrf: csrfTokenFor(token), who: { organisationId: viewer.organisationId, staffId: viewer.staffId } };
  }
  type Admin = NonNullable<ReturnType<typeof adminOf>>;

  /** The viewer's own live draft, or a page saying it is gone. */
  async function draftOf(req: Request, res: Response, a: Admin): Promise<ImportDraft | null> {
    const id = ZId.safeParse(req.params.id);
    const draft = id.success ? await ports.findDraft(id.data, a.who.organisationId, a.who.staffId, ctx.clock.now()) : null;
    if (!draft) sendPage(ctx, res, a.tx('title'), renderUploadPage(a.tx, a.csrf, [a.tx('draft_gone')]), 'import', 404);
    return draft;
  }

  router.get(PATH, (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const kind = ZKind.safeParse(req.query.soort);
    sendPage(ctx, res, a.tx('title'), renderUploadPage(a.tx, a.csrf, [], kind.success ? kind.data : undefined), 'import');
  });

  router.post(PATH, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const kind = ZKind.safeParse((req.body as Record<string, unknown>)?.kind);
    const again = (status: number, problems: string[]) => sendPage(ctx, res, a.tx('title'), renderUploadPage(a.tx, a.csrf, problems, kind.success ? kind.data : undefined), 'import', status);
    if (res.locals.uploadError === 'LIMIT_FILE_SIZE') return again(413, [a.tx('too_large', { mb: MAX_UPLOAD_MB })]);
    if (!kind.success) return again(400, [a.tx('kind_invalid')]);
    const file = req.file;
    if (!file || file.size === 0 || res.locals.uploadError) return again(400, [a.tx('no_file')]);
    const table = readCsvTable(new Uint8Array(file.buffer));
    // Client data never enters the database, not even as a draft: refused before storing.
    const bsn = findBsnInTable(table.header, table.records);
    if (bsn) return again(400, [a.tx('bsn_refused', bsn)]);
    if (table.header.length === 0) return again(400, [a.tx('file_problem'), ...table.issues.map((i) => i.message)]);
    const remembered = await ports.rememberedMapping(a.who.organisationId, kind.data);
    const fileName = z.string().trim().max(200).catch('bestand.csv').parse(file.originalname) || 'bestand.csv';
    const id = await ports.createDraft({
      ...a.who,
      kind: kind.data,
      fileName,
      table,
      mapping: guessMapping(kind.data, table.header, remembered),
      expiresAt: new Date(ctx.clock.now().getTime() + DRAFT_HOURS * 3_600_000),
    });
    res.redirect(303, `${BASE}/${id}/kolommen`);
  });

  router.get(`${PATH}/:id/kolommen`, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const draft = await draftOf(req, res, a);
    if (draft) sendPage(ctx, res, a.tx('title'), renderColumnsPage(a.tx, a.csrf, draft, draft.mapping), 'import');
  });

  router.post(`${PATH}/:id/kolommen`, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const draft = await draftOf(req, res, a);
    if (!draft) return;
    const columns = REGISTER_COLUMNS[draft.kind];
    const body = req.body as Record<string, unknown>;
    const mapping = draft.table.header.map((_h, i) => {
      const value = z.string().catch('').parse(body[`col${i}`]);
      return columns.some((c) => c.field === value) ? value : null;
    });
    const labelOf = (field: string) => columns.find((c) => c.field === field)?.header ?? field;
    const problems = [
      ...[...new Set(mapping.filter((f, i) => f && mapping.indexOf(f) !== i))].map((f) => a.tx('column_twice', { field: labelOf(f!) })),
      ...columns.filter((c) => c.required && !mapping.includes(c.field)).map((c) => a.tx('column_missing', { field: c.header })),
    ];
    if (problems.length > 0) return sendPage(ctx, res, a.tx('title'), renderColumnsPage(a.tx, a.csrf, draft, mapping, problems), 'import', 400);
    await ports.saveMapping(draft.id, mapping);
    await ports.rememberMapping(a.who.organisationId, draft.kind, Object.fromEntries(draft.table.header.map((h, i) => [toHeaderKey(h), mapping[i] ?? ''])));
    res.redirect(303, `${BASE}/${draft.id}/controleren`);
  });

  async function sendCheck(res: Response, a: Admin, draft: ImportDraft, notes: string[] = [], status = 200) {
    const check = await checkDraft(ports, draft, a.who, true);
    const categories = await ports.listCategories(a.who.organisationId);
    sendPage(ctx, res, a.tx('title'), renderCheckPage(a.tx, a.csrf, { id: draft.id, fileName: draft.fileName, table: draft.table, plan: check.plan, rows: check.rows, fileProblems: check.fileProblems, categories, notes }), 'import', status);
  }

  router.get(`${PATH}/:id/controleren`, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const draft = await draftOf(req, res, a);
    if (!draft) return;
    if (draft.result) return res.redirect(303, `${BASE}/${draft.id}/klaar`);
    await sendCheck(res, a, draft);
  });

  router.post(`${PATH}/:id/rubrieken`, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const draft = await draftOf(req, res, a);
    if (!draft) return;
    const body = req.body as Record<string, unknown>;
    const count = z.coerce.number().int().min(0).max(200).catch(0).parse(body.count);
    const categories = await ports.listCategories(a.who.organisationId);
    const resolutions: Record<string, CategoryResolution> = { ...draft.resolutions };
    const problems: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const name = z.string().trim().min(1).max(200).safeParse(body[`name${i}`]);
      if (!name.success) continue;
      const resolution = readResolution(body, i, categories);
      if (resolution) resolutions[toCompareKey(name.data)] = resolution;
      else problems.push(a.tx('resolve_invalid', { name: name.data }));
    }
    if (problems.length > 0) return sendCheck(res, a, draft, problems, 400);
    await ports.saveResolutions(draft.id, resolutions);
    res.redirect(303, `${BASE}/${draft.id}/controleren`);
  });

  router.post(`${PATH}/:id/importeren`, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const draft = await draftOf(req, res, a);
    if (!draft) return;
    if (draft.result) return res.redirect(303, `${BASE}/${draft.id}/klaar`);
    // The rules run again inside the writing transaction: the register may have changed since the check.
    const check = await checkDraft(ports, draft, a.who, false);
    if (!check.written || !check.plan) return sendCheck(res, a, draft, [a.tx('apply_failed')], 409);
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const r of check.rows) if (r.status !== 'error') counts[r.status === 'new' ? 'created' : r.status === 'changed' ? 'updated' : 'unchanged'] += 1;
    await ports.markApplied(draft.id, { counts, teamsCreated: check.plan.teamsCreated, categoriesCreated: check.plan.categoriesCreated, rows: check.rows }, ctx.clock.now());
    res.redirect(303, `${BASE}/${draft.id}/klaar`);
  });

  router.get(`${PATH}/:id/klaar`, async (req, res) => {
    const a = adminOf(res);
    if (!a) return;
    const draft = await draftOf(req, res, a);
    if (!draft) return;
    if (!draft.result) return res.redirect(303, `${BASE}/${draft.id}/controleren`);
    sendPage(ctx, res, a.tx('title'), renderDonePage(a.tx, draft.kind, draft.result, opts.playground), 'import');
  });
}

function readResolution(body: Record<string, unknown>, i: number, categories: { id: string }[]): CategoryResolution | null {
  if (body[`action${i}`] === 'map') {
    const id = z.string().uuid().safeParse(body[`category${i}`]);
    return id.success && categories.some((c) => c.id === id.data) ? { action: 'map', categoryId: id.data } : null;
  }
  const ideal = ZDays.safeParse(body[`ideal${i}`]);
  const max = ZDays.safeParse(body[`max${i}`]);
  if (!ideal.success || !max.success || max.data < ideal.data) return null;
  return { action: 'create', idealIntervalDays: ideal.data, maxIntervalDays: max.data };
}

/** The first cell (header included) that looks like a BSN, as row and column for the message. */
function findBsnInTable(header: string[], records: { row: number; values: string[] }[]): { row: number; column: string } | null {
  const asCells = (values: string[]) => Object.fromEntries(values.map((v, i) => [String(i), v]));
  const inHeader = findBsnCells(asCells(header))[0];
  if (inHeader !== undefined) return { row: 1, column: String(Number(inHeader) + 1) }; // never repeat the number itself
  for (const { row, values } of records) {
    const at = findBsnCells(asCells(values))[0];
    if (at !== undefined) return { row, column: header[Number(at)] ?? `${Number(at) + 1}` };
  }
  return null;
}

