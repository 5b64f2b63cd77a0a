import type { DuckDBConnection } from '@duckdb/node-api';
import type { NetworkGraph } from '../../shared/api-contract.js';
import type { Filters } from '../../shared/indicators.js';
import { labelComponents, networkOfLabelledScope } from '../indicators/network.js';
import { closeScope, openScope } from '../indicators/scope.js';
import { inTransaction } from '../store/transaction.js';
import { num, queryRows, text, textOrNull } from './scope.js';

/**
 * The member graph of the scope for the Network view: entities (nodes) linked by the
 * pairings they share, up to `limit` entities chosen as the hubs' neighbourhoods
 * (network_graph_nodes.sql), so the view stays responsive at any size and says how much it
 * leaves out.
 */
export function networkGraph(connection: DuckDBConnection, filters: Filters, limit: number): Promise<NetworkGraph> {
  return inTransaction(connection, async () => {
    await openScope(connection, filters);
    try {
      await labelComponents(connection);
      const [totals] = await queryRows(connection, 'network_graph_totals.sql');
      await queryRows(connection, 'network_graph_nodes.sql', { limit });
      const nodes = await queryRows(connection, 'network_graph_shown.sql');
      const links = await queryRows(connection, 'network_graph_links.sql');
      const pairings = await queryRows(connection, 'network_graph_pairings.sql');
      return {
        nodes: nodes.map((n) => ({ entity: text(n.entity_id), name: text(n.name), country: text(n.country), region: text(n.region), pairings: num(n.pairings) })),
        links: links.map((l) => ({ source: text(l.source), target: text(l.target), pairings: num(l.pairings) })),
        pairings: pairings.map((p) => ({ pairing_id: text(p.pairing_id), title: textOrNull(p.title), members: (p.members as unknown[]).map(text) })),
        entities: num(totals?.entities),
        components: num(totals?.components),
        componentsShown: new Set(nodes.map((n) => num(n.label))).size,
        summary: await networkOfLabelledScope(connection),
      };
    } finally {
      await connection.run('DROP TABLE IF EXISTS network_shown');
      await closeScope(connection);
    }
  });
}
