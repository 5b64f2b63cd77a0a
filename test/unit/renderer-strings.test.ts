import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { REPO } from '../helpers/cli.js';

/**
 * Every word the app shows comes from the catalogue (shared/i18n/messages/app.*.ts), so it
 * exists in English, French and Spanish. This reads each .tsx and .ts of src-renderer with the
 * TypeScript compiler and names each user-facing literal it finds: JSX text with letters,
 * string literals (plain or template) given to the props and column fields people read, and
 * the messages of errors the app shows (`fail(code, '...')`, `new Error('...')`).
 */
const RENDERER = join(REPO, 'src-renderer');

/** Props and object fields whose text a person reads or hears. */
const READ_PROPS = new Set(['title', 'aria-label', 'placeholder', 'label', 'alt', 'caption', 'emptyText', 'clickHint', 'text', 'summary', 'what', 'aria-description', 'aria-valuetext']);

/**
 * Text that is the same in every language, each for a reason:
 * the product's name; file formats and standards named as such (PNG, SVG, Excel's XLSX, CSV,
 * IATI, GCoM, SDG are proper names); symbols (×, ?, ▾, —, ·, …) that carry no language; the IATI
 * dialog's example organisation identifier (a code, the same in every language).
 */
const ALLOWED = new Set([
  'Twinlens', 'PNG', 'SVG', 'XLSX', 'CSV', 'IATI', 'GCoM', 'SDG', 'XI-IATI-EC_INTPA',
  // Thrown before anything is drawn when a build lost its page's root: a developer's fault, in the console only.
  'index.html has no #root element',
]);

/**
 * Files not yet moved to the catalogue (issue 15, still to do): each is checked to still hold
 * English, so the list can only shrink; a file leaves it once it is clean.
 */
const PENDING = new Set<string>([
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Calls whose argument at this index is a message a person reads: an error the app shows. */
const MESSAGE_ARGUMENT = new Map([
  ['fail', 1],
  ['Error', 0],
]);

const hasWords = (text: string) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(trimmed) && !ALLOWED.has(trimmed);
};

/** The literal text of a string or template (its fixed parts), or null for anything else. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Literals an expression can evaluate to as text (through ?:, ||, ??, parentheses), not through calls (t.t('key')). */
function shownLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind))
    return [...shownLiterals(node.left), ...shownLiterals(node.right)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...shownLiterals(node.left), ...shownLiterals(node.right)];
  if (ts.isTemplateExpression(node)) return [node, ...node.templateSpans.flatMap((s) => shownLiterals(s.expression))];
  return literalText(node) === null ? [] : [node];
}

export function untranslated(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(REPO, file)}:${line + 1}: ${JSON.stringify(text.replace(/\s+/g, ' ').trim())}`);
  };
  const check = (expression: ts.Expression) => {
    for (const literal of shownLiterals(expression)) {
      const text = literalText(literal)!;
      if (hasWords(text)) report(literal, text);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    // {'text'} or {cond ? 'a' : 'b'} as a child of an element.
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) check(node.expression);
    if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText(source)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) {
        if (hasWords(node.initializer.text)) report(node.initializer, node.initializer.text);
      } else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) check(node.initializer.expression);
    }
    // Column definitions and the like: { label: 'Title' }.
    if (ts.isPropertyAssignment(node) && READ_PROPS.has(node.name.getText(source).replace(/['"]/g, ''))) check(node.initializer);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
      const index = MESSAGE_ARGUMENT.get(node.expression.text);
      const argument = index === undefined ? undefined : node.arguments?.[index];
      if (argument) check(argument);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the renderer says nothing outside the catalogue', () => {
  const files = sourceFiles(RENDERER);

  test('the scan finds what it looks for', () => {
    // The checker itself: a file with each kind of untranslated text is caught, and catalogue calls are not.
    const probe = join(REPO, 'test/fixtures/renderer-strings-probe.tsx');
    expect(untranslated(probe).map((l) => l.replace(/^.*?: /, '')).sort()).toEqual([
      '"Loading the map"',
      '"Nothing here"',
      '"Save as PNG"',
      '"Search pairings"',
      '"The files are too large"',
      '"Title"',
      '"Twinlens cannot be reached"',
      '"of"',
    ]);
  });

  test('every .tsx and .ts outside the pending list takes its words from the catalogue', () => {
    const offenders = files.filter((f) => !PENDING.has(relative(REPO, f))).flatMap(untranslated);
    expect(offenders).toEqual([]);
  });

  test('the pending list holds only files that still need the work', () => {
    const clean = [...PENDING].filter((f) => untranslated(join(REPO, f)).length === 0);
    expect(clean, 'these files are translated now: take them off PENDING').toEqual([]);
  });
});
