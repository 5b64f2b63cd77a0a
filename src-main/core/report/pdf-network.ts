import { COMPARE_CHART_GROUPS, buildCompareCharts } from '../../shared/charts/compare.js';
import { compareRows } from '../../shared/compare-table.js';
import type { ReportKey } from '../../shared/i18n/index.js';
import { COLOURS } from './pdf-layout.js';
import type { SectionKit } from './pdf-results.js';

/** Section "Network": the hubs chart, the figures and the hubs list (indicators.md section 6). */
export function networkSection({ layout, ctx, chartSection, truncated, listLimit }: SectionKit): void {
  const n = ctx.data.indicators.network;
  const { t, f } = ctx;
  chartSection('network-hubs', () => {
    layout.table(
      [{ header: t.t('term.figure'), width: 0.7 }, { header: t.t('term.value'), width: 0.3, align: 'right' }],
      [
        [t.t('report.network.multiPairing'), f.count(n.multiPairingEntities)],
        [t.t('methodology.network.components.label'), f.count(n.components)],
        [t.t('report.network.largest'), f.count(n.largestComponent)],
      ],
    );
    if (n.hubs.length > 0) {
      layout.table(
        [{ header: t.t('term.entity'), width: 0.22 }, { header: t.t('term.name'), width: 0.46 }, { header: t.t('term.country'), width: 0.14 }, { header: t.t('term.pairings'), width: 0.18, align: 'right' }],
        n.hubs.slice(0, listLimit).map((h) => [h.entity, h.name, h.country, f.count(h.pairings)]),
      );
      truncated(Math.min(listLimit, n.hubs.length), n.hubs.length, t.t('report.pdf.what.hubs'));
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
  const { t } = ctx;
  const by = t.t(`report.grouping.${comparison.by}` as ReportKey);
  if (comparison.groups.length === 0) {
    layout.text(t.t('report.compare.nothing', { by }));
    return;
  }
  const rows = compareRows(comparison, ctx.t);
  layout.text(t.t('report.compare.intro', { by }), { size: 9.5 });
  if (comparison.leftOut.length > 0) layout.text(t.t('report.compare.leftOut', { values: comparison.leftOut.join(', ') }), { size: 9, colour: COLOURS.muted });
  const perTable = 4;
  for (let start = 0; start < comparison.groups.length; start += perTable) {
    const groups = comparison.groups.slice(start, start + perTable);
    const last = start + perTable >= comparison.groups.length;
    const valueWidth = 0.62 / (groups.length + (last ? 1 : 0));
    layout.table(
      [
        { header: t.t('term.figure'), width: 0.38 },
        ...groups.map((g) => ({ header: g.value, width: valueWidth, align: 'right' as const })),
        ...(last ? [{ header: t.t('report.compare.spread'), width: valueWidth, align: 'right' as const }] : []),
      ],
      rows.map((r) => [r.label, ...r.displays.slice(start, start + perTable), ...(last ? [r.spreadDisplay] : [])]),
    );
  }
  for (const chart of buildCompareCharts(comparison, 'print', t)) {
    const rendered = ctx.charts.get(chart.id);
    if (!rendered) continue;
    layout.ensureSpace(layout.heightOf(rendered.chart.title, { size: 11.5, bold: true }) + 8 + layout.chartHeight(rendered.chart.size) + 8);
    layout.text(rendered.chart.title, { size: 11.5, bold: true, gap: 8 });
    layout.chart(rendered.svg, rendered.chart.size);
  }
  if (comparison.groups.length > COMPARE_CHART_GROUPS) layout.text(t.t('report.compare.chartsDraw', { groups: COMPARE_CHART_GROUPS }), { size: 8.5, colour: COLOURS.muted });
}
