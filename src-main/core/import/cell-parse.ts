import { issueText } from '../../shared/issues.js';
import { type Cell, cellText } from './cell.js';
import { countryToAlpha2 } from './countries.js';
import type { ColumnType } from './sheet-specs.js';
import {
  type OpenCatalogue,
  type Parsed,
  normaliseSide,
  parseAccumulation,
  parseActionPlan,
  parseAmount,
  parseChangeType,
  parseDirection,
  parseLevel,
  parseMeasure,
  parseMeasurement,
  parseSdgTargets,
  parseSignificance,
  parseSubstantiation,
  parseDate,
  parseHelix,
  parseCount,
  parseKind,
  parseNumber,
  parseStatus,
  parseYesNo,
} from './values.js';

export interface Catalogues {
  themes: OpenCatalogue;
  activityTypes: OpenCatalogue;
  regions: OpenCatalogue;
}

/** A parsed cell; `unknown` marks an open-catalogue value kept as written (warn, don't fail). */
export type CellResult = Parsed<unknown> & { unknown?: boolean };

export function parseCell(type: ColumnType, cell: Cell, catalogues: Catalogues): CellResult {
  switch (type) {
    case 'text':
      return { ok: true, value: cellText(cell) };
    case 'count':
      return parseCount(cell);
    case 'number':
      return parseNumber(cell);
    case 'date':
      return parseDate(cell);
    case 'yesno':
      return parseYesNo(cell);
    case 'kind':
      return parseKind(cell);
    case 'status':
      return parseStatus(cell);
    case 'action_plan':
      return parseActionPlan(cell);
    case 'helix':
      return parseHelix(cell);
    case 'level':
      return parseLevel(cell);
    case 'measure':
      return parseMeasure(cell);
    case 'direction':
      return parseDirection(cell);
    case 'accumulation':
      return parseAccumulation(cell);
    case 'change_type':
      return parseChangeType(cell);
    case 'significance':
      return parseSignificance(cell);
    case 'substantiation':
      return parseSubstantiation(cell);
    case 'measurement':
      return parseMeasurement(cell);
    case 'amount':
      return parseAmount(cell);
    case 'sdg_targets':
      return parseSdgTargets(cell);
    default:
      break;
  }
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  switch (type) {
    case 'country': {
      const code = countryToAlpha2(text);
      return code
        ? { ok: true, value: code }
        : { ok: false, code: 'unknown-country', text: issueText('issue.value.unknownCountry', { value: text }) };
    }
    case 'theme':
    case 'activity_type': {
      const hit = (type === 'theme' ? catalogues.themes : catalogues.activityTypes).match(text);
      return { ok: true, value: hit.value, unknown: !hit.known };
    }
    case 'side':
      return { ok: true, value: normaliseSide(text) };
    default:
      return { ok: true, value: text };
  }
}
