import type { Translator } from '../i18n/index.js';
import { ENGLISH, countText } from './words.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function gcomByRegionChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const g = ind.gcom;
  const rows = g.byRegion;
  const indicators = ['gcom.byRegion', 'gcom.share', 'gcom.joinedDuringPairing'];
  const base = { id: 'gcom-by-region', family: 'gcom', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.max(220, 80 + rows.length * 34) } } as const;
  if (rows.length === 0) return { ...base, title: t.t('chart.gcom.none.title'), option: emptyOption(mode, t.t('chart.noPairings')), empty: true };
  // A count inside a segment narrower than its text would overlap its neighbour: left out.
  // The plot is about 420 px of the 640 px chart; a digit about 7 px.
  const widest = Math.max(...rows.map((r) => r.entities));
  const inside = (v: number) => {
    const text = countText(t, v);
    return v > 0 && (v / widest) * 420 >= text.length * 7 + 6 ? text : '';
  };
  const lead = [...rows].sort((a, b) => b.share - a.share || b.signatories - a.signatories || (a.region < b.region ? -1 : 1))[0]!;
  return {
    ...base,
    title:
      t.t('chart.gcom.title', { part: g.signatories, whole: g.entities, share: t.percent(g.share) }) +
      (g.signatories > 0 ? t.t('chart.gcom.lead', { region: t.label('region', lead.region), share: t.percent(lead.share) }) : ''),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => t.label('region', r.region)),
      valueAxisName: t.t('chart.entities'),
      series: [
        { name: t.t('chart.signatories'), stack: 'entities', labelColor: '#ffffff', values: rows.map((r) => r.signatories), labels: rows.map((r) => inside(r.signatories)) },
        { name: t.t('chart.notSignatories'), stack: 'entities', values: rows.map((r) => r.entities - r.signatories), labels: rows.map((r) => inside(r.entities - r.signatories)) },
      ],
      tooltip: (i) => [
        [t.t('chart.entities'), countText(t, rows[i]!.entities)],
        [t.t('chart.signatories'), countText(t, rows[i]!.signatories)],
        [t.t('chart.share'), t.percent(rows[i]!.share)],
      ],
    }),
  };
}
