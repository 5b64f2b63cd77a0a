import { compareRows } from '../shared/compare-table.js';
import type { Comparison } from '../shared/compare.js';
import { cliText } from '../shared/i18n/cli-text.js';

/** The headline figures of every group side by side, with the spread, for a person at a terminal. */
export function formatComparison(comparison: Comparison): string {
  if (comparison.groups.length === 0) return `${cliText('cli.compare.nothing', { by: comparison.by })}\n`;
  const header = [cliText('cli.compare.figure'), ...comparison.groups.map((g) => g.value), cliText('cli.compare.spread')];
  const body = compareRows(comparison).map((r) => [r.label, ...r.displays, r.spreadDisplay]);
  const cells = [header, ...body];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  const asOf = comparison.groups[0]!.indicators.scope.asOf;
  const title = cliText('cli.compare.title', { by: comparison.by, groups: comparison.groups.length }) + (asOf ? cliText('cli.compare.asOf', { asOf }) : '');
  return `${title}\n${cells.map(line).join('\n')}\n`;
}
