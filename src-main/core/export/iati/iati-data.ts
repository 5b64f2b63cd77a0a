import type { DuckDBConnection } from '@duckdb/node-api';
import type { Filters } from '../../../shared/indicators.js';
import { openResultsScope } from '../../indicators/results-scope.js';
import { closeScope, openScope } from '../../indicators/scope.js';
import { sqlFile } from '../../store/sql-file.js';
import { inTransaction } from '../../store/transaction.js';

export interface IatiPairing {
  pairing_id: string;
  title: string | null;
  programme: string | null;
  start_date: string | null;
  end_date: string | null;
  status: string | null;
}

export interface IatiMember {
  pairing_id: string;
  entity_id: string;
  name: string;
  country: string;
  kind: string;
  region: string;
}

export interface IatiIndicator {
  indicator_id: string;
  pairing_id: string;
  level: string;
  title: string;
  unit: string | null;
  measure: string;
  direction: string;
  accumulation: string;
  baseline: number | null;
  baseline_date: string | null;
  framework_ref: string | null;
  sdg_targets: string | null;
}

export interface IatiValue {
  indicator_id: string;
  period_start: string;
  period_end: string;
  target: number | null;
  actual: number | null;
  comment: string | null;
}

export interface IatiOutcome {
  outcome_id: string;
  pairing_id: string;
  date: string;
  description: string;
  change_type: string;
  substantiation: string;
  sdg_targets: string | null;
}

/** What the IATI file is made of: the scope's pairings and everything hung on them. */
export interface IatiData {
  pairings: IatiPairing[];
  members: IatiMember[];
  themes: Array<{ pairing_id: string; theme: string }>;
  indicators: IatiIndicator[];
  values: IatiValue[];
  outcomes: IatiOutcome[];
  /** The newest import's time (ISO, UTC), or null for an empty project. */
  importedAt: string | null;
}

async function read<T>(connection: DuckDBConnection, name: string): Promise<T[]> {
  return (await connection.runAndReadAll(sqlFile(import.meta.url, name))).getRowObjectsJS() as T[];
}

/**
 * Reads the scope the reports read (openScope with the same filters, openResultsScope with
 * the same as-of) in one transaction, so the file describes one snapshot of the project.
 */
export function loadIatiData(connection: DuckDBConnection, filters: Filters, asOf: string | null): Promise<IatiData> {
  return inTransaction(connection, async () => {
    await openScope(connection, filters);
    try {
      await openResultsScope(connection, asOf);
      const [last] = await read<{ imported_at: string | null }>(connection, 'iati_last_import.sql');
      return {
        pairings: await read<IatiPairing>(connection, 'iati_pairings.sql'),
        members: await read<IatiMember>(connection, 'iati_members.sql'),
        themes: await read<{ pairing_id: string; theme: string }>(connection, 'iati_themes.sql'),
        indicators: await read<IatiIndicator>(connection, 'iati_indicators.sql'),
        // The reports' Data sheet query: the periods each IATI result lists are the ones the figures count.
        values: await read<IatiValue>(connection, '../../report/data_result_values.sql'),
        outcomes: await read<IatiOutcome>(connection, 'iati_outcomes.sql'),
        importedAt: last?.imported_at ?? null,
      };
    } finally {
      await closeScope(connection);
    }
  });
}
