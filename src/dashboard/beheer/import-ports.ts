// What the import wizard reads and writes; src/store/import-draft-store.ts implements it.
// The parsed file lives server-side between the steps (never in a hidden form field).
import type { CsvTable } from '../../csv/read-register-csv.ts';
import type { RegisterKind } from '../../csv/register-columns.ts';
import type { ImportIssue } from '../../csv/import-issue.ts';
import type { ImportBatch } from '../../register/import-records.ts';
import type { CategoryResolution, ImportPlan } from '../../register/import-plan.ts';

export interface ImportDraft {
  id: string;
  kind: RegisterKind;
  fileName: string;
  table: CsvTable;
  /** Per column of the file: the field it fills, or null. */
  mapping: (string | null)[];
  resolutions: Record<string, CategoryResolution>;
  /** Set once written: the report of the import. */
  result: ImportResultSummary | null;
}

export interface ImportResultSummary {
  counts: { created: number; updated: number; unchanged: number };
  teamsCreated: number;
  categoriesCreated: number;
  rows: ImportPlan['rows'];
}

export interface ImportRunInput {
  organisationId: string;
  actorStaffId: string;
  batch: ImportBatch;
  headerOf: Record<string, string>;
  resolutions: Record<string, CategoryResolution>;
  dryRun: boolean;
  source: string;
}

export interface ImportRunOutcome {
  written: boolean;
  issues: ImportIssue[];
  plan: ImportPlan;
}

export interface ImportWizardPorts {
  createDraft(input: { organisationId: string; staffId: string; kind: RegisterKind; fileName: string; table: CsvTable; mapping: (string | null)[]; expiresAt: Date }): Promise<string>;
  /** The viewer's own live draft, or null (unknown, someone else's, or expired — then deleted). */
  findDraft(id: string, organisationId: string, staffId: string, now: Date): Promise<ImportDraft | null>;
  saveMapping(id: string, mapping: (string | null)[]): Promise<void>;
  saveResolutions(id: string, resolutions: Record<string, CategoryResolution>): Promise<void>;
  markApplied(id: string, result: ImportResultSummary, now: Date): Promise<void>;
  /** Header key → field ('' = ignored), as chosen last time for this kind. */
  rememberedMapping(organisationId: string, kind: RegisterKind): Promise<Record<string, string>>;
  rememberMapping(organisationId: string, kind: RegisterKind, mapping: Record<string, string>): Promise<void>;
  listCategories(organisationId: string): Promise<{ id: string; name: string }[]>;
  /** The register's engine (the same as the CLI's): one transaction, rolled back on a dry run or any error. */
  runImport(input: ImportRunInput): Promise<ImportRunOutcome>;
}
