import { formatCount, formatPercent, formatRatio, partOf, plural } from '../format.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption, heatmapOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function themesChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const rows = ind.themes;
  const indicators = ['themes', 'multiThemeShare'];
  const base = { id: 'themes', family: 'themes', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.max(220, 60 + rows.length * 34) } } as const;
  const top = rows[0];
  if (!top) return { ...base, title: 'No themes in this scope', option: emptyOption(mode, 'No pairings with a theme in this scope'), empty: true };
  const total = ind.summary.pairings;
  return {
    ...base,
    title: `${top.theme} is the most common theme (${partOf(top.pairings, total, 'pairing')}); ${formatPercent(ind.multiThemeShare)} of pairings with a theme have two or more`,
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.theme),
      valueAxisName: 'Pairings with the theme',
      series: [{ name: 'Pairings', values: rows.map((r) => r.pairings), labels: rows.map((r) => formatCount(r.pairings)) }],
      tooltip: (i) => [['Pairings', partOf(rows[i]!.pairings, total, 'pairing')]],
    }),
  };
}

export function themeOverlapChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const indicators = ['themeOverlap'];
  const overlaps = ind.themeOverlap;
  const categories = ind.themes.map((t) => t.theme).filter((t) => overlaps.some((o) => o.a === t || o.b === t));
  const base = { id: 'theme-overlap', family: 'themes', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.min(560, Math.max(280, 170 + categories.length * 40)) } } as const;
  const top = overlaps[0];
  if (!top) return { ...base, title: 'No two themes share a pairing in this scope', option: emptyOption(mode, 'No pairing combines two themes in this scope'), empty: true };
  const index = new Map(categories.map((c, i) => [c, i]));
  const byCell = new Map<string, (typeof overlaps)[number]>();
  const cells: Array<[number, number, number]> = [];
  for (const o of overlaps) {
    const ia = index.get(o.a)!;
    const ib = index.get(o.b)!;
    cells.push([ia, ib, o.jaccard], [ib, ia, o.jaccard]);
    byCell.set(`${ia},${ib}`, o);
    byCell.set(`${ib},${ia}`, o);
  }
  return {
    ...base,
    title: `${top.a} and ${top.b} are combined most often (${plural(top.pairings, 'pairing')}, Jaccard ${formatRatio(top.jaccard)})`,
    empty: false,
    option: heatmapOption({
      mode,
      x: categories,
      y: categories,
      cells,
      valueName: 'overlap (Jaccard)',
      max: Math.max(...overlaps.map((o) => o.jaccard)),
      cellLabel: (v) => formatRatio(v),
      tooltip: (xi, yi) => {
        const o = byCell.get(`${xi},${yi}`)!;
        return { heading: `${o.a} + ${o.b}`, lines: [['Pairings with both', formatCount(o.pairings)], ['Jaccard', formatRatio(o.jaccard)]] };
      },
    }),
  };
}
