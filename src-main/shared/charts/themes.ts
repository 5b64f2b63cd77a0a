import type { Translator } from '../i18n/index.js';
import { ENGLISH, countText, ratioText } from './words.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption, heatmapOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function themesChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const theme = (v: string) => t.label('theme', v);
  const rows = ind.themes;
  const indicators = ['themes', 'multiThemeShare'];
  const base = { id: 'themes', family: 'themes', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.max(220, 60 + rows.length * 34) } } as const;
  const top = rows[0];
  if (!top) return { ...base, title: t.t('chart.themes.none.title'), option: emptyOption(mode, t.t('chart.themes.none')), empty: true };
  const total = ind.summary.pairings;
  return {
    ...base,
    title: t.t('chart.themes.title', { theme: theme(top.theme), part: top.pairings, whole: total, share: t.percent(ind.multiThemeShare) }),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => theme(r.theme)),
      valueAxisName: t.t('chart.themes.axis'),
      series: [{ name: t.t('chart.pairings'), values: rows.map((r) => r.pairings), labels: rows.map((r) => countText(t, r.pairings)) }],
      tooltip: (i) => [[t.t('chart.pairings'), t.t('chart.partPairings', { part: rows[i]!.pairings, whole: total })]],
    }),
  };
}

export function themeOverlapChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const theme = (v: string) => t.label('theme', v);
  const indicators = ['themeOverlap'];
  const overlaps = ind.themeOverlap;
  const categories = ind.themes.map((t) => t.theme).filter((t) => overlaps.some((o) => o.a === t || o.b === t));
  const base = { id: 'theme-overlap', family: 'themes', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.min(560, Math.max(280, 170 + categories.length * 40)) } } as const;
  const top = overlaps[0];
  if (!top) return { ...base, title: t.t('chart.overlap.none.title'), option: emptyOption(mode, t.t('chart.overlap.none')), empty: true };
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
    title: t.t('chart.overlap.title', { a: theme(top.a), b: theme(top.b), count: top.pairings, jaccard: ratioText(t, top.jaccard) }),
    empty: false,
    option: heatmapOption({
      mode,
      x: categories.map(theme),
      y: categories.map(theme),
      cells,
      valueName: t.t('chart.overlap.value'),
      scaleEnds: [t.t('chart.scale.more', { what: t.t('chart.overlap.value') }), t.t('chart.scale.fewer')],
      max: Math.max(...overlaps.map((o) => o.jaccard)),
      cellLabel: (v) => ratioText(t, v),
      tooltip: (xi, yi) => {
        const o = byCell.get(`${xi},${yi}`)!;
        return { heading: `${theme(o.a)} + ${theme(o.b)}`, lines: [[t.t('chart.overlap.both'), countText(t, o.pairings)], ['Jaccard', ratioText(t, o.jaccard)]] };
      },
    }),
  };
}
