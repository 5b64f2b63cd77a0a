import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import type { MapData } from '../../src-main/shared/api-contract.js';
import { escapeHtml } from '../../src-main/shared/charts/index.js';
import { PALETTE } from '../../src-main/shared/charts/style.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { useApi } from '../api/use-api.js';
import { ErrorState, Loading } from '../components/States.js';
import type { Translator } from '../../src-main/shared/i18n/index.js';
import { ChartCard } from './ChartCard.js';
import { WORLD_MAP, centreOfCountry, ensureWorldMap } from './world-map.js';
import { useT } from '../i18n/language.js';

/** The strongest partner links drawn; the links arrive sorted by pairings, most first. */
const MAX_ARCS = 800;
/** Above this many arcs they share one width and are drawn as a batch. */
const LARGE_FROM = 300;
const LARGE_CITIES = 1000;

interface Placed {
  id: string;
  name: string;
  country: string;
  coord: [number, number];
  pairings: number;
  approximate: boolean;
}

/** A small, stable offset so several cities placed at one country's centre stay apart. */
function jitter(id: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  const radius = 0.6 + (((h >>> 9) % 100) / 100) * 1.6;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/** Cities at the workbook's coordinates; without them, near their country's centre (marked); else listed. */
function place(data: MapData) {
  const placed = new Map<string, Placed>();
  for (const c of data.cities) placed.set(c.entity_id, { id: c.entity_id, name: c.name, country: c.country, coord: [c.longitude, c.latitude], pairings: c.pairings, approximate: false });
  const unplaced: Array<{ name: string; country: string }> = [];
  for (const u of data.unplaced) {
    const centre = centreOfCountry(u.country);
    if (!centre) {
      unplaced.push(u);
      continue;
    }
    const [dx, dy] = jitter(u.entity_id);
    placed.set(u.entity_id, { id: u.entity_id, name: u.name, country: u.country, coord: [centre[0] + dx, centre[1] + dy], pairings: u.pairings, approximate: true });
  }
  return { placed, unplaced };
}

function mapOption(links: MapData['links'], placed: Map<string, Placed>, t: Translator): EChartsOption {
  const cities = [...placed.values()];
  const maxLink = Math.max(1, ...links.map((l) => l.pairings));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { seriesType: string; data: { name?: string; city?: Placed; from?: string; to?: string; pairings?: number } };
        if (p.seriesType === 'lines') return `<b>${escapeHtml(p.data.from)}</b> – <b>${escapeHtml(p.data.to)}</b><br/>${escapeHtml(t.t('chart.countPairings', { count: p.data.pairings ?? 0 }))}`;
        const c = p.data.city;
        if (!c) return '';
        return `<b>${escapeHtml(c.name)}</b> (${escapeHtml(c.country)})<br/>${escapeHtml(t.t('chart.countPairings', { count: c.pairings }))}${c.approximate ? `<br/><i>${escapeHtml(t.t('map.approximateCity'))}</i>` : ''}`;
      },
    },
    geo: {
      map: WORLD_MAP,
      roam: true,
      left: 8,
      right: 8,
      top: 8,
      bottom: 8,
      silent: true,
      itemStyle: { areaColor: '#e9edf2', borderColor: '#b8c2cf', borderWidth: 0.5 },
      emphasis: { disabled: true },
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        zlevel: 1,
        // Drawn in one batch and one frame: progressive drawing of hundreds of arcs kept the
        // main thread busy long after the data had arrived.
        large: links.length > LARGE_FROM,
        largeThreshold: LARGE_FROM,
        progressive: 0,
        data: links.map((l) => ({
          from: placed.get(l.a)!.name,
          to: placed.get(l.b)!.name,
          pairings: l.pairings,
          coords: [placed.get(l.a)!.coord, placed.get(l.b)!.coord],
          ...(links.length > LARGE_FROM ? {} : { lineStyle: { width: 0.8 + (2.4 * l.pairings) / maxLink } }),
        })),
        lineStyle: { color: PALETTE[0], opacity: 0.45, curveness: 0.25 },
        emphasis: { lineStyle: { opacity: 0.9 } },
      },
      ...[false, true].map((approximate) => {
        const group = cities.filter((c) => c.approximate === approximate);
        // Thousands of dots are drawn as one batch with one size; fewer get sizes by pairings.
        const large = cities.length > LARGE_CITIES;
        return {
          type: 'scatter',
          name: approximate ? 'placed at the country centre' : 'placed by coordinates',
          coordinateSystem: 'geo',
          zlevel: 2,
          large,
          largeThreshold: LARGE_CITIES,
          progressive: 0,
          symbolSize: large ? 4 : (_value: unknown, params: { data: { city: Placed } }) => 5 + Math.min(14, Math.sqrt(params.data.city.pairings) * 3),
          data: group.map((c) => ({ name: c.name, value: [...c.coord, c.pairings], city: c })),
          itemStyle: { color: approximate ? PALETTE[1] : PALETTE[0], borderColor: '#ffffff', borderWidth: large ? 0 : 1 },
        };
      }),
    ],
  } as EChartsOption;
}

/** The world map of pairings: partner cities joined by arcs, drawn offline. */
export function WorldMap({ filters, version, onCity }: { filters: Filters; version: number; onCity: (name: string) => void }) {
  const t = useT();
  const load = useApi('pairings/map', filters, version);
  const data = load.value;
  const view = useMemo(() => {
    if (!data) return null;
    ensureWorldMap();
    const { placed, unplaced } = place(data);
    const placedLinks = data.links.filter((l) => placed.has(l.a) && placed.has(l.b));
    // Thousands of arcs are a hairball that takes seconds to draw: the strongest ones tell the story.
    const links = placedLinks.slice(0, MAX_ARCS);
    const approximate = [...placed.values()].filter((p) => p.approximate).length;
    const gazetteer = data.cities.filter((c) => c.placedBy === 'gazetteer').length;
    return { option: mapOption(links, placed, t), unplaced, approximate, gazetteer, placed: placed.size, links: placedLinks.length, drawn: links.length };
  }, [data, t]);

  if (!view) {
    if (load.status === 'error') return <ErrorState title={t.t('error.map')} error={load.error} onRetry={load.reload} />;
    return <Loading text={t.t('loading.map')} />;
  }
  const title =
    view.placed === 0
      ? t.t('map.none')
      : t.t('map.title', { cities: view.placed, links: view.links });
  return (
    <ChartCard
      id="world-map"
      title={title}
      howMeasured={t.t('map.howMeasured')}
      option={view.option}
      empty={view.placed === 0}
      height={500}
      busy={load.status === 'loading'}
      clickHint={t.t('map.hint')}
      onClick={(p) => {
        const city = (p.data as { city?: Placed } | undefined)?.city;
        if (city) onCity(city.name);
      }}
    >
      {view.placed + view.unplaced.length > 0 && (
      <p className="map-note" data-testid="map-placement">
        {view.gazetteer > 0 && (
          <>
            {t.t('map.gazetteer', { count: view.gazetteer })}{' '}
          </>
        )}
        {view.approximate > 0 && (
          <>
            {t.t('map.approximate', { count: view.approximate })}{' '}
          </>
        )}
        {view.drawn < view.links && <>{t.t('map.drawn', { drawn: view.drawn, links: view.links })} </>}
        {view.unplaced.length === 0 ? (
          t.t('map.all')
        ) : (
          <>
            {t.t('map.unplaced', { count: view.unplaced.length, names: view.unplaced.map((u) => `${u.name} (${u.country})`).join(', ') })}
          </>
        )}
      </p>
      )}
    </ChartCard>
  );
}
