/** One problem found in imported data, located the way a spreadsheet user sees it. */
export interface ImportIssue {
  /** Stable kebab-case id, e.g. `duplicate-id`, `unknown-reference`, `missing-column`. */
  code: string;
  /** File name (base name) the problem is in. */
  file: string;
  /** Sheet name as written in the file, or null (CSV files, whole-file problems). */
  sheet: string | null;
  /** Row number as Excel shows it (header is row 1), or null when no row applies. */
  row: number | null;
  /** Canonical column name of the data model, or null. */
  column: string | null;
  /** A sentence for a person: what is wrong and what to do. */
  message: string;
}

export interface IssueReport {
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** "iuc.xlsx, sheet Members, row 7, column entity_id: ..." for logs, tables and reports. */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file];
  if (issue.sheet) where.push(`sheet ${issue.sheet}`);
  if (issue.row !== null) where.push(`row ${issue.row}`);
  if (issue.column) where.push(`column ${issue.column}`);
  return `${where.join(', ')}: ${issue.message}`;
}
