import type { TableName } from '../../shared/domain.js';
import { headerKey } from './header-key.js';

export type ColumnType =
  | 'text'
  | 'count'
  | 'number'
  | 'date'
  | 'yesno'
  | 'country'
  | 'kind'
  | 'status'
  | 'action_plan'
  | 'helix'
  | 'theme'
  | 'activity_type'
  | 'side'
  | 'level'
  | 'measure'
  | 'direction'
  | 'accumulation'
  | 'change_type'
  | 'significance'
  | 'substantiation'
  /** A baseline, target or actual: a number, `45%` text, or a cell formatted as a percentage. */
  | 'measurement'
  /** Money: a number, zero or more. */
  | 'amount'
  | 'sdg_targets';

export interface ColumnSpec {
  /** Canonical column name of data-model.md. */
  name: string;
  type: ColumnType;
  required: boolean;
  /** Other headers that mean the same column. */
  aliases?: readonly string[];
}

/** Columns whose values must be unique across an import (duplicate-id). */
export type IdColumn = 'entity_id' | 'pairing_id' | 'indicator_id' | 'outcome_id';

export interface SheetSpec {
  table: TableName;
  /** The sheet's own id column, unique across the import. */
  id?: IdColumn;
  /** Sheet name as data-model.md writes it. */
  sheet: string;
  required: boolean;
  columns: readonly ColumnSpec[];
}

const col = (name: string, type: ColumnType, required = false, aliases?: string[]): ColumnSpec => ({
  name,
  type,
  required,
  ...(aliases ? { aliases } : {}),
});

/** The canonical programme workbook, sheet by sheet, in the order rows are resolved. */
export const CANONICAL_SHEETS: readonly SheetSpec[] = [
  {
    table: 'entities',
    id: 'entity_id',
    sheet: 'Entities',
    required: true,
    columns: [
      col('entity_id', 'text', true),
      col('name', 'text', true),
      col('country', 'country', true),
      col('kind', 'kind'),
      col('region', 'text'),
      col('population', 'count'),
      col('latitude', 'number', false, ['lat']),
      col('longitude', 'number', false, ['lon', 'lng', 'long']),
      col('gcom_signatory', 'yesno'),
      col('gcom_joined', 'date'),
      col('gcom_action_plan', 'yesno'),
    ],
  },
  {
    table: 'pairings',
    id: 'pairing_id',
    sheet: 'Pairings',
    required: true,
    columns: [
      col('pairing_id', 'text', true),
      col('title', 'text'),
      col('programme', 'text', false, ['program']),
      col('component', 'text'),
      col('start_date', 'date', false, ['start']),
      col('end_date', 'date', false, ['end']),
      col('status', 'status'),
      col('action_plan', 'action_plan'),
      col('pilot_projects', 'count'),
    ],
  },
  {
    table: 'members',
    sheet: 'Members',
    required: true,
    columns: [col('pairing_id', 'text', true), col('entity_id', 'text', true), col('side', 'side')],
  },
  {
    table: 'themes',
    sheet: 'Themes',
    required: false,
    columns: [col('pairing_id', 'text', true), col('theme', 'theme', true), col('primary', 'yesno')],
  },
  {
    table: 'stakeholders',
    sheet: 'Stakeholders',
    required: false,
    columns: [
      col('pairing_id', 'text', true),
      col('entity_id', 'text'),
      col('organisation', 'text', true, ['organization']),
      col('helix', 'helix', true),
      col('participants', 'count'),
    ],
  },
  {
    table: 'activities',
    sheet: 'Activities',
    required: false,
    columns: [
      col('pairing_id', 'text', true),
      col('date', 'date'),
      col('type', 'activity_type'),
      col('participants', 'count'),
      col('description', 'text'),
    ],
  },
  {
    table: 'result_indicators',
    id: 'indicator_id',
    sheet: 'Result indicators',
    required: false,
    columns: [
      col('indicator_id', 'text', true),
      col('pairing_id', 'text', true),
      col('entity_id', 'text'),
      col('level', 'level', true),
      col('title', 'text', true),
      col('unit', 'text'),
      col('measure', 'measure'),
      col('direction', 'direction'),
      col('accumulation', 'accumulation'),
      col('baseline', 'measurement'),
      col('baseline_date', 'date'),
      col('framework_ref', 'text'),
      col('sdg_targets', 'sdg_targets', false, ['sdg_target', 'sdgs']),
    ],
  },
  {
    table: 'result_values',
    sheet: 'Result values',
    required: false,
    columns: [
      col('indicator_id', 'text', true),
      col('period_start', 'date', true),
      col('period_end', 'date', true),
      col('target', 'measurement'),
      col('actual', 'measurement'),
      col('comment', 'text'),
    ],
  },
  {
    table: 'outcomes',
    id: 'outcome_id',
    sheet: 'Outcomes',
    required: false,
    columns: [
      col('outcome_id', 'text', true),
      col('pairing_id', 'text', true),
      col('entity_id', 'text', true),
      col('date', 'date', true),
      col('description', 'text', true),
      col('change_type', 'change_type', true),
      col('actor_helix', 'helix'),
      col('significance', 'significance'),
      col('contribution', 'text'),
      col('evidence', 'text'),
      col('substantiation', 'substantiation'),
      col('amount_eur', 'amount', false, ['amount']),
      col('sdg_targets', 'sdg_targets', false, ['sdg_target', 'sdgs']),
      col('indicator_id', 'text'),
    ],
  },
];

/** The flat pairing list: one row per pairing, cities named rather than referenced. */
export const FLAT_LIST_COLUMNS: readonly ColumnSpec[] = [
  col('EU city', 'text', true, ['European city', 'City (EU)']),
  col('EU country', 'country', true),
  col('Partner city', 'text', true, ['Non-EU city', 'City (partner)']),
  col('Partner country', 'country', true),
  col('Themes', 'text', false, ['Theme']),
  col('Programme', 'text', false, ['Program']),
  col('Component', 'text'),
  col('Start', 'date', false, ['Start date']),
  col('End', 'date', false, ['End date']),
  col('Pairing ID', 'text'),
];

export function specForSheetName(sheetName: string): SheetSpec | undefined {
  const key = headerKey(sheetName);
  return CANONICAL_SHEETS.find((s) => headerKey(s.sheet) === key);
}

/** The template's own README sheet documents the others: read past without a word. */
export function isDocumentationSheet(sheetName: string): boolean {
  return headerKey(sheetName) === 'readme';
}

/** A CSV file stands for a sheet when its name is, or ends with, the sheet's name. */
export function specForFileStem(stem: string): SheetSpec | undefined {
  const key = headerKey(stem);
  return CANONICAL_SHEETS.find((s) => key === headerKey(s.sheet) || key.endsWith(headerKey(s.sheet)));
}

/** header key -> column, over the canonical name and every alias. */
export function columnKeyMap(columns: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const map = new Map<string, ColumnSpec>();
  for (const c of columns) {
    map.set(headerKey(c.name), c);
    for (const a of c.aliases ?? []) map.set(headerKey(a), c);
  }
  return map;
}

/** A header row is a flat list when it names both an EU city and a partner city column. */
export function looksLikeFlatList(headers: readonly string[]): boolean {
  const map = columnKeyMap(FLAT_LIST_COLUMNS);
  const found = new Set(headers.map((h) => map.get(headerKey(h))?.name));
  return found.has('EU city') && found.has('Partner city');
}
