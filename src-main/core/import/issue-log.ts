import { type ImportIssue, type IssueReport, type IssueText, englishText, issueText } from '../../shared/issues.js';

/** Where in the input a row came from; `order` keeps issues in reading order. */
export interface RowPlace {
  file: string;
  sheet: string | null;
  /** Reading order of the file (0, 1, ...) and of the sheet within all sheets read. */
  order: number;
}

/** How a message at `place` names row `row` of `other`: "row 3" in the same sheet, else with its file and sheet. */
export function rowReference(place: RowPlace, other: RowPlace, row: number): IssueText {
  if (other.file === place.file && other.sheet === place.sheet) return issueText('issue.ref.row', { row: String(row) });
  return other.sheet
    ? issueText('issue.ref.fileSheetRow', { file: other.file, sheet: other.sheet, row: String(row) })
    : issueText('issue.ref.fileRow', { file: other.file, row: String(row) });
}

/** Past this many, further errors are counted, not listed: a person fixes the first ones first. */
export const MAX_LISTED_ISSUES = 5000;

export interface IssueMark {
  errors: number;
  warnings: number;
  unlistedErrors: number;
  unlistedWarnings: number;
}

interface Sorted extends ImportIssue {
  order: number;
}

/** Collects every error and warning of one import, in the order a person would fix them. */
export class IssueLog {
  private readonly errors: Sorted[] = [];
  private readonly warnings: Sorted[] = [];
  private unlistedErrors = 0;
  private unlistedWarnings = 0;

  /**
   * Every message is a catalogue key with its arguments, never a sentence: the app and the
   * reports say it in the user's language. Its English is rendered only for listed issues.
   */
  error(code: string, place: RowPlace, row: number | null, column: string | null, text: IssueText): void {
    if (this.errors.length >= MAX_LISTED_ISSUES) this.unlistedErrors++;
    else this.errors.push(located(code, place, row, column, text));
  }

  warning(code: string, place: RowPlace, row: number | null, column: string | null, text: IssueText): void {
    if (this.warnings.length >= MAX_LISTED_ISSUES) this.unlistedWarnings++;
    else this.warnings.push(located(code, place, row, column, text));
  }

  /** A point to roll back to: what has been logged so far. */
  mark(): IssueMark {
    return { errors: this.errors.length, warnings: this.warnings.length, unlistedErrors: this.unlistedErrors, unlistedWarnings: this.unlistedWarnings };
  }

  /**
   * Forgets what was logged since `mark`: once a file turns out unreadable half-way, its
   * row errors so far say nothing useful, and its one "unreadable" error says it all.
   */
  rollback(mark: IssueMark): void {
    this.errors.length = mark.errors;
    this.warnings.length = mark.warnings;
    this.unlistedErrors = mark.unlistedErrors;
    this.unlistedWarnings = mark.unlistedWarnings;
  }

  get errorCount(): number {
    return this.errors.length + this.unlistedErrors;
  }

  report(): IssueReport {
    return {
      errors: finish(this.errors, this.unlistedErrors, 'error'),
      warnings: finish(this.warnings, this.unlistedWarnings, 'warning'),
    };
  }
}

function located(code: string, place: RowPlace, row: number | null, column: string | null, text: IssueText): Sorted {
  return { code, file: place.file, sheet: place.sheet, row, column, key: text.key, args: text.args, message: englishText(text), order: place.order };
}

function finish(list: Sorted[], unlisted: number, what: 'error' | 'warning'): ImportIssue[] {
  const sorted = [...list].sort((a, b) => a.order - b.order || (a.row ?? 0) - (b.row ?? 0));
  const out: ImportIssue[] = sorted.map(({ order: _order, ...issue }) => issue);
  if (unlisted > 0) {
    const last = out[out.length - 1]!;
    const text = issueText('issue.tooMany', { count: String(unlisted), what });
    out.push({ code: 'too-many-issues', file: last.file, sheet: null, row: null, column: null, key: text.key, args: text.args, message: englishText(text) });
  }
  return out;
}
