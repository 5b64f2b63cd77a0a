import { COMPARE_CHART_GROUPS, buildCompareCharts } from '../../shared/charts/compare.js';
import { compareRows } from '../../shared/compare-table.js';
import { formatCount } from '../../shared/format.js';
import { COLOURS } from './pdf-layout.js';
import type { SectionKit } from './pdf-results.js';

/** Section "Network": the hubs chart, the figures and the hubs list (indicators.md section 6). */
export function networkSection({ layout, ctx, chartSection, truncated, listLimit }: SectionKit): void {
  const n = ctx.data.indicators.network;
  chartSection('network-hubs', () => {
    layout.table(
      [{ header: 'Figure', width: 0.7 }, { header: 'Value', width: 0.3, align: 'right' }],
      [
        ['Entities in two or more pairings', formatCount(n.multiPairingEntities)],
        ['Connected components', formatCount(n.components)],
        ['Entities in the largest component', formatCount(n.largestComponent)],
      ],
    );
    if (n.hubs.length > 0) {
      layout.table(
        [{ header: 'Entity', width: 0.22 }, { header: 'Name', width: 0.46 }, { header: 'Country', width: 0.14 }, { header: 'Pairings', width: 0.18, align: 'right' }],
        n.hubs.slice(0, listLimit).map((h) => [h.entity, h.name, h.country, formatCount(h.pairings)]),
      );
      truncated(Math.min(listLimit, n.hubs.length), n.hubs.length, 'hubs');
    }
  });
}

/**
 * Section "Comparison by X" (report --by): the headline figures with one column per group
 * and the spread, then the grouped bar charts of the Compare view. Wide comparisons split
 * into tables of a few groups each, so every column stays readable on A4.
 */
export function comparisonSection({ layout, ctx }: SectionKit): void {
  const comparison = ctx.comparison!;
  if (comparison.groups.length === 0) {
    layout.text(`No ${comparison.by} has pairings within the filters: there is nothing to compare.`);
    return;
  }
  const rows = compareRows(comparison);
  layout.text(
    `Each column holds the indicators of the pairings in scope with that ${comparison.by}; groups overlap where a pairing has several values. ` +
      'The spread is the largest value minus the smallest; percentages differ in percentage points (pp).',
    { size: 9.5 },
  );
  if (comparison.leftOut.length > 0) layout.text(`Left out, with no pairings within the filters: ${comparison.leftOut.join(', ')}.`, { size: 9, colour: COLOURS.muted });
  const perTable = 4;
  for (let start = 0; start < comparison.groups.length; start += perTable) {
    const groups = comparison.groups.slice(start, start + perTable);
    const last = start + perTable >= comparison.groups.length;
    const valueWidth = 0.62 / (groups.length + (last ? 1 : 0));
    layout.table(
      [
        { header: 'Figure', width: 0.38 },
        ...groups.map((g) => ({ header: g.value, width: valueWidth, align: 'right' as const })),
        ...(last ? [{ header: 'Spread', width: valueWidth, align: 'right' as const }] : []),
      ],
      rows.map((r) => [r.label, ...r.displays.slice(start, start + perTable), ...(last ? [r.spreadDisplay] : [])]),
    );
  }
  for (const chart of buildCompareCharts(comparison, 'print')) {
    const rendered = ctx.charts.get(chart.id);
    if (!rendered) continue;
    layout.ensureSpace(layout.heightOf(rendered.chart.title, { size: 11.5, bold: true }) + 8 + layout.chartHeight(rendered.chart.size) + 8);
    layout.text(rendered.chart.title, { size: 11.5, bold: true, gap: 8 });
    layout.chart(rendered.svg, rendered.chart.size);
  }
  if (comparison.groups.length > COMPARE_CHART_GROUPS) layout.text(`The charts draw the ${COMPARE_CHART_GROUPS} largest groups; the table above holds them all.`, { size: 8.5, colour: COLOURS.muted });
}
