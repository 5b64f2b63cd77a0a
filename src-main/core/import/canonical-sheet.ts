import type { TableName } from '../../shared/domain.js';
import { parseCell } from './cell-parse.js';
import type { ImportState } from './import-state.js';
import { completeRecord } from './record-defaults.js';
import type { SheetSpec } from './sheet-specs.js';
import { type SheetInput, forEachDataRow } from './sheet-input.js';

type Record_ = Record<string, unknown>;

const ID_COLUMN: Partial<Record<TableName, 'entity_id' | 'pairing_id'>> = {
  entities: 'entity_id',
  pairings: 'pairing_id',
};

/**
 * Reads the rows of one canonical sheet into staging: each cell parsed, each problem
 * reported at its row and column, and rows kept even when they fail so that references
 * to them are not reported as unknown as well.
 */
export async function readCanonicalRows(spec: SheetSpec, input: SheetInput, state: ImportState): Promise<void> {
  const { issues, staging, catalogues } = state;
  const { columns, place, src } = input;
  const idColumn = ID_COLUMN[spec.table];
  await forEachDataRow(input, (row) => {
    const record: Record_ = {};
    for (const { index, spec: column } of columns) {
      const parsed = parseCell(column.type, row.cells[index] ?? null, catalogues);
      if (!parsed.ok) {
        issues.error(parsed.code, place, row.number, column.name, parsed.message);
        continue;
      }
      if (parsed.value === null) {
        if (column.required) {
          issues.error('missing-value', place, row.number, column.name, `${column.name} is empty: every row of ${spec.sheet} needs one.`);
        }
        continue;
      }
      if ('unknown' in parsed && parsed.unknown) state.warnUnknown(column.type === 'theme' ? 'theme' : 'activity type', String(parsed.value), place, row.number, column.name);
      record[column.name] = parsed.value;
    }
    if (idColumn && typeof record[idColumn] === 'string') state.claimId(idColumn, record[idColumn] as string, place, row.number);
    if (spec.table === 'pairings') state.checkPeriod(record, place, row.number, 'end_date');
    completeRecord(spec.table, record, catalogues);
    staging.append(spec.table, record, { src, row: row.number });
  });
}
