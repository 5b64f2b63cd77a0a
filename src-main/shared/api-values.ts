import type { ApiErrorCode, Result } from './api-contract.js';
import { type IssueText, englishText } from './issues.js';

/**
 * The contract's plain values, without its zod schemas: what the renderer needs at run time
 * (the schemas stay in main, where arguments are checked, and out of the renderer's bundle).
 * api-contract.ts re-exports all of it.
 */

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ApiErrorCode, message: string, details?: unknown): Result<T> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** An error a user can cause, said by the catalogue: English in `message` (logs, the CLI), `key` and `args` for the app's language. */
export const failSaying = <T = never>(code: ApiErrorCode, text: IssueText, details?: unknown): Result<T> => {
  const error = { code, message: englishText(text), key: text.key, args: text.args };
  return { ok: false, error: details === undefined ? error : { ...error, details } };
};

/** The Pairings table's columns, the ones `pairings/list` may sort by. */
export const PAIRING_COLUMNS = [
  'pairing_id',
  'title',
  'programme',
  'component',
  'status',
  'start_date',
  'end_date',
  'members',
  'countries',
  'regions',
  'themes',
  'stakeholders',
  'participants',
  'activities',
] as const;

/** The indicator tracking table's columns, the ones `results/tracking` may sort by (its small line is not one). */
export const TRACKING_SORT_COLUMNS = [
  'indicator_id',
  'pairing_id',
  'member',
  'level',
  'title',
  'unit',
  'baseline',
  'target',
  'actual',
  'achievement',
  'status',
] as const;

/** The outcome explorer's columns, the ones `outcomes/list` may sort by. */
export const OUTCOME_SORT_COLUMNS = [
  'outcome_id',
  'date',
  'pairing_id',
  'entity_name',
  'change_type',
  'significance',
  'description',
  'actor_helix',
  'substantiation',
  'amount_eur',
  'sdg_targets',
  'indicator_id',
  'contribution',
  'evidence',
  'pairing_title',
  'entity_id',
] as const;

/** The columns of the pairings behind the two-way share, the ones `outcomes/reciprocity` may sort by. */
export const RECIPROCITY_SORT_COLUMNS = ['pairing_id', 'title', 'per_member', 'members_with', 'reciprocity', 'two_way'] as const;

export const MAX_PAGE_ROWS = 5000;
export const MAX_IMPORT_FILES = 20;
/** Decoded bytes one upload may carry (all files together). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
export const MAX_EXPORT_CELLS = 2_000_000;

/** The flat list's columns (data-model.md), the targets of the import's column mapping. */
export const FLAT_LIST_COLUMN_NAMES = ['EU city', 'EU country', 'Partner city', 'Partner country', 'Themes', 'Programme', 'Component', 'Start', 'End', 'Pairing ID'] as const;
export const REQUIRED_FLAT_LIST_COLUMNS: readonly string[] = ['EU city', 'EU country', 'Partner city', 'Partner country'];
export const MAX_MAPPING_ENTRIES = 200;
