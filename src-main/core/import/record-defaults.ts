import { COMPONENTS, type TableName } from '../../shared/domain.js';
import type { Catalogues } from './cell-parse.js';
import { defaultRegion } from './countries.js';

const componentByKey = new Map(COMPONENTS.map((c) => [c.toLowerCase(), c]));

/** `City-To-City` -> `city-to-city`; other components are kept as written; blank is city-to-city. */
export function normaliseComponent(text: string | null | undefined): string {
  return typeof text === 'string' ? (componentByKey.get(text.toLowerCase()) ?? text) : 'city-to-city';
}

type Row = Record<string, unknown>;

/** What the data model defaults and derives, once a row's own cells are parsed. */
const COMPLETE: Partial<Record<TableName, (r: Row, catalogues: Catalogues) => void>> = {
  entities(r, catalogues) {
    r.kind ??= 'city';
    r.gcom_signatory ??= false;
    r.gcom_action_plan ??= false;
    // A region the file names: the programme region's spelling, or the first spelling seen.
    if (typeof r.region === 'string') r.region = catalogues.regions.match(r.region).value;
    else if (typeof r.country === 'string') r.region = defaultRegion(r.country);
  },
  pairings(r) {
    r.component = normaliseComponent(r.component as string | null | undefined);
  },
  themes(r) {
    r.primary ??= false;
  },
  stakeholders(r) {
    r.participants ??= 1;
  },
  result_indicators(r) {
    r.measure ??= 'number';
    r.direction ??= 'increase';
    r.accumulation ??= 'level';
  },
  outcomes(r) {
    r.substantiation ??= 'unverified';
  },
};

/** Fills a staged record's defaults in place, whichever reader made it. */
export function completeRecord(table: TableName, record: Row, catalogues: Catalogues): void {
  COMPLETE[table]?.(record, catalogues);
}
