// The outcome of an import (or a dry run) and its human-readable Dutch report.
import { formatImportIssue, type ImportIssue } from './import-issue.ts';
import type { RegisterKind } from './register-columns.ts';

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
  if (result.issues.length > 0) lines.push('Er is niets opgeslagen. Pas het bestand aan en importeer opnieuw.');
  return lines;
}
