import type { DuckDBConnection } from '@duckdb/node-api';
import type { MemberDetail, PairingDetail, PairingRow, PairingsPage, PairingsQuery } from '../../shared/api-contract.js';
import { quoteIdent, sqlFile } from '../store/sql-file.js';
import { inTransaction } from '../store/transaction.js';
import { pairingResults } from './pairing-results.js';
import { bindScope, num, numOrNull, queryRows, text, textOrNull } from './scope.js';

function toRow(r: Record<string, unknown>): PairingRow {
  return {
    pairing_id: text(r.pairing_id),
    title: textOrNull(r.title),
    programme: textOrNull(r.programme),
    component: text(r.component),
    status: textOrNull(r.status),
    start_date: textOrNull(r.start_date),
    end_date: textOrNull(r.end_date),
    members: text(r.members),
    countries: text(r.countries),
    regions: text(r.regions),
    themes: text(r.themes),
    stakeholders: num(r.stakeholders),
    participants: num(r.participants),
    activities: num(r.activities),
  };
}

/**
 * One page of the Pairings table: the pairings in scope whose text contains `search`
 * (case-insensitive), sorted by one column (ties by id), and their total.
 */
export function listPairings(connection: DuckDBConnection, query: PairingsQuery): Promise<PairingsPage> {
  return inTransaction(connection, () => pairingsPage(connection, query));
}

async function pairingsPage(connection: DuckDBConnection, query: PairingsQuery): Promise<PairingsPage> {
  await bindScope(connection, query.filters);
  await connection.run(sqlFile(import.meta.url, 'pairing_rows.sql'));
  const search = query.search.trim().toLowerCase();
  const where = 'WHERE ($search = \'\' OR contains(haystack, $search))';
  // The column is one of PAIRING_COLUMNS (checked by the contract), the direction asc|desc.
  const order = `${quoteIdent(query.sort.column)} ${query.sort.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, pairing_id ASC`;
  const total = await connection.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM pairing_rows ${where}`, { search });
  const page = await connection.runAndReadAll(
    `SELECT * EXCLUDE (haystack) FROM pairing_rows ${where} ORDER BY ${order} LIMIT $limit OFFSET $offset`,
    { search, limit: query.limit, offset: query.offset },
  );
  return { total: num(total.getRowObjectsJS()[0]?.n), rows: (page.getRowObjectsJS() as Array<Record<string, unknown>>).map(toRow) };
}

/**
 * A pairing's card: the pairing, its members, themes, stakeholders, activities, and its result
 * indicators and outcomes as of `asOf` (null: none), read in one snapshot; null if unknown.
 */
export function pairingDetail(connection: DuckDBConnection, pairingId: string, asOf: string | null = null): Promise<PairingDetail | null> {
  return inTransaction(connection, () => readPairingDetail(connection, pairingId, asOf));
}

async function readPairingDetail(connection: DuckDBConnection, pairingId: string, asOf: string | null): Promise<PairingDetail | null> {
  const params = { id: pairingId };
  const [p] = await queryRows(connection, 'pairing_detail_pairing.sql', params);
  if (!p) return null;
  const members: MemberDetail[] = (await queryRows(connection, 'pairing_detail_members.sql', params)).map((r) => ({
    entity_id: text(r.entity_id),
    name: text(r.name),
    country: text(r.country),
    kind: text(r.kind),
    region: text(r.region),
    population: numOrNull(r.population),
    latitude: numOrNull(r.latitude),
    longitude: numOrNull(r.longitude),
    gcom_signatory: Boolean(r.gcom_signatory),
    gcom_joined: textOrNull(r.gcom_joined),
    gcom_action_plan: Boolean(r.gcom_action_plan),
    side: textOrNull(r.side),
  }));
  return {
    pairing: {
      pairing_id: text(p.pairing_id),
      title: textOrNull(p.title),
      programme: textOrNull(p.programme),
      component: text(p.component),
      start_date: textOrNull(p.start_date),
      end_date: textOrNull(p.end_date),
      status: textOrNull(p.status),
      action_plan: textOrNull(p.action_plan),
      pilot_projects: numOrNull(p.pilot_projects),
    },
    members,
    themes: (await queryRows(connection, 'pairing_detail_themes.sql', params)).map((r) => ({
      pairing_id: text(r.pairing_id),
      theme: text(r.theme),
      primary: Boolean(r.primary),
    })),
    stakeholders: (await queryRows(connection, 'pairing_detail_stakeholders.sql', params)).map((r) => ({
      pairing_id: text(r.pairing_id),
      entity_id: textOrNull(r.entity_id),
      organisation: text(r.organisation),
      helix: text(r.helix),
      participants: num(r.participants),
    })),
    activities: (await queryRows(connection, 'pairing_detail_activities.sql', params)).map((r) => ({
      pairing_id: text(r.pairing_id),
      date: textOrNull(r.date),
      type: textOrNull(r.type),
      participants: numOrNull(r.participants),
      description: textOrNull(r.description),
    })),
    ...(await pairingResults(connection, pairingId, asOf)),
  };
}
