import { issueText } from '../../shared/issues.js';
import type { Cell } from './cell.js';
import { type CellResult, type Catalogues, parseCell } from './cell-parse.js';
import type { ColumnType } from './sheet-specs.js';
import type { ImportState } from './import-state.js';
import { completeRecord } from './record-defaults.js';
import type { SheetSpec } from './sheet-specs.js';
import { type SheetInput, forEachDataRow } from './sheet-input.js';

type Record_ = Record<string, unknown>;

/**
 * Reads the rows of one canonical sheet into staging: each cell parsed, each problem
 * reported at its row and column, and rows kept even when they fail so that references
 * to them are not reported as unknown as well.
 */
export async function readCanonicalRows(spec: SheetSpec, input: SheetInput, state: ImportState): Promise<void> {
  const { issues, staging, catalogues } = state;
  const { columns, place, src } = input;
  const idColumn = spec.id;
  const parsers = columns.map(({ spec: column }) => cellParser(column.type, catalogues));
  await forEachDataRow(input, (row) => {
    const record: Record_ = {};
    for (let c = 0; c < columns.length; c++) {
      const { index, spec: column } = columns[c]!;
      const parsed = parsers[c]!(row.cells[index] ?? null);
      if (!parsed.ok) {
        issues.error(parsed.code, place, row.number, column.name, parsed.text);
        continue;
      }
      if (parsed.value === null) {
        if (column.required) {
          issues.error('missing-value', place, row.number, column.name, issueText('issue.row.missingValue', { column: column.name, sheet: spec.sheet }));
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

/** Past this many distinct texts a column is not worth remembering (names, ids, coordinates). */
const MEMO_LIMIT = 4096;

/**
 * parseCell for one column, remembering its result for each distinct text: dates, helix
 * values, countries and counts repeat down a column, and the same text always reads the
 * same (an open catalogue keeps the first spelling it saw for good). Free text is only
 * trimmed, so it is not remembered.
 */
function cellParser(type: ColumnType, catalogues: Catalogues): (cell: Cell) => CellResult {
  if (type === 'text') return (cell) => parseCell(type, cell, catalogues);
  const memo = new Map<string, CellResult>();
  return (cell) => {
    if (typeof cell !== 'string') return parseCell(type, cell, catalogues);
    let result = memo.get(cell);
    if (result === undefined) {
      result = parseCell(type, cell, catalogues);
      if (memo.size < MEMO_LIMIT) memo.set(cell, result);
    }
    return result;
  };
}
