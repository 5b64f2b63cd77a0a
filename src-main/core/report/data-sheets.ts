import type ExcelJS from 'exceljs';
import type { TableName } from '../../shared/domain.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col } from './family-sheet.js';
import type { ReportContext } from './report-context.js';
import { DATA_TABLES } from './report-data.js';
import { type TableColumn, writeListSheet } from './sheet-table.js';

/** Headers are the canonical column names, so a Data sheet reads back like the template's sheet. */
const DATA_COLUMNS: Record<TableName, TableColumn[]> = {
  entities: [
    col('entity_id', 'entity_id', 'text', 12), col('name', 'name', 'text', 28), col('country', 'country', 'text', 9), col('kind', 'kind', 'text', 16), col('region', 'region', 'text', 26),
    col('population', 'population', 'count'), col('latitude', 'latitude', 'decimal'), col('longitude', 'longitude', 'decimal'),
    col('gcom_signatory', 'gcom_signatory', 'yesno'), col('gcom_joined', 'gcom_joined', 'date'), col('gcom_action_plan', 'gcom_action_plan', 'yesno'),
  ],
  pairings: [
    col('pairing_id', 'pairing_id', 'text', 12), col('title', 'title', 'text', 36), col('programme', 'programme', 'text', 12), col('component', 'component', 'text', 16),
    col('start_date', 'start_date', 'date'), col('end_date', 'end_date', 'date'), col('status', 'status', 'text', 12), col('action_plan', 'action_plan', 'text', 12), col('pilot_projects', 'pilot_projects', 'count'),
  ],
  members: [col('pairing_id', 'pairing_id', 'text', 12), col('entity_id', 'entity_id', 'text', 12), col('side', 'side', 'text', 10)],
  themes: [col('pairing_id', 'pairing_id', 'text', 12), col('theme', 'theme', 'text', 40), col('primary', 'primary', 'yesno')],
  stakeholders: [col('pairing_id', 'pairing_id', 'text', 12), col('entity_id', 'entity_id', 'text', 12), col('organisation', 'organisation', 'text', 36), col('helix', 'helix', 'text', 14), col('participants', 'participants', 'count')],
  activities: [col('pairing_id', 'pairing_id', 'text', 12), col('date', 'date', 'date'), col('type', 'type', 'text', 16), col('participants', 'participants', 'count'), col('description', 'description', 'text', 48)],
  result_indicators: [
    col('indicator_id', 'indicator_id', 'text', 12), col('pairing_id', 'pairing_id', 'text', 12), col('entity_id', 'entity_id', 'text', 12), col('level', 'level', 'text', 10),
    col('title', 'title', 'text', 40), col('unit', 'unit', 'text', 10), col('measure', 'measure', 'text', 12), col('direction', 'direction', 'text', 10), col('accumulation', 'accumulation', 'text', 12),
    col('baseline', 'baseline', 'decimal'), col('baseline_date', 'baseline_date', 'date'), col('framework_ref', 'framework_ref', 'text', 14), col('sdg_targets', 'sdg_targets', 'text', 14),
  ],
  result_values: [
    col('indicator_id', 'indicator_id', 'text', 12), col('period_start', 'period_start', 'date'), col('period_end', 'period_end', 'date'),
    col('target', 'target', 'decimal'), col('actual', 'actual', 'decimal'), col('comment', 'comment', 'text', 48),
  ],
  outcomes: [
    col('outcome_id', 'outcome_id', 'text', 12), col('pairing_id', 'pairing_id', 'text', 12), col('entity_id', 'entity_id', 'text', 12), col('date', 'date', 'date'),
    col('description', 'description', 'text', 48), col('change_type', 'change_type', 'text', 12), col('actor_helix', 'actor_helix', 'text', 14), col('significance', 'significance', 'text', 12),
    col('contribution', 'contribution', 'text', 36), col('evidence', 'evidence', 'text', 36), col('substantiation', 'substantiation', 'text', 14), col('amount_eur', 'amount_eur', 'decimal', 14),
    col('sdg_targets', 'sdg_targets', 'text', 14), col('indicator_id', 'indicator_id', 'text', 12),
  ],
};

/** The scope's normalised tables, one list sheet each ("Data entities", ...). */
export function dataSheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  for (const table of DATA_TABLES) writeListSheet(workbook, `Data ${table}`, DATA_COLUMNS[table], ctx.data.data[table], bulk);
}
