// The import wizard's drafts and remembered column choices, and its way into the
// register import (src/store/register-import.ts, the same engine as the CLI).
import type { ImportDraft, ImportWizardPorts } from '../dashboard/beheer/import-ports.ts';
import type { CsvTable } from '../csv/read-register-csv.ts';
import type { RegisterKind } from '../csv/register-columns.ts';
import type { Database } from './database.ts';
import type { Prisma } from './generated/client.ts';
import { importRegister } from './register-import.ts';

const asJson = (value: unknown) => value as Prisma.InputJsonValue;

export function createImportDraftStore(db: Database): ImportWizardPorts {
  const { prisma } = db;
  return {
    async createDraft(input) {
      // Old drafts go as new ones come: the table never grows past the live ones.
      await prisma.importDraft.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      const draft = await prisma.importDraft.create({
        data: {
          organisationId: input.organisationId,
          staffId: input.staffId,
          kind: input.kind,
          fileName: input.fileName,
          encoding: input.table.encoding,
          separator: input.table.separator,
          table: asJson(input.table),
          mapping: asJson(input.mapping),
          expiresAt: input.expiresAt,
        },
      });
      return draft.id;
    },
    async findDraft(id, organisationId, staffId, now) {
      const row = await prisma.importDraft.findFirst({ where: { id, organisationId, staffId } });
      if (!row) return null;
      if (row.expiresAt < now) {
        await prisma.importDraft.delete({ where: { id } });
        return null;
      }
      return {
        id: row.id,
        kind: row.kind as RegisterKind,
        fileName: row.fileName,
        table: row.table as unknown as CsvTable,
        mapping: row.mapping as unknown as (string | null)[],
        resolutions: row.resolutions as unknown as ImportDraft['resolutions'],
        result: (row.result ?? null) as unknown as ImportDraft['result'],
      };
    },
    async saveMapping(id, mapping) {
      // A new mapping changes which rubrieken are unknown: earlier resolutions go.
      await prisma.importDraft.update({ where: { id }, data: { mapping: asJson(mapping), resolutions: {} } });
    },
    async saveResolutions(id, resolutions) {
      await prisma.importDraft.update({ where: { id }, data: { resolutions: asJson(resolutions) } });
    },
    async markApplied(id, result, now) {
      await prisma.importDraft.update({ where: { id }, data: { result: asJson(result), appliedAt: now, table: asJson({ header: [], records: [], issues: [] }) } });
    },
    async rememberedMapping(organisationId, kind) {
      const row = await prisma.importColumnChoice.findUnique({ where: { organisationId_kind: { organisationId, kind } } });
      return (row?.mapping ?? {}) as unknown as Record<string, string>;
    },
    async rememberMapping(organisationId, kind, mapping) {
      await prisma.importColumnChoice.upsert({
        where: { organisationId_kind: { organisationId, kind } },
        create: { organisationId, kind, mapping: asJson(mapping) },
        update: { mapping: asJson(mapping) },
      });
    },
    listCategories: (organisationId) => prisma.category.findMany({ where: { organisationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    async runImport(input) {
      const outcome = await importRegister(db, {
        organisationId: input.organisationId,
        batch: input.batch,
        dryRun: input.dryRun,
        headerOf: input.headerOf,
        source: input.source,
        categoryResolutions: input.resolutions,
        actorStaffId: input.actorStaffId,
      });
      return { written: outcome.written, issues: outcome.issues, plan: outcome.plan };
    },
  };
}
