// The outcome of an import (or a dry run) and its human-readable Dutch report.
import { formatImportIssue, type ImportIssue } from './import-issue.ts';
import type { RegisterKind } from './register-columns.ts';
import type { RowReport, RowStatus } from '../register/import-plan.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  kind: RegisterKind;
  dryRun: boolean;
  /** True only when the transaction committed. */
  written: boolean;
  counts: ImportCounts;
  /** Teams created because the staff file named them. */
  teamsCreated: number;
  ignoredColumns: string[];
  issues: ImportIssue[];
  /** Per row: new / changed / unchanged / error, with warnings (printed on a dry run). */
  rows?: RowReport[];
}

const KIND_LABEL: Record<RegisterKind, string> = {
  partners: 'partners',
  contacts: 'contactpersonen',
  staff: 'medewerkers',
  assignments: 'toewijzingen',
};

export function formatImportReport(result: ImportResult): string[] {
  const { counts } = result;
  const lines: string[] = [];
  const label = KIND_LABEL[result.kind];
  if (result.issues.length > 0) {
    lines.push(`Import ${label}: ${result.issues.length} ${result.issues.length === 1 ? 'fout' : 'fouten'} gevonden.`);
    lines.push(...[...result.issues].sort((a, b) => a.row - b.row).map(formatImportIssue));
  } else {
    const mode = result.dryRun ? 'proefimport, niets opgeslagen' : 'opgeslagen';
    lines.push(`Import ${label} (${mode}): ${counts.created} nieuw, ${counts.updated} bijgewerkt, ${counts.unchanged} ongewijzigd.`);
    if (result.teamsCreated > 0) lines.push(`Nieuwe teams aangemaakt: ${result.teamsCreated}.`);
  }
  if (result.ignoredColumns.length > 0) {
    lines.push(`Genegeerde kolommen (onbekend): ${result.ignoredColumns.map((c) => `'${c}'`).join(', ')}.`);
  }
  if (result.dryRun && result.rows) lines.push(...formatRowReport(result.rows, result.issues));
  if (result.issues.length > 0) lines.push('Er is niets opgeslagen. Pas het bestand aan en importeer opnieuw.');
  return lines;
}

export const ROW_STATUS_WORD: Record<RowStatus, string> = { new: 'nieuw', changed: 'bijgewerkt', unchanged: 'ongewijzigd', error: 'fout' };

/**
 * One line per row ("Rij 4: bijgewerkt — Zorggroep Noord (plaats)"), then its warnings;
 * rows refused before the register was consulted (file checks) come from `issues`.
 */
export function formatRowReport(rows: RowReport[], issues: ImportIssue[]): string[] {
  const byRow = new Map<number, string[]>();
  const add = (row: number, line: string) => byRow.set(row, [...(byRow.get(row) ?? []), line]);
  for (const r of rows) {
    const changes = r.status === 'changed' && r.changes.length > 0 ? ` (${r.changes.join(', ')})` : '';
    if (r.status !== 'error') add(r.row, `Rij ${r.row}: ${ROW_STATUS_WORD[r.status]} — ${r.label}${changes}`);
    for (const w of r.warnings) add(r.row, `Rij ${r.row}: let op — ${r.label} ${w}`);
  }
  for (const row of new Set(issues.map((i) => i.row).filter((row) => row > 0))) add(row, `Rij ${row}: fout (reden hierboven)`);
  return ['Per rij:', ...[...byRow.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, l]) => l)];
}
