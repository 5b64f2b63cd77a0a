import { formatCount, formatPercent, partOf } from '../format.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function gcomByRegionChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const g = ind.gcom;
  const rows = g.byRegion;
  const indicators = ['gcom.byRegion', 'gcom.share', 'gcom.joinedDuringPairing'];
  const base = { id: 'gcom-by-region', family: 'gcom', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.max(220, 80 + rows.length * 34) } } as const;
  if (rows.length === 0) return { ...base, title: 'No entities in this scope, so no GCoM signatories', option: emptyOption(mode, 'No pairings in this scope'), empty: true };
  // A count inside a segment narrower than its text would overlap its neighbour: left out.
  // The plot is about 420 px of the 640 px chart; a digit about 7 px.
  const widest = Math.max(...rows.map((r) => r.entities));
  const inside = (v: number) => {
    const text = formatCount(v);
    return v > 0 && (v / widest) * 420 >= text.length * 7 + 6 ? text : '';
  };
  const lead = [...rows].sort((a, b) => b.share - a.share || b.signatories - a.signatories || (a.region < b.region ? -1 : 1))[0]!;
  return {
    ...base,
    title:
      `${partOf(g.signatories, g.entities, 'entity', 'entities')} (${formatPercent(g.share)}) are GCoM signatories` +
      (g.signatories > 0 ? `; ${lead.region} leads with ${formatPercent(lead.share)}` : ''),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.region),
      valueAxisName: 'Entities',
      series: [
        { name: 'Signatories', stack: 'entities', labelColor: '#ffffff', values: rows.map((r) => r.signatories), labels: rows.map((r) => inside(r.signatories)) },
        { name: 'Not signatories', stack: 'entities', values: rows.map((r) => r.entities - r.signatories), labels: rows.map((r) => inside(r.entities - r.signatories)) },
      ],
      tooltip: (i) => [
        ['Entities', formatCount(rows[i]!.entities)],
        ['Signatories', formatCount(rows[i]!.signatories)],
        ['Share', formatPercent(rows[i]!.share)],
      ],
    }),
  };
}
