import { DuckDBDataChunk, INTEGER, type DuckDBConnection, type DuckDBIntegerVector, type DuckDBVarCharVector } from '@duckdb/node-api';
import type { Network } from '../../shared/indicators.js';
import { sqlFile } from '../store/sql-file.js';
import { componentSizes, labelComponents as labelMemberships, type ComponentLabels } from './network-components.js';
import { num, rows } from './sql-rows.js';
import { scopeIsWhole, scopedFile } from './whole-scope.js';

/**
 * The scope's member graph labelled by component (network-components.ts). Union-find in JS
 * over the memberships read as integer columns: label propagation in one recursive query
 * took 0.3-3 s at L (its rounds follow the graph's diameter); this reads 218k memberships
 * and labels them in tens of milliseconds.
 */
async function componentsOfOpenScope(connection: DuckDBConnection): Promise<ComponentLabels> {
  const result = await connection.run(sqlFile(import.meta.url, 'network_memberships.sql'));
  const pairings = new Int32Array(result.rowCount);
  const entities = new Int32Array(result.rowCount);
  let at = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const pk = chunk.getColumnVector(0) as DuckDBIntegerVector;
    const ek = chunk.getColumnVector(1) as DuckDBIntegerVector;
    for (let i = 0; i < chunk.rowCount; i++, at++) {
      pairings[at] = pk.getItem(i)!;
      entities[at] = ek.getItem(i)!;
    }
  }
  return labelMemberships(pairings, entities);
}

/** The view `network_scope_members` the network's statements read, over the scope `openScope` has set. */
async function openNetworkScope(connection: DuckDBConnection): Promise<void> {
  await connection.run(sqlFile(import.meta.url, scopedFile('network_scope_members', await scopeIsWhole(connection))));
}

/** The temp table `network_labels` (ek, label): every entity of the scope with its component, for the Network view's graph. */
export async function labelComponents(connection: DuckDBConnection): Promise<void> {
  await openNetworkScope(connection);
  const { entities, labels } = await componentsOfOpenScope(connection);
  await connection.run(sqlFile(import.meta.url, 'network_labels.sql'));
  const appender = await connection.createAppender('network_labels', 'main', 'temp');
  try {
    const rowsPerChunk = 2048;
    for (let from = 0; from < entities.length; from += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, entities.length - from);
      const chunk = DuckDBDataChunk.create([INTEGER, INTEGER], n);
      const ek = chunk.getColumnVector(0) as DuckDBIntegerVector;
      const label = chunk.getColumnVector(1) as DuckDBIntegerVector;
      for (let i = 0; i < n; i++) {
        ek.setItem(i, entities[from + i]!);
        label.setItem(i, labels[from + i]!);
      }
      ek.flush();
      label.flush();
      appender.appendDataChunk(chunk);
    }
  } finally {
    appender.closeSync();
  }
}

/** indicators.md section 6 over the scope `openScope` has set. */
export async function networkOfOpenScope(connection: DuckDBConnection): Promise<Network> {
  await openNetworkScope(connection);
  const hubs = await hubsOfOpenScope(connection);
  const { components, largestComponent } = componentSizes((await componentsOfOpenScope(connection)).labels);
  return { multiPairingEntities: hubs.length, hubs, components, largestComponent };
}

/** The same once `labelComponents` has run on this scope (the Network view's graph labels them first). */
export async function networkOfLabelledScope(connection: DuckDBConnection): Promise<Network> {
  // labelComponents opened network_scope_members for this scope.
  const hubs = await hubsOfOpenScope(connection);
  const [graph] = await rows(connection, 'network_components');
  return {
    multiPairingEntities: hubs.length,
    hubs,
    components: num(graph!.components),
    largestComponent: num(graph!.largest_component),
  };
}

/**
 * Read from the result's vectors, not as row objects: at L the hubs are 50,603 rows, and the
 * generic conversion cost more than the query.
 */
async function hubsOfOpenScope(connection: DuckDBConnection): Promise<Network['hubs']> {
  const result = await connection.run(sqlFile(import.meta.url, 'network_hubs.sql'));
  const hubs: Network['hubs'] = new Array(result.rowCount);
  let at = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const entity = chunk.getColumnVector(0) as DuckDBVarCharVector;
    const name = chunk.getColumnVector(1) as DuckDBVarCharVector;
    const country = chunk.getColumnVector(2) as DuckDBVarCharVector;
    const pairings = chunk.getColumnVector(3) as DuckDBIntegerVector;
    for (let i = 0; i < chunk.rowCount; i++) {
      hubs[at++] = { entity: entity.getItem(i)!, name: name.getItem(i)!, country: country.getItem(i)!, pairings: pairings.getItem(i)! };
    }
  }
  return hubs;
}
