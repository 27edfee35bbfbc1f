// Step 3 of the import wizard: the draft's table under its mapping, validated row by
// row and run through the register's rules in a rolled-back transaction (dry run),
// merged into one report per row — or written for real in step 4.
import type { ImportIssue } from '../../csv/import-issue.ts';
import { mapCsvTable } from '../../csv/read-register-csv.ts';
import { validateRegisterRows } from '../../csv/validate-register-rows.ts';
import type { ImportBatch } from '../../register/import-records.ts';
import type { ImportPlan, RowReport } from '../../register/import-plan.ts';
import type { ImportDraft, ImportWizardPorts } from './import-ports.ts';

export interface ImportCheck {
  plan: ImportPlan | null;
  rows: RowReport[];
  /** Problems with the file as a whole (row 0 or 1): a missing column, a broken quote. */
  fileProblems: string[];
  written: boolean;
}

export async function checkDraft(ports: ImportWizardPorts, draft: ImportDraft, who: { organisationId: string; staffId: string }, dryRun: boolean): Promise<ImportCheck> {
  const csv = mapCsvTable(draft.table, draft.kind, draft.mapping);
  const validated = validateRegisterRows(csv, draft.kind);
  const pre = [...csv.issues, ...validated.issues];
  const fileProblems = pre.filter((i) => i.row <= 1).map((i) => i.message);
  if (fileProblems.length > 0) return { plan: null, rows: [], fileProblems, written: false };
  const outcome = await ports.runImport({
    organisationId: who.organisationId,
    actorStaffId: who.staffId,
    batch: { kind: draft.kind, rows: validated.rows } as ImportBatch,
    headerOf: csv.headerOf,
    resolutions: draft.resolutions,
    dryRun: dryRun || pre.length > 0,
    source: draft.fileName,
  });
  const labelOf = (row: number) => {
    const cells = csv.rows.find((r) => r.row === row)?.cells ?? {};
    return cells.name ?? cells.staff ?? cells.partner ?? '';
  };
  return { plan: outcome.plan, rows: mergeRows(outcome.plan.rows, pre, labelOf), fileProblems: [], written: outcome.written };
}

/** The plan's rows plus the rows the file checks refused before the register was read. */
function mergeRows(planned: RowReport[], refused: ImportIssue[], labelOf: (row: number) => string): RowReport[] {
  const byRow = new Map(planned.map((r) => [r.row, r]));
  for (const issue of refused) {
    const report: RowReport = byRow.get(issue.row) ?? { row: issue.row, status: 'error', label: labelOf(issue.row), changes: [], problems: [], warnings: [] };
    report.status = 'error';
    report.problems.push(issue);
    byRow.set(issue.row, report);
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}
