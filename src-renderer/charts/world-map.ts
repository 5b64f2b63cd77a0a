import './echarts-extra.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import codes from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { echarts } from './echarts-setup.js';

/**
 * The world map, offline: Natural Earth 1:110m countries from world-atlas, converted from
 * TopoJSON and registered with ECharts once. Countries are matched to the workbook's ISO
 * alpha-2 codes through i18n-iso-countries' code table (world-atlas ids are ISO numeric).
 */

export const WORLD_MAP = 'world';

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

let world: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null = null;
const centres = new Map<string, [number, number]>();
const numericOfAlpha2 = new Map<string, string>((codes as string[][]).map((row) => [row[0]!, row[2]!]));

/** Area and centroid of one ring (shoelace formula, in degrees: fine for a label position). */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area, x: x / (6 * area), y: y / (6 * area) };
}

/** The centre of a country's largest polygon (mainland France, not French Guiana). */
function countryCentre(f: CountryFeature): [number, number] {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = { area: -1, x: 0, y: 0 };
  for (const polygon of polygons) {
    const c = ringCentroid(polygon[0] ?? []);
    if (Math.abs(c.area) > best.area) best = { area: Math.abs(c.area), x: c.x, y: c.y };
  }
  return [best.x, best.y];
}

const wraps = (ring: Position[]) => ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]![0] ?? 0)) > 180);

function withoutWrapping(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return geometry;
  return { ...geometry, coordinates: geometry.coordinates.filter((polygon) => !polygon.some(wraps)) };
}

export function ensureWorldMap(): void {
  if (world) return;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  // Antarctica (010) hosts no pairings and would take a fifth of the height; the few
  // polygons that wrap across the antimeridian (eastern Russia, Fiji) would be drawn as
  // lines across the whole map, so they are left out.
  world = {
    ...all,
    features: all.features.filter((f) => String(f.id) !== '010').map((f) => ({ ...f, geometry: withoutWrapping(f.geometry) })),
  };
  for (const f of world.features) {
    if (f.id !== undefined) centres.set(String(f.id), countryCentre(f as CountryFeature));
  }
  echarts.registerMap(WORLD_MAP, world as unknown as Parameters<typeof echarts.registerMap>[1]);
}

/** The centre of the country with this ISO alpha-2 code on the map, or null when the map lacks it. */
export function centreOfCountry(alpha2: string): [number, number] | null {
  ensureWorldMap();
  const numeric = numericOfAlpha2.get(alpha2.toUpperCase());
  return numeric ? (centres.get(numeric) ?? null) : null;
}
