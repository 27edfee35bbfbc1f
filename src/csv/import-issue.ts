// One problem found in an import file, located like a spreadsheet does it:
// the header is row 1, the first data row is row 2.
export interface ImportIssue {
  /** 1-based spreadsheet row; 0 for a problem with the file as a whole. */
  row: number;
  /** The column as headed in the file, when the problem is in one cell. */
  column?: string;
  message: string;
}

export function formatImportIssue(issue: ImportIssue): string {
  const where = issue.row === 0 ? 'Bestand' : `Rij ${issue.row}`;
  return issue.column ? `${where}, kolom '${issue.column}': ${issue.message}` : `${where}: ${issue.message}`;
}
