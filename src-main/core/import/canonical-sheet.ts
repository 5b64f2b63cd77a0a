import { COMPONENTS, PROGRAMME_REGIONS, type TableName } from '../../shared/domain.js';
import { cellText } from './cell.js';
import { parseCell } from './cell-parse.js';
import { defaultRegion } from './countries.js';
import type { ImportState } from './import-state.js';
import type { SheetSpec } from './sheet-specs.js';
import { type SheetInput, dataRows } from './sheet-input.js';

const regionByKey = new Map(PROGRAMME_REGIONS.map((r) => [r.toLowerCase(), r]));
const componentByKey = new Map(COMPONENTS.map((c) => [c.toLowerCase(), c]));

type Record_ = Record<string, unknown>;

/** Fills what the data model defaults and derives, once a row's own cells are parsed. */
const COMPLETE: Partial<Record<TableName, (r: Record_) => void>> = {
  entities(r) {
    r.kind ??= 'city';
    r.gcom_signatory ??= false;
    r.gcom_action_plan ??= false;
    if (typeof r.region === 'string') r.region = regionByKey.get(r.region.toLowerCase()) ?? r.region;
    else if (typeof r.country === 'string') r.region = defaultRegion(r.country);
  },
  pairings(r) {
    r.component = typeof r.component === 'string' ? (componentByKey.get(r.component.toLowerCase()) ?? r.component) : 'city-to-city';
  },
  themes(r) {
    r.primary ??= false;
  },
  stakeholders(r) {
    r.participants ??= 1;
  },
};

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
  for await (const row of dataRows(input)) {
    const record: Record_ = {};
    for (const { index, spec: column } of columns) {
      const cell = row.cells[index] ?? null;
      // Plain text needs no parsing; it is most cells, so it skips the result object.
      const parsed = column.type === 'text' ? { ok: true as const, value: cellText(cell) } : parseCell(column.type, cell, catalogues);
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
      if ('unknown' in parsed && parsed.unknown) {
        const what = column.type === 'theme' ? 'theme' : 'activity type';
        if (state.warnOnce(`${column.type}\u0000${String(parsed.value)}`)) {
          issues.warning(`unknown-${column.type === 'theme' ? 'theme' : 'activity-type'}`, place, row.number, column.name,
            `"${String(parsed.value)}" is not in the ${what} catalogue: it is kept as written. Check the spelling if you meant a catalogue ${what}.`);
        }
      }
      record[column.name] = parsed.value;
    }
    if (idColumn && typeof record[idColumn] === 'string') state.claimId(idColumn, record[idColumn] as string, place, row.number);
    COMPLETE[spec.table]?.(record);
    staging.append(spec.table, record, { src, row: row.number });
  }
}
