import type { DuckDBConnection } from '@duckdb/node-api';
import type {
  OutcomeColumn,
  OutcomesPage,
  OutcomesQuery,
  PageQuery,
  ReciprocityColumn,
  ReciprocityPage,
  ReciprocityQuery,
  TrackingColumn,
  TrackingPage,
  TrackingQuery,
} from '../../shared/api-contract.js';
import { quoteIdent, sqlFile } from '../store/sql-file.js';
import { inResultsScope } from './results-detail.js';
import { openOutcomeList, openTrackingRows, outcomeRow, trackingRow } from './result-rows.js';
import { type Row, num, text, textOrNull } from './scope.js';

/** The view column each sortable column of the tracking table sorts by. */
const TRACKING_ORDER: Readonly<Record<TrackingColumn, string>> = {
  indicator_id: 'indicator_id',
  pairing_id: 'pairing_id',
  member: 'member',
  level: 'level',
  title: 'title',
  unit: 'unit',
  baseline: 'baseline',
  target: 'target',
  actual: 'actual',
  achievement: 'achievement',
  status: 'status',
};

/** The view column each column of the outcome explorer sorts by: a date as a date. */
const OUTCOME_ORDER: Readonly<Record<OutcomeColumn, string>> = {
  outcome_id: 'outcome_id',
  date: 'day',
  pairing_id: 'pairing_id',
  entity_name: 'entity_name',
  change_type: 'change_type',
  significance: 'significance',
  description: 'description',
  actor_helix: 'actor_helix',
  substantiation: 'substantiation',
  amount_eur: 'amount_eur',
  sdg_targets: 'sdg_targets',
  indicator_id: 'indicator_id',
  contribution: 'contribution',
  evidence: 'evidence',
  pairing_title: 'pairing_title',
  entity_id: 'entity_id',
};

/** The column each column of the reciprocity table sorts by: the unrounded reciprocity, the count of members changed. */
const RECIPROCITY_ORDER: Readonly<Record<ReciprocityColumn, string>> = {
  pairing_id: 'pairing_id',
  title: 'title',
  per_member: 'per_member',
  members_with: 'members_with',
  reciprocity: 'reciprocity',
  two_way: 'two_way',
};

/**
 * `sql` with its {{order}} slots filled from the column map, never from the caller's text
 * (the contract has checked the column; a column outside the map throws). Blanks sort last
 * either way and ties go by `key`, unique per row, so that pages never overlap.
 */
function ordered<C extends string>(sql: string, columns: Readonly<Record<C, string>>, sort: PageQuery<C>['sort'], key: string): string {
  if (!Object.hasOwn(columns, sort.column)) throw new Error(`cannot sort by "${sort.column}"`);
  const order = `${quoteIdent(columns[sort.column])} ${sort.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, ${quoteIdent(key)} ASC`;
  return sql.replaceAll('{{order}}', order);
}

const needle = (search: string) => search.trim().toLowerCase();

async function rows(connection: DuckDBConnection, sql: string, params: Record<string, string | number | null>): Promise<Row[]> {
  return (await connection.runAndReadAll(sql, params)).getRowObjectsJS() as Row[];
}

/** One page of the indicator tracking table, each row with its small line, and the rows in all. */
export function trackingPage(connection: DuckDBConnection, query: TrackingQuery): Promise<TrackingPage> {
  return inResultsScope(connection, query.filters, async () => {
    await openTrackingRows(connection);
    const where = { search: needle(query.search), level: query.only?.level ?? null, status: query.only?.status ?? null };
    const [count] = await rows(connection, sqlFile(import.meta.url, 'tracking_count.sql'), where);
    const page = await rows(connection, ordered(sqlFile(import.meta.url, 'tracking_page.sql'), TRACKING_ORDER, query.sort, 'indicator_id'), {
      ...where,
      limit: query.limit,
      offset: query.offset,
    });
    return { total: num(count?.n), rows: page.map(trackingRow) };
  });
}

/** One page of the outcome explorer and the rows in all. */
export function outcomesPage(connection: DuckDBConnection, query: OutcomesQuery): Promise<OutcomesPage> {
  return inResultsScope(connection, query.filters, async () => {
    await openOutcomeList(connection);
    const search = needle(query.search);
    const [count] = await rows(connection, sqlFile(import.meta.url, 'outcome_count.sql'), { search });
    const page = await rows(connection, ordered(sqlFile(import.meta.url, 'outcome_page.sql'), OUTCOME_ORDER, query.sort, 'outcome_id'), {
      search,
      limit: query.limit,
      offset: query.offset,
    });
    return { total: num(count?.n), rows: page.map(outcomeRow) };
  });
}

/** One page of the pairings with outcomes in scope, with their members' outcomes and reciprocity, and the pairings in all. */
export function reciprocityPage(connection: DuckDBConnection, query: ReciprocityQuery): Promise<ReciprocityPage> {
  return inResultsScope(connection, query.filters, async () => {
    await connection.run(sqlFile(import.meta.url, 'search_number.sql'));
    await connection.run(sqlFile(import.meta.url, 'outcome_reciprocity.sql'));
    const search = needle(query.search);
    const [count] = await rows(connection, sqlFile(import.meta.url, 'reciprocity_count.sql'), { search });
    const page = await rows(connection, ordered(sqlFile(import.meta.url, 'reciprocity_page.sql'), RECIPROCITY_ORDER, query.sort, 'pairing_id'), {
      search,
      limit: query.limit,
      offset: query.offset,
    });
    return {
      total: num(count?.n),
      rows: page.map((r) => ({
        pairing_id: text(r.pairing_id),
        title: textOrNull(r.title),
        members: (r.members as Array<{ entity_id: unknown; name: unknown; outcomes: unknown }>).map((m) => ({
          entity_id: text(m.entity_id),
          name: text(m.name),
          outcomes: num(m.outcomes),
        })),
        membersWithOutcomes: num(r.members_with),
        reciprocity: num(r.reciprocity),
        twoWay: r.two_way === true,
      })),
    };
  });
}
