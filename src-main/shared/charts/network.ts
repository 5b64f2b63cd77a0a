import type { EChartsOption } from 'echarts';
import type { Translator } from '../i18n/index.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { escapeHtml } from './escape.js';
import { barOption } from './shapes.js';
import { FONT_FAMILY, MUTED, PALETTE, baseOption, emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';
import { ENGLISH, countText } from './words.js';

/** The hubs a bar chart shows; the tables list them all. */
export const HUBS_CHARTED = 15;

const NETWORK_INDICATORS = ['network.hubs', 'network.multiPairingEntities', 'network.components', 'network.largestComponent'];

/** A sentence for the network figures: components, the largest, the leading hub. */
export function networkFinding(ind: Indicators, t: Translator = ENGLISH): string {
  const n = ind.network;
  if (ind.summary.pairings === 0) return t.t('chart.network.none');
  const lead = n.hubs[0];
  const knit =
    n.components < ind.summary.pairings
      ? t.t('chart.network.connected', { components: n.components, largest: n.largestComponent })
      : t.t('chart.network.separate', { components: n.components });
  const formed = t.t('chart.network.form', { pairings: ind.summary.pairings, knit });
  return lead ? t.t('chart.network.lead', { name: lead.name, count: lead.pairings, formed }) : formed;
}

/** The entities in the most pairings, as bars (reports and the Network view's side panel). */
export function networkHubsChart(ind: Indicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const hubs = ind.network.hubs.slice(0, HUBS_CHARTED);
  const base = { id: 'network-hubs', family: 'network', indicators: NETWORK_INDICATORS, howMeasured: howMeasured(NETWORK_INDICATORS, t), size: { width: 640, height: Math.max(160, 40 + hubs.length * 24) } } as const;
  if (hubs.length === 0) {
    const none = ind.summary.pairings === 0 ? t.t('chart.noPairings') : t.t('chart.network.noHubs');
    return { ...base, title: networkFinding(ind, t), option: emptyOption(mode, none), empty: true };
  }
  const more = ind.network.hubs.length > hubs.length ? t.t('chart.network.more', { shown: hubs.length, total: ind.network.hubs.length }) : '';
  return {
    ...base,
    title: networkFinding(ind, t) + more,
    empty: false,
    option: barOption({
      mode,
      categories: hubs.map((h) => `${h.name} (${h.country})`),
      valueAxisName: t.t('chart.pairings'),
      series: [{ name: t.t('chart.pairings'), values: hubs.map((h) => h.pairings), labels: hubs.map((h) => countText(t, h.pairings)) }],
      tooltip: (i) => [[t.t('chart.network.entity'), hubs[i]!.entity], [t.t('chart.network.inScope'), countText(t, hubs[i]!.pairings)]],
    }),
  };
}

/** Entities named on the graph: the busiest; the tooltip names every one. */
export const GRAPH_LABELS = 12;

/** One entity of the drawn member graph. */
export interface GraphNode {
  entity: string;
  name: string;
  country: string;
  region: string;
  /** Pairings in scope the entity is a member of. */
  pairings: number;
}

/** Two entities that share `pairings` pairings in scope. */
export interface GraphLink {
  source: string;
  target: string;
  pairings: number;
}

/**
 * A force-directed graph of entities linked by their pairings: node size grows with the
 * entity's pairings, colour is its region (one legend entry per region), click a node to
 * pick the city. `print` freezes the layout (STACK-NOTES gotcha 2).
 */
export function networkGraphOption(nodes: readonly GraphNode[], links: readonly GraphLink[], mode: ChartMode, selected: string | null = null, t: Translator = ENGLISH): EChartsOption {
  if (nodes.length === 0) return emptyOption(mode, t.t('chart.network.noEntities'));
  const regions = [...new Set(nodes.map((n) => n.region))].sort();
  // The legend names regions in the chart's language; categories stay indexed by the data's values.
  const regionName = (region: string) => t.label('region', region);
  const neighbours = new Set<string>();
  if (selected) for (const l of links) if (l.source === selected || l.target === selected) neighbours.add(l.source === selected ? l.target : l.source);
  // Node area grows with pairings, relative to the busiest entity drawn.
  const most = Math.max(...nodes.map((n) => n.pairings));
  const size = (pairings: number) => (most <= 1 ? 8 : 6 + 22 * Math.sqrt((pairings - 1) / (most - 1)));
  // Names of the busiest entities only: hundreds of labels cover the graph.
  const labelled = new Set([...nodes].filter((n) => n.pairings >= 2).sort((a, b) => b.pairings - a.pairings || (a.name < b.name ? -1 : 1)).slice(0, GRAPH_LABELS).map((n) => n.entity));
  const crowded = nodes.length > 150;
  const faded = (entity: string) => selected !== null && entity !== selected && !neighbours.has(entity);
  return {
    ...baseOption(mode),
    legend: { data: regions.map(regionName), bottom: 0, textStyle: { color: MUTED } },
    tooltip: {
      formatter: (p: unknown) => {
        const item = p as { dataType: string; data: GraphNode & { value?: number } & GraphLink };
        if (item.dataType === 'edge') return `${escapeHtml(item.data.source)} – ${escapeHtml(item.data.target)}: ${escapeHtml(t.t('chart.countPairings', { count: item.data.pairings }))}`;
        const n = item.data;
        return `<b>${escapeHtml(n.name)}</b> (${escapeHtml(n.country)}, ${escapeHtml(regionName(n.region))})<br>${escapeHtml(t.t('chart.countPairings', { count: n.pairings }))}`;
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        // Clear of the legend below.
        top: 8,
        bottom: 48,
        roam: mode === 'screen',
        draggable: mode === 'screen',
        animation: false,
        force: { repulsion: crowded ? 28 : 60, gravity: crowded ? 0.3 : 0.24, edgeLength: crowded ? [6, 24] : [12, 40], layoutAnimation: mode === 'screen' && nodes.length <= 300 },
        categories: regions.map((name, i) => ({ name: regionName(name), itemStyle: { color: PALETTE[i % PALETTE.length] } })),
        data: nodes.map((n) => ({
          ...n,
          id: n.entity,
          name: n.name,
          category: regions.indexOf(n.region),
          symbolSize: size(n.pairings),
          value: n.pairings,
          itemStyle: faded(n.entity) ? { opacity: 0.15 } : n.entity === selected ? { borderColor: '#1f2933', borderWidth: 2 } : undefined,
          label: { show: labelled.has(n.entity) || n.entity === selected, position: 'right', fontFamily: FONT_FAMILY, fontSize: 11, ...(mode === 'print' ? { textBorderWidth: 0 } : {}) },
        })),
        links: links.map((l) => ({ ...l, lineStyle: { width: Math.min(4, l.pairings), opacity: selected !== null && l.source !== selected && l.target !== selected ? 0.08 : 0.5 } })),
        lineStyle: { color: '#9aa5b1', curveness: 0 },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}
