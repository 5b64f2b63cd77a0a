import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { cliEn } from '../../src-main/shared/i18n/messages/cli.en.js';
import { REPO } from '../helpers/cli.js';

/**
 * Every sentence the command line prints comes from its catalogue (shared/i18n/messages/
 * cli.en.ts: English only, the CLI's language), so that each has one source. This reads
 * src-main/cli/*.ts with the TypeScript compiler and names each literal with words that can
 * reach what a person reads: the arguments of out, err, write and of a thrown error, what a
 * function returns (arrow bodies included), a variable's value and a pushed line, followed
 * through ?:, ||, ??, +, templates, arrays and .join; not the condition of a ?: (a code
 * compared) nor the arguments of other calls (cliText's key, toLocaleString's locale).
 */
const CLI = join(REPO, 'src-main/cli');

/** Calls whose arguments are printed. */
const PRINTS = new Set(['out', 'err', 'write', 'push', 'table']);

/** Codes, the same in every language: the default report language's. */
const ALLOWED = new Set(['en']);

const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim());

function shown(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return shown(node.expression);
  if (ts.isConditionalExpression(node)) return [...shown(node.whenTrue), ...shown(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind))
    return [...shown(node.left), ...shown(node.right)];
  if (ts.isTemplateExpression(node)) return [node, ...node.templateSpans.flatMap((s) => shown(s.expression))];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => (ts.isSpreadElement(e) ? shown(e.expression) : shown(e)));
  // [a, b].join(' and '), text.trimEnd(): the receiver's words are printed, and the joiner's.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['join', 'trimEnd', 'trim', 'concat'].includes(node.expression.name.text))
    return [...shown(node.expression.expression), ...node.arguments.flatMap((a) => shown(a))];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  return [];
}

const textOf = (node: ts.Node) =>
  ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') : (node as ts.StringLiteral).text;

export function untranslatedCli(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Set<string>();
  const check = (expression: ts.Expression | undefined) => {
    if (!expression) return;
    for (const literal of shown(expression)) {
      const words = textOf(literal);
      if (!hasWords(words)) continue;
      const { line } = source.getLineAndCharacterOfPosition(literal.getStart());
      found.add(`${relative(REPO, file)}:${line + 1}: ${JSON.stringify(words.replace(/\s+/g, ' ').trim().slice(0, 70))}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isParenthesizedExpression(callee) ? 'out' : '';
      if (PRINTS.has(name)) node.arguments.forEach(check);
    }
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) node.arguments?.forEach(check);
    if (ts.isReturnStatement(node)) check(node.expression);
    if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) check(node.body);
    if (ts.isVariableDeclaration(node)) check(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

describe('the command line prints nothing outside its catalogue', () => {
  test('the scan finds what it looks for', () => {
    const probe = `
      const USAGE = \`Usage: twinlens <command>\`;
      function f(v: { by?: string }, rows: number) {
        if (!v.by) throw new UsageError('compare needs --by.');
        err(\`wrote \${rows} file(s)\`);
        const what = v.by === 'region' ? 'by region' : cliText('cli.x');
        out([a, b].join(' and '));
        lines.push(cliText('cli.ok', { by: 'region' }), '  - ' + name);
        return 'Results\\n  (none)';
      }
      const pct = (v: number) => \`\${(v * 100).toFixed(1)}%\`;
      const label = (k: string) => (k === 'ref' ? 'the reference' : k);
      process.stdout.write(\`\\u001b[K\`);
      x.toLocaleString('en');
    `;
    expect(untranslatedCli(join(CLI, 'probe.ts'), probe).map((l) => l.replace(/^.*?: /, '')).sort()).toEqual([
      '"Results (none)"',
      '"Usage: twinlens <command>"',
      '"and"',
      '"by region"',
      '"compare needs --by."',
      '"the reference"',
      '"wrote file(s)"',
    ].sort());
  });

  test('every file of src-main/cli takes its sentences from messages/cli.en.ts', () => {
    const files = readdirSync(CLI).filter((f) => f.endsWith('.ts')).map((f) => join(CLI, f));
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap((f) => untranslatedCli(f))).toEqual([]);
  });

  test('the catalogue parses as ICU and each of its messages is used', () => {
    const code = readdirSync(CLI).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(CLI, f), 'utf8')).join('\n');
    for (const [key, message] of Object.entries(cliEn)) expect(() => parse(message, { ignoreTag: true }), key).not.toThrow();
    // A key is used by its full name, or (report steps, IATI options) by a prefix the code completes.
    const unused = Object.keys(cliEn).filter((key) => !code.includes(`'${key}'`) && !code.includes(`\`${key.replace(/\.[^.]+$/, '.${')}`));
    expect(unused).toEqual([]);
  });
});
