import { CATALOGUES } from './i18n/catalogue.js';
import type { IssueKey } from './i18n/catalogue-keys.js';
import { type Translator, translator } from './i18n/translator.js';

/**
 * A sentence of the catalogue (messages/issues.*.ts) with its ICU arguments. An argument
 * may be such a sentence itself (a row reference, a piece of advice): it is rendered in
 * the same language first. Numbers that are data (a row, a value) travel as text, so that
 * no language groups their digits.
 */
export interface IssueText {
  key: IssueKey;
  args: IssueArgs;
}
export type IssueArgs = { [name: string]: string | number | IssueText };

export const issueText = (key: IssueKey, args: IssueArgs = {}): IssueText => ({ key, args });

/** The sentence in the translator's language. */
export function renderIssueText(t: Translator, text: IssueText): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.args)) values[name] = typeof value === 'object' ? renderIssueText(t, value) : value;
  return t.t(text.key, values);
}

/** The English sentence: what an issue's `message` holds, so the CLI and its JSON read the same in every language. */
export const englishText = (text: IssueText): string => renderIssueText(translator('en'), text);

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
  /** A sentence for a person: what is wrong and what to do (in English: `key` rendered by the English catalogue). */
  message: string;
  /** The catalogue key of `message`, absent on issues saved before there was one. */
  key?: IssueKey;
  /** The ICU arguments of `key`. */
  args?: IssueArgs;
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

const isIssueKey = (key: unknown): key is IssueKey => typeof key === 'string' && key.startsWith('issue.') && key in CATALOGUES.en;

/** The issue's sentence in the translator's language; its English `message` when it has no key (saved by an older version). */
export function issueMessage(t: Translator, issue: Pick<ImportIssue, 'key' | 'args' | 'message'>): string {
  return isIssueKey(issue.key) ? renderIssueText(t, { key: issue.key, args: issue.args ?? {} }) : issue.message;
}

/** "iuc.xlsx, feuille Members, ligne 7, colonne entity_id": where the issue is, in the translator's language. */
export function issueLocation(t: Translator, issue: Pick<ImportIssue, 'file' | 'sheet' | 'row' | 'column'>): string {
  const where = [issue.file];
  if (issue.sheet) where.push(t.t('issue.where.sheet', { sheet: issue.sheet }));
  if (issue.row !== null) where.push(t.t('issue.where.row', { row: String(issue.row) }));
  if (issue.column) where.push(t.t('issue.where.column', { column: issue.column }));
  return where.join(', ');
}

/** formatIssue in the translator's language: English gives formatIssue's very line. */
export function formatIssueIn(t: Translator, issue: ImportIssue): string {
  return t.t('issue.where.line', { where: issueLocation(t, issue), message: issueMessage(t, issue) });
}

/**
 * The key and arguments of an issue saved in a project (import_warnings.message_key and
 * message_args, JSON): none when absent, unknown to this version, or not readable, so the
 * saved English message is shown instead of a broken sentence.
 */
export function savedIssueText(key: unknown, args: unknown): Pick<ImportIssue, 'key' | 'args'> {
  if (!isIssueKey(key) || typeof args !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(args);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? { key, args: parsed as IssueArgs } : {};
  } catch {
    return {};
  }
}

/** An issue as cli.md's --json promises it: `{code, file, sheet, row, column, message}`, its English sentence, in every language. */
export const plainIssue = ({ code, file, sheet, row, column, message }: ImportIssue): ImportIssue => ({ code, file, sheet, row, column, message });

export const plainReport = (report: IssueReport): IssueReport => ({ errors: report.errors.map(plainIssue), warnings: report.warnings.map(plainIssue) });
