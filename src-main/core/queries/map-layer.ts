import type { DuckDBConnection } from '@duckdb/node-api';
import type { MapLayer, MapScope } from '../../shared/api-contract.js';
import type { Filters } from '../../shared/indicators.js';
import { sqlFile } from '../store/sql-file.js';
import { inTransaction } from '../store/transaction.js';
import { placeMember } from './map-data.js';
import { bindScope, num, queryRows, text } from './scope.js';

/*
 * The map in two parts, so that a filter change costs the same at any programme size: the
 * layer of every member city, placed once per import, and per change only which of them are
 * in scope (their keys and pairing counts) and the links among them, as integers.
 */

async function generation(connection: DuckDBConnection, project: string): Promise<string> {
  const [row] = await queryRows(connection, 'map_generation.sql');
  return `${project}#${num(row?.import_id)}`;
}

/** Every member of any pairing, by key, at the workbook's or the gazetteer's place (or none). */
export function mapLayer(connection: DuckDBConnection, project: string): Promise<MapLayer> {
  return inTransaction(connection, async () => {
    const layer: MapLayer = { generation: await generation(connection, project), cities: [] };
    for (const r of await queryRows(connection, 'map_layer.sql')) {
      const place = placeMember(r);
      layer.cities.push({
        ek: num(r.ek),
        entity_id: text(r.entity_id),
        name: text(r.name),
        country: text(r.country),
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        placedBy: place?.placedBy ?? null,
      });
    }
    return layer;
  });
}

/** The members in scope with their pairing counts, and the partner links among them, by key. */
export function mapScope(connection: DuckDBConnection, project: string, filters: Filters): Promise<MapScope> {
  return inTransaction(connection, async () => {
    await bindScope(connection, filters);
    const scope: MapScope = { generation: await generation(connection, project), cities: [], pairings: [], links: [] };
    const reader = await connection.runAndReadAll(sqlFile(import.meta.url, 'map_scope.sql'));
    // Columns, not row objects: at scale M a change returns thousands of rows of three integers.
    // (No rows give no columns at all.)
    const [a = [], b = [], pairings = []] = reader.getColumnsJS() as [number[]?, Array<number | null>?, number[]?];
    for (let i = 0; i < a.length; i++) {
      if (b[i] === null) {
        scope.cities.push(a[i]!);
        scope.pairings.push(pairings[i]!);
      } else scope.links.push(a[i]!, b[i]!, pairings[i]!);
    }
    return scope;
  });
}
