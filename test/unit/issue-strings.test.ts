import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { CATALOGUES } from '../../src-main/shared/i18n/index.js';
import { REPO } from '../helpers/cli.js';

/**
 * Every error and warning an import or an IATI export reports is a key of the catalogue
 * (shared/i18n/messages/issues.*.ts) with its arguments, so the app and the reports say it in
 * French and Spanish too (issue 15). This reads the import code (src-main/core/import/*.ts)
 * and the IATI export (src-main/core/export/iati/*.ts, iati-file.ts) with the TypeScript
 * compiler and names: a literal given as the message of an IssueLog `error` or `warning`
 * (its fifth argument), of an IATI `problem` (its fourth) or as its `message:` field; a key
 * that is not in the English catalogue; and a phrase (two words or more) passed as an
 * argument of a message, where English would hide inside the sentence; and a literal given as
 * the reason of an UnreadableFileError, overLimit or ZipLimitError. Single-word literals
 * are allowed as arguments: they are ICU select cases ('none', 'one', 'sector').
 */
const SCANNED = [join(REPO, 'src-main/core/import'), join(REPO, 'src-main/core/export/iati')];
const SCANNED_FILES = [join(REPO, 'src-main/core/export/iati-file.ts')];

/** Calls that make a catalogue sentence: the index of their key argument. */
const KEY_CALLS = new Map<string, number>([['issueText', 0], ['fail', 1], ['unreadable', 0], ['say', 1]]);

/** Calls that take a finished message: the index of that argument, which must not be a literal. */
const MESSAGE_CALLS = new Map<string, number>([['problem', 3]]);

/** The readers' reasons for an unreadable file: their first argument is a catalogue sentence, never a literal. */
const REASON_CALLS = new Set(['overLimit', 'UnreadableFileError', 'ZipLimitError']);

const english = CATALOGUES.en as Record<string, string>;

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ').replace(/\s+/g, ' ');
  return null;
}

/** What an expression can evaluate to, through ?:, ?? and ||. */
function shown(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return shown(node.expression);
  if (ts.isConditionalExpression(node)) return [...shown(node.whenTrue), ...shown(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) return [...shown(node.left), ...shown(node.right)];
  return [node];
}

const isPhrase = (text: string) => /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(text);

function problemsIn(path: string, base: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const file = relative(base, path);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) && REASON_CALLS.has(node.expression.text)) {
      const reason = node.arguments?.[0];
      for (const value of reason ? shown(reason) : []) {
        const text = literalText(value);
        if (text !== null) found.push(`${file}: literal reason: ${text}`);
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression.getText(source) : '';
      const messageAt = (name === 'error' || name === 'warning') && /issues$/i.test(receiver) ? 4 : MESSAGE_CALLS.get(name);
      if (messageAt !== undefined && node.arguments[messageAt]) {
        for (const value of shown(node.arguments[messageAt])) {
          const text = literalText(value);
          if (text !== null) found.push(`${file}: literal message: ${text}`);
        }
      }
      const keyAt = KEY_CALLS.get(name);
      if (keyAt !== undefined && node.arguments[keyAt]) {
        for (const value of shown(node.arguments[keyAt])) {
          const key = literalText(value);
          if (key !== null && !(key in english)) found.push(`${file}: unknown key: ${key}`);
        }
        for (const args of node.arguments.slice(keyAt + 1)) {
          if (!ts.isObjectLiteralExpression(args)) continue;
          for (const property of args.properties) {
            if (!ts.isPropertyAssignment(property)) continue;
            for (const value of shown(property.initializer)) {
              const text = literalText(value);
              if (text !== null && isPhrase(text)) found.push(`${file}: phrase in an argument: ${text}`);
            }
          }
        }
      }
    }
    // IATI problems are objects with a `message`; the import's `message` fields (a worker's error, an issue's English) are not.
    if (!file.includes('core/import/') && ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message') {
      for (const value of shown(node.initializer)) {
        const text = literalText(value);
        if (text !== null && isPhrase(text)) found.push(`${file}: literal message: ${text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = [...SCANNED.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).map((n) => join(dir, n))), ...SCANNED_FILES];

test('the import and the IATI export report no error or warning that is not a key of the catalogue', () => {
  expect(files.length).toBeGreaterThan(30);
  expect(files.flatMap((f) => problemsIn(f, REPO))).toEqual([]);
});

test('the scan finds a literal message where it is: a probe', () => {
  const probe = join(REPO, 'test/unit/fixtures/issue-strings-probe.ts.txt');
  const at = relative(REPO, probe);
  expect(problemsIn(probe, REPO)).toEqual([
    `${at}: literal message: The name is empty: write one.`,
    `${at}: literal message: Column " " was ignored.`,
    `${at}: literal message: No sheet at all.`,
    `${at}: phrase in an argument: the column of names`,
    `${at}: unknown key: issue.no.such.key`,
    `${at}: literal message: its title is empty`,
    `${at}: literal message: no pairing is in scope.`,
    `${at}: literal reason: the zip archive is damaged`,
    `${at}: literal reason: sheet " " goes past row , the last row Excel has`,
    `${at}: literal reason:  ends too early`,
  ]);
});
