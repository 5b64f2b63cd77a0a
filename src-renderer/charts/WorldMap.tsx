import type { EChartsOption } from 'echarts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError, MapLayer, MapScope } from '../../src-main/shared/api-contract.js';
import { escapeHtml } from '../../src-main/shared/charts/index.js';
import { PALETTE } from '../../src-main/shared/charts/style.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { call } from '../api/client.js';
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
  /** Its position in the layer: the fourth value of its point, so a point needs no object. */
  at: number;
}

/** What the chart draws, by series and data index: the tooltip and a click read it back. */
interface Drawn {
  links: Array<{ a: Placed; b: Placed; pairings: number }>;
  layer: PlacedLayer | null;
}

/** A member of the layer, placed once per import: at its coordinates, near its country's centre (approximate), or nowhere (listed). */
interface LayerCity {
  id: string;
  name: string;
  country: string;
  coord: [number, number] | null;
  approximate: boolean;
  gazetteer: boolean;
}

interface PlacedLayer {
  generation: string;
  cities: LayerCity[];
  /** Layer position of each key. */
  at: Map<number, number>;
}

/** A small, stable offset so several cities placed at one country's centre stay apart. */
function jitter(id: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  const radius = 0.6 + (((h >>> 9) % 100) / 100) * 1.6;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/** Every member at the workbook's or gazetteer's place; without one, near its country's centre (marked); else unplaced. */
function placeLayer(layer: MapLayer): PlacedLayer {
  ensureWorldMap();
  const cities = layer.cities.map((c): LayerCity => {
    const base = { id: c.entity_id, name: c.name, country: c.country, gazetteer: c.placedBy === 'gazetteer' };
    if (c.latitude !== null && c.longitude !== null) return { ...base, coord: [c.longitude, c.latitude], approximate: false };
    const centre = centreOfCountry(c.country);
    if (!centre) return { ...base, coord: null, approximate: false };
    const [dx, dy] = jitter(c.entity_id);
    return { ...base, coord: [centre[0] + dx, centre[1] + dy], approximate: true };
  });
  return { generation: layer.generation, cities, at: new Map(layer.cities.map((c, i) => [c.ek, i])) };
}

/** The members in scope, placed from the layer, and the placed links among them, strongest first. */
function inScope(layer: PlacedLayer, scope: MapScope) {
  const placed: Placed[] = [];
  const unplaced: Array<{ name: string; country: string; pairings: number }> = [];
  const byKey = new Map<number, Placed>();
  let gazetteer = 0;
  scope.cities.forEach((ek, i) => {
    const at = layer.at.get(ek)!;
    const c = layer.cities[at]!;
    const pairings = scope.pairings[i]!;
    if (!c.coord) {
      unplaced.push({ name: c.name, country: c.country, pairings });
      return;
    }
    const city = { id: c.id, name: c.name, country: c.country, coord: c.coord, pairings, approximate: c.approximate, at };
    placed.push(city);
    byKey.set(ek, city);
    if (c.gazetteer) gazetteer++;
  });
  // Most pairings first, then by name, as the list of members that could not be placed has always read.
  unplaced.sort((x, y) => y.pairings - x.pairings || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const links: Array<{ a: Placed; b: Placed; pairings: number }> = [];
  for (let i = 0; i < scope.links.length; i += 3) {
    const a = byKey.get(scope.links[i]!);
    const b = byKey.get(scope.links[i + 1]!);
    if (a && b) links.push({ a, b, pairings: scope.links[i + 2]! });
  }
  return { placed, unplaced, links, gazetteer };
}

/** A point's city: its layer position and pairing count are the point's values. */
function pointCity(drawn: Drawn, value: unknown): { name: string; country: string; pairings: number; approximate: boolean } | null {
  const v = value as number[] | undefined;
  const c = v && drawn.layer?.cities[v[3]!];
  return c ? { name: c.name, country: c.country, pairings: v[2]!, approximate: c.approximate } : null;
}

/** The map's frame, set once per language: the world, the tooltip and three empty series the scope fills. */
function frameOption(t: Translator, drawn: () => Drawn): EChartsOption {
  ensureWorldMap();
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { seriesType: string; dataIndex: number; value: unknown };
        if (p.seriesType === 'lines') {
          const link = drawn().links[p.dataIndex];
          return link ? `<b>${escapeHtml(link.a.name)}</b> – <b>${escapeHtml(link.b.name)}</b><br/>${escapeHtml(t.t('chart.countPairings', { count: link.pairings }))}` : '';
        }
        const c = pointCity(drawn(), p.value);
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
        id: 'links',
        type: 'lines',
        coordinateSystem: 'geo',
        zlevel: 1,
        // Drawn in one frame: progressive drawing of hundreds of arcs kept the main thread
        // busy long after the data had arrived.
        progressive: 0,
        largeThreshold: LARGE_FROM,
        data: [],
        lineStyle: { color: PALETTE[0], opacity: 0.45, curveness: 0.25 },
        emphasis: { lineStyle: { opacity: 0.9 } },
      },
      ...[false, true].map((approximate) => ({
        id: approximate ? 'cities-approximate' : 'cities',
        type: 'scatter' as const,
        name: approximate ? 'placed at the country centre' : 'placed by coordinates',
        coordinateSystem: 'geo' as const,
        zlevel: 2,
        largeThreshold: LARGE_CITIES,
        progressive: 0,
        data: [],
        itemStyle: { color: approximate ? PALETTE[1] : PALETTE[0], borderColor: '#ffffff' },
      })),
    ],
  } as EChartsOption;
}

/**
 * Per filter change, only the series' data and what depends on their size: merged into the
 * frame by id. Points are plain value arrays and arcs hold only their ends (the tooltip finds
 * the rest by index): ECharts copies and parses object items one by one, which made the
 * patch of 5,790 cities at M about 2.5 times slower to set.
 */
function scopePatch(links: Array<{ a: Placed; b: Placed; pairings: number }>, placed: Placed[]): EChartsOption {
  const maxLink = Math.max(1, ...links.map((l) => l.pairings));
  const largeLinks = links.length > LARGE_FROM;
  // Thousands of dots are drawn as one batch with one size; fewer get sizes by pairings.
  const large = placed.length > LARGE_CITIES;
  return {
    series: [
      {
        id: 'links',
        large: largeLinks,
        data: links.map((l) => ({
          coords: [l.a.coord, l.b.coord],
          ...(largeLinks ? {} : { lineStyle: { width: 0.8 + (2.4 * l.pairings) / maxLink } }),
        })),
      },
      ...[false, true].map((approximate) => ({
        id: approximate ? 'cities-approximate' : 'cities',
        large,
        symbolSize: large ? 4 : (value: number[]) => 5 + Math.min(14, Math.sqrt(value[2]!) * 3),
        itemStyle: { borderWidth: large ? 0 : 1 },
        data: placed.filter((c) => c.approximate === approximate).map((c) => [c.coord[0], c.coord[1], c.pairings, c.at]),
      })),
    ],
  } as EChartsOption;
}

/**
 * The layer of this import, kept across visits to the view: fetched when the map first
 * shows, and again only when a scope names another generation (an import or another project).
 */
let kept: PlacedLayer | null = null;

/**
 * The layer request in flight, shared: the view asks as it mounts (no scope yet) and again
 * when the first scope names its generation; both wait for the one answer (663 KB at M).
 */
let inFlight: ReturnType<typeof call<'pairings/mapLayer'>> | null = null;
function fetchLayer() {
  inFlight ??= call('pairings/mapLayer', null).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

function useMapLayer(generation: string | undefined): { layer: PlacedLayer | null; error: ApiError | null; reload: () => void } {
  const [layer, setLayer] = useState<PlacedLayer | null>(kept);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const stale = !layer || (generation !== undefined && generation !== layer.generation);
  useEffect(() => {
    if (!stale) return;
    let current = true;
    setError(null);
    void fetchLayer().then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error);
      if (kept?.generation !== result.value.generation) kept = placeLayer(result.value);
      setLayer(kept);
    });
    return () => {
      current = false;
    };
  }, [stale, generation, layer?.generation, attempt]);
  return { layer, error, reload: () => setAttempt((n) => n + 1) };
}

/** The world map of pairings: partner cities joined by arcs, drawn offline. */
export function WorldMap({ filters, version, onCity }: { filters: Filters; version: number; onCity: (name: string) => void }) {
  const t = useT();
  const load = useApi('pairings/mapScope', filters, version);
  const scope = load.value;
  const { layer, error: layerError, reload: reloadLayer } = useMapLayer(scope?.generation);
  const drawn = useRef<Drawn>({ links: [], layer: null });
  const frame = useMemo(() => frameOption(t, () => drawn.current), [t]);
  const view = useMemo(() => {
    if (!scope || !layer || layer.generation !== scope.generation) return null;
    const { placed, unplaced, links: placedLinks, gazetteer } = inScope(layer, scope);
    // Thousands of arcs are a hairball that takes seconds to draw: the strongest ones tell the story.
    const links = placedLinks.slice(0, MAX_ARCS);
    const approximate = placed.filter((p) => p.approximate).length;
    return { patch: scopePatch(links, placed), shown: { links, layer }, unplaced, approximate, gazetteer, placed: placed.length, links: placedLinks.length, drawn: links.length };
  }, [scope, layer]);

  if (!view) {
    if (load.status === 'error') return <ErrorState title={t.t('error.map')} error={load.error} onRetry={load.reload} />;
    if (layerError) return <ErrorState title={t.t('error.map')} error={layerError} onRetry={reloadLayer} />;
    return <Loading text={t.t('loading.map')} />;
  }
  drawn.current = view.shown;
  const title =
    view.placed === 0
      ? t.t('map.none')
      : t.t('map.title', { cities: view.placed, links: view.links });
  return (
    <ChartCard
      id="world-map"
      title={title}
      howMeasured={t.t('map.howMeasured')}
      option={frame}
      patch={view.patch}
      empty={view.placed === 0}
      height={500}
      busy={load.status === 'loading' || layer?.generation !== scope?.generation}
      clickHint={t.t('map.hint')}
      onClick={(p) => {
        // An arc has no value; a point's names its city.
        const city = pointCity(drawn.current, p.value);
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
