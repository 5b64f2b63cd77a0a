import { type IssueText, englishText } from '../../../shared/issues.js';
import type { IatiProblem } from './model.js';

/**
 * A problem said by the catalogue (messages/issues.*.ts, keys issue.iati.*): the key and its
 * arguments for the app, which says it in the user's language, and its English for the CLI.
 */
export function problem(severity: IatiProblem['severity'], rule: string | null, subject: string | null, text: IssueText): IatiProblem {
  return { severity, rule, subject, key: text.key, args: text.args, message: englishText(text) };
}
