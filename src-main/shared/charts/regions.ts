import { formatCount, partOf, plural } from '../format.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption, heatmapOption, symmetricCells } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

const NO_PAIRINGS = 'No pairings in this scope';

export function pairingsByRegionChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const rows = ind.pairingsByRegion;
  const indicators = ['pairingsByRegion.pairings', 'pairingsByRegion.entities'];
  const base = { id: 'pairings-by-region', family: 'regions', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.max(220, 60 + rows.length * 34) } } as const;
  const top = rows[0];
  if (!top) return { ...base, title: 'No pairings in this scope, so no region takes part', option: emptyOption(mode, NO_PAIRINGS), empty: true };
  const total = ind.summary.pairings;
  return {
    ...base,
    title:
      top.pairings === total
        ? `Every pairing has a member in ${top.region} (${partOf(top.pairings, total, 'pairing')})${rows[1] ? `; ${rows[1].region} follows with ${formatCount(rows[1].pairings)}` : ''}`
        : `${top.region} takes part in the most pairings (${partOf(top.pairings, total, 'pairing')})`,
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.region),
      valueAxisName: 'Pairings with a member in the region',
      series: [{ name: 'Pairings', values: rows.map((r) => r.pairings), labels: rows.map((r) => formatCount(r.pairings)) }],
      tooltip: (i) => [
        ['Pairings', partOf(rows[i]!.pairings, total, 'pairing')],
        ['Entities in the region', formatCount(rows[i]!.entities)],
      ],
    }),
  };
}

export function regionMatrixChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const pairs = ind.regionMatrix.map((c) => ({ a: c.a, b: c.b, value: c.pairings }));
  const { categories, cells } = symmetricCells(pairs, 12);
  const indicators = ['regionMatrix'];
  const side = Math.max(260, 130 + categories.length * 46);
  const base = { id: 'region-matrix', family: 'regions', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.min(side, 560) } } as const;
  if (pairs.length === 0) return { ...base, title: 'No region-to-region flows in this scope', option: emptyOption(mode, NO_PAIRINGS), empty: true };
  const total = ind.summary.pairings;
  // The finding is the strongest link between two different regions, when there is one.
  const cross = ind.regionMatrix.find((c) => c.a !== c.b);
  const within = ind.regionMatrix[0]!;
  const title = cross
    ? `${cross.a} and ${cross.b} pair most often (${partOf(cross.pairings, total, 'pairing')})`
    : `Every pairing stays within one region; most within ${within.a} (${partOf(within.pairings, total, 'pairing')})`;
  return {
    ...base,
    title,
    empty: false,
    option: flowHeatmap(mode, categories, cells, pairs, (v) => partOf(v, total, 'pairing')),
  };
}

/** A region or country flow matrix: symmetric, its diagonal the pairings within one place. */
function flowHeatmap(
  mode: ChartMode,
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
    valueName: 'pairings',
    max: Math.max(...pairs.map((p) => p.value)),
    cellLabel: (v) => formatCount(v),
    tooltip: (xi, yi, v) => ({
      heading: xi === yi ? `Within ${categories[xi]}` : `${categories[yi]} – ${categories[xi]}`,
      lines: [['Pairings', pairingsText(v)]],
    }),
  });
}

/** Country heatmaps stay legible up to about this many rows; the workbook lists every cell. */
export const COUNTRY_MATRIX_LIMIT = 20;

export function countryMatrixChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const pairs = ind.countryMatrix.map((c) => ({ a: c.a, b: c.b, value: c.pairings }));
  const { categories, cells, totalCategories } = symmetricCells(pairs, COUNTRY_MATRIX_LIMIT);
  const indicators = ['countryMatrix'];
  const base = { id: 'country-matrix', family: 'regions', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.min(600, Math.max(280, 140 + categories.length * 24)) } } as const;
  if (pairs.length === 0) return { ...base, title: 'No country-to-country flows in this scope', option: emptyOption(mode, NO_PAIRINGS), empty: true };
  // The finding is about cooperation across borders: pairings whose members share a country
  // (several partner cities of one country) sit on the diagonal and are shown, not headlined.
  const cross = ind.countryMatrix.filter((c) => c.a !== c.b);
  const top = cross[0] ?? ind.countryMatrix[0]!;
  const tied = cross.filter((c) => c.pairings === top.pairings).length - 1;
  const pair = top.a === top.b ? `two members in ${top.a}` : `${top.a}–${top.b}`;
  const ties = tied > 0 ? `, tied with ${plural(tied, 'other link')}` : '';
  const shown = totalCategories > categories.length ? ` (chart: the ${categories.length} most connected of ${totalCategories} countries)` : '';
  return {
    ...base,
    title: `The most frequent ${top.a === top.b ? 'country link' : 'cross-border link'} is ${pair} (${plural(top.pairings, 'pairing')}${ties})${shown}`,
    empty: false,
    option: flowHeatmap(mode, categories, cells, pairs, (v) => plural(v, 'pairing')),
  };
}
