import type { DuckDBConnection } from '@duckdb/node-api';
import type { MapData, PairingCoverage } from '../../shared/api-contract.js';
import type { Filters } from '../../shared/indicators.js';
import { locateCity } from './gazetteer.js';
import { inTransaction } from '../store/transaction.js';
import { type Row, bindScope, num, queryRows, text, textOrNull } from './scope.js';

const placed = (lat: unknown, lon: unknown) =>
  typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** A member's place: the workbook's latitude/longitude, else (a city only) the gazetteer's, else null. */
export function placeMember(r: Row): { latitude: number; longitude: number; placedBy: 'data' | 'gazetteer' } | null {
  if (placed(r.latitude, r.longitude)) return { latitude: num(r.latitude), longitude: num(r.longitude), placedBy: 'data' };
  // Regions and consortia have no point to look up: only a city goes to the gazetteer.
  const found = text(r.kind) === 'city' ? locateCity(text(r.name), text(r.country)) : null;
  return found ? { latitude: found.latitude, longitude: found.longitude, placedBy: 'gazetteer' } : null;
}

/**
 * Member cities in scope at the workbook's latitude/longitude or, for a city without them,
 * where the offline gazetteer puts it; the members still without a place (the renderer may
 * draw them near their country's centre); and every partner link.
 */
export function mapData(connection: DuckDBConnection, filters: Filters): Promise<MapData> {
  return inTransaction(connection, () => mapInScope(connection, filters));
}

async function mapInScope(connection: DuckDBConnection, filters: Filters): Promise<MapData> {
  await bindScope(connection, filters);
  const data: MapData = { cities: [], links: [], unplaced: [] };
  for (const r of await queryRows(connection, 'map_cities.sql')) {
    const place = placeMember(r);
    if (place) {
      data.cities.push({
        entity_id: text(r.entity_id),
        name: text(r.name),
        country: text(r.country),
        region: text(r.region),
        latitude: place.latitude,
        longitude: place.longitude,
        pairings: num(r.pairings),
        placedBy: place.placedBy,
      });
    } else {
      data.unplaced.push({ entity_id: text(r.entity_id), name: text(r.name), country: text(r.country), pairings: num(r.pairings) });
    }
  }
  for (const r of await queryRows(connection, 'map_links.sql')) data.links.push({ a: text(r.a), b: text(r.b), pairings: num(r.pairings) });
  return data;
}

/** Helix coverage and evenness of each pairing in scope. */
export function pairingCoverage(connection: DuckDBConnection, filters: Filters): Promise<PairingCoverage[]> {
  return inTransaction(connection, async () => {
    await bindScope(connection, filters);
    return (await queryRows(connection, 'pairing_coverage.sql')).map((r) => ({
      pairing_id: text(r.pairing_id),
      title: textOrNull(r.title),
      helices: num(r.helices),
      evenness: num(r.evenness),
      participants: num(r.participants),
    }));
  });
}
