import type { DuckDBConnection } from '@duckdb/node-api';
import type { Network } from '../../shared/indicators.js';
import { sqlFile } from '../store/sql-file.js';
import { num, rows, str } from './sql-rows.js';

/** The temp table `network_labels` (ek, label): every entity of the scope with its component. */
export async function labelComponents(connection: DuckDBConnection): Promise<void> {
  await connection.run(sqlFile(import.meta.url, 'network_labels.sql'));
}

/** indicators.md section 6 over the scope `openScope` has set. */
export async function networkOfOpenScope(connection: DuckDBConnection): Promise<Network> {
  await labelComponents(connection);
  return networkOfLabelledScope(connection);
}

/** The same once `labelComponents` has run on this scope (the Network view's graph labels them first). */
export async function networkOfLabelledScope(connection: DuckDBConnection): Promise<Network> {
  const hubs = (await rows(connection, 'network_hubs')).map((r) => ({
    entity: str(r.entity),
    name: str(r.name),
    country: str(r.country),
    pairings: num(r.pairings),
  }));
  const [graph] = await rows(connection, 'network_components');
  return {
    multiPairingEntities: hubs.length,
    hubs,
    components: num(graph!.components),
    largestComponent: num(graph!.largest_component),
  };
}
