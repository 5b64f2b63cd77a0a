import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { REPO } from '../helpers/cli.js';

/**
 * Every word the reports print comes from the report catalogue (shared/i18n/messages/
 * report.*.ts), so the PDF and the workbook exist in English, French and Spanish. This reads
 * the report writers (src-main/core/report/*.ts) with the TypeScript compiler and names each
 * literal with letters given to what draws text: the PDF layout's text, note and heading,
 * pdfkit's text, cells (putText, putNote, `.value =`), table and sheet titles, sheet names,
 * column headers and figure labels.
 */
const REPORT = join(REPO, 'src-main/core/report');

/** Calls that draw their arguments as text, and which arguments (0-based) are text. */
const TEXT_CALLS = new Map<string, readonly number[]>(Object.entries({
  section: [0],
  text: [0],
  note: [0, 1],
  heading: [0],
  coverLine: [0, 1],
  putText: [1],
  putNote: [2],
  col: [0],
  writeTable: [2],
  writeFigures: [2],
  writeLongTable: [2],
  writeListSheet: [1],
  familySheet: [1],
  addWorksheet: [0],
  keyFigures: [2],
  truncated: [2],
}));

/** Object fields a person reads: a column's header, a figure's label. */
const TEXT_FIELDS = new Set(['header', 'label', 'title']);

/** The same in every language: the product, a checksum's and an index's names, a currency code. */
const ALLOWED = new Set(['Twinlens', 'SHA-256', 'Jaccard', 'EUR']);

/**
 * English still printed, each for a reason (issue 15): the row-limit note of sheet-table.ts
 * appears only on a list past Excel's 1,048,576 rows and is written where no translator is
 * passed (the streaming list code, left as it is).
 */
const KNOWN = new Set([
  'sheet-table.ts: Only the first of rows are listed: an Excel sheet ends at row . Export the table as CSV (the Data view) or the dataset as Parquet (twinlens export --parquet) for all of them.',
  // The yes/no of coded columns: canonical values, like statuses, so a filter reads the same in every language.
  'sheet-table.ts: yes',
  'sheet-table.ts: no',
]);

/**
 * Canonical by design, not read: the Data sheets keep the template's sheet and column names so
 * they read back like the template (data-sheets.ts); the streaming list code writes the zip's
 * parts and SQL (bulk-sheets.ts, sheet-rows-sql.ts, row-source.ts), its yes/no coded values included.
 */
const CANONICAL = new Set(['data-sheets.ts', 'bulk-sheets.ts', 'sheet-rows-sql.ts', 'row-source.ts']);

const hasWords = (text: string) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /\p{L}{2,}/u.test(trimmed) && !ALLOWED.has(trimmed);
};

/** The fixed text of a literal (a template's parts joined), or null for anything else. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('').replace(/\s+/g, ' ');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = [literalText(node.left), literalText(node.right)];
    return parts.every((p) => p === null) ? null : parts.filter((p) => p !== null).join('');
  }
  return null;
}

/** Literals an expression can evaluate to (through ?:, ??, ||, parentheses), not through calls such as t.t('key'). */
function shown(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shown(node.expression);
  if (ts.isConditionalExpression(node)) return [...shown(node.whenTrue), ...shown(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) return [...shown(node.left), ...shown(node.right)];
  return [node];
}

function englishIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const file = relative(REPORT, path);
  const found: string[] = [];
  const check = (node: ts.Expression | undefined) => {
    if (!node) return;
    for (const candidate of shown(node)) {
      const text = literalText(candidate);
      if (text !== null && hasWords(text)) found.push(`${file}: ${text.trim()}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      for (const i of TEXT_CALLS.get(name) ?? []) check(node.arguments[i]);
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && TEXT_FIELDS.has(node.name.text)) check(node.initializer);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'value') check(node.right);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = readdirSync(REPORT)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !CANONICAL.has(name))
  .map((name) => join(REPORT, name));

test('the report writers print no word that is not from the catalogue', () => {
  const english = files.flatMap(englishIn);
  expect(english.filter((e) => !KNOWN.has(e))).toEqual([]);
  // Each known exception is still there: the list can only shrink.
  for (const known of KNOWN) expect(english, known).toContain(known);
});

test('the scan finds English where it is: a probe', () => {
  const probe = join(REPO, 'test/unit/fixtures/report-strings-probe.ts.txt');
  expect(englishIn(probe)).toEqual([
    'report-strings-probe.ts.txt: 1. Pairings by region',
    'report-strings-probe.ts.txt: Region',
    'report-strings-probe.ts.txt: How this is measured',
    'report-strings-probe.ts.txt: none recorded',
    'report-strings-probe.ts.txt: Summary',
  ].map((line) => line.replace('report-strings-probe.ts.txt', relative(REPORT, probe))));
});
