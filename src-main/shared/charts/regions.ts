import type { Translator } from '../i18n/index.js';
import { ENGLISH, countText } from './words.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption, heatmapOption, symmetricCells } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function pairingsByRegionChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const region = (r: string) => t.label('region', r);
  const rows = ind.pairingsByRegion;
  const indicators = ['pairingsByRegion.pairings', 'pairingsByRegion.entities'];
  const base = { id: 'pairings-by-region', family: 'regions', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.max(220, 60 + rows.length * 34) } } as const;
  const top = rows[0];
  if (!top) return { ...base, title: t.t('chart.regions.none.title'), option: emptyOption(mode, t.t('chart.noPairings')), empty: true };
  const total = ind.summary.pairings;
  return {
    ...base,
    title:
      top.pairings === total
        ? t.t('chart.regions.every', { region: region(top.region), part: top.pairings, whole: total }) +
          (rows[1] ? t.t('chart.regions.follows', { region: region(rows[1].region), count: rows[1].pairings }) : '')
        : t.t('chart.regions.top', { region: region(top.region), part: top.pairings, whole: total }),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => region(r.region)),
      valueAxisName: t.t('chart.regions.axis'),
      series: [{ name: t.t('chart.pairings'), values: rows.map((r) => r.pairings), labels: rows.map((r) => countText(t, r.pairings)) }],
      tooltip: (i) => [
        [t.t('chart.pairings'), t.t('chart.partPairings', { part: rows[i]!.pairings, whole: total })],
        [t.t('chart.regions.entities'), countText(t, rows[i]!.entities)],
      ],
    }),
  };
}

export function regionMatrixChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const region = (r: string) => t.label('region', r);
  const pairs = ind.regionMatrix.map((c) => ({ a: region(c.a), b: region(c.b), value: c.pairings }));
  const { categories, cells } = symmetricCells(pairs, 12);
  const indicators = ['regionMatrix'];
  const side = Math.max(260, 130 + categories.length * 46);
  const base = { id: 'region-matrix', family: 'regions', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.min(side, 560) } } as const;
  if (pairs.length === 0) return { ...base, title: t.t('chart.regionMatrix.none'), option: emptyOption(mode, t.t('chart.noPairings')), empty: true };
  const total = ind.summary.pairings;
  // The finding is the strongest link between two different regions, when there is one.
  const cross = ind.regionMatrix.find((c) => c.a !== c.b);
  const within = ind.regionMatrix[0]!;
  const title = cross
    ? t.t('chart.regionMatrix.cross', { a: region(cross.a), b: region(cross.b), part: cross.pairings, whole: total })
    : t.t('chart.regionMatrix.within', { region: region(within.a), part: within.pairings, whole: total });
  return {
    ...base,
    title,
    empty: false,
    option: flowHeatmap(mode, t, categories, cells, pairs, (v) => t.t('chart.partPairings', { part: v, whole: total })),
  };
}

/** A region or country flow matrix: symmetric, its diagonal the pairings within one place. */
function flowHeatmap(
  mode: ChartMode,
  t: Translator,
  categories: string[],
  cells: Parameters<typeof heatmapOption>[0]['cells'],
  pairs: ReadonlyArray<{ value: number }>,
  pairingsText: (pairings: number) => string,
) {
  return heatmapOption({
    mode,
    x: categories,
    y: categories,
    cells,
    valueName: t.t('chart.matrix.value'),
    scaleEnds: [t.t('chart.scale.more', { what: t.t('chart.matrix.value') }), t.t('chart.scale.fewer')],
    max: Math.max(...pairs.map((p) => p.value)),
    cellLabel: (v) => countText(t, v),
    tooltip: (xi, yi, v) => ({
      heading: xi === yi ? t.t('chart.matrix.within', { place: categories[xi] ?? '' }) : `${categories[yi]} – ${categories[xi]}`,
      lines: [[t.t('chart.pairings'), pairingsText(v)]],
    }),
  });
}

/** Country heatmaps stay legible up to about this many rows; the workbook lists every cell. */
export const COUNTRY_MATRIX_LIMIT = 20;

export function countryMatrixChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const pairs = ind.countryMatrix.map((c) => ({ a: c.a, b: c.b, value: c.pairings }));
  const { categories, cells, totalCategories } = symmetricCells(pairs, COUNTRY_MATRIX_LIMIT);
  const indicators = ['countryMatrix'];
  const base = { id: 'country-matrix', family: 'regions', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.min(600, Math.max(280, 140 + categories.length * 24)) } } as const;
  if (pairs.length === 0) return { ...base, title: t.t('chart.countryMatrix.none'), option: emptyOption(mode, t.t('chart.noPairings')), empty: true };
  // The finding is about cooperation across borders: pairings whose members share a country
  // (several partner cities of one country) sit on the diagonal and are shown, not headlined.
  const cross = ind.countryMatrix.filter((c) => c.a !== c.b);
  const top = cross[0] ?? ind.countryMatrix[0]!;
  const tied = cross.filter((c) => c.pairings === top.pairings).length - 1;
  const pair = top.a === top.b ? t.t('chart.countryMatrix.same', { country: top.a }) : `${top.a}–${top.b}`;
  const ties = tied > 0 ? t.t('chart.countryMatrix.ties', { count: tied }) : '';
  const shown = totalCategories > categories.length ? t.t('chart.countryMatrix.shown', { shown: categories.length, total: totalCategories }) : '';
  return {
    ...base,
    title: t.t('chart.countryMatrix.title', { kind: top.a === top.b ? 'country' : 'border', pair, count: top.pairings, ties, shown }),
    empty: false,
    option: flowHeatmap(mode, t, categories, cells, pairs, (v) => t.t('chart.countPairings', { count: v })),
  };
}
