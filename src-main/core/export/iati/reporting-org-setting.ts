import type { DuckDBConnection } from '@duckdb/node-api';
import { readSettings, writeSettings } from '../../store/project-settings.js';
import type { ReportingOrg } from './model.js';

const PREFIX = 'iati.reporting-org.';

/** The reporting organisation remembered in the project file, or null when none was saved. */
export async function readReportingOrg(connection: DuckDBConnection): Promise<ReportingOrg | null> {
  const s = await readSettings(connection, PREFIX);
  return s.ref !== undefined && s.type !== undefined && s.name !== undefined ? { ref: s.ref, type: s.type, name: s.name } : null;
}

/** Remembers the reporting organisation in the project file for the next export. */
export function saveReportingOrg(connection: DuckDBConnection, org: ReportingOrg): Promise<void> {
  return writeSettings(connection, PREFIX, { ref: org.ref, type: org.type, name: org.name });
}
