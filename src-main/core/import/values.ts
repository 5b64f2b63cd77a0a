import {
  ACTION_PLAN_STATES,
  ACTIVITY_TYPES,
  CHANGE_TYPES,
  RESULT_ACCUMULATIONS,
  RESULT_DIRECTIONS,
  RESULT_LEVELS,
  RESULT_MEASURES,
  SIGNIFICANCE_LEVELS,
  SUBSTANTIATION_STATES,
  ENTITY_KINDS,
  HELIX_VALUES,
  PAIRING_STATUSES,
  PROGRAMME_REGIONS,
  THEME_CATALOGUE,
  type Helix,
  type IsoDate,
} from '../../shared/domain.js';
import { SDG_TARGETS } from '../../shared/sdg-targets.js';
import { type IssueText, issueText } from '../../shared/issues.js';
import type { IssueKey } from '../../shared/i18n/index.js';
import { type Cell, cellText } from './cell.js';

/** A parsed value, or the sentence (a catalogue key) that tells the user how to write it instead. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; text: IssueText };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: string, key: IssueKey, args: IssueText['args'] = {}): Parsed<never> => ({ ok: false, code, text: issueText(key, args) });
/** A cell's text as a message quotes it (the catalogue adds the quotes of its language). */
const clipped = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
const quoted = (text: string) => `"${clipped(text)}"`;

export function parseInteger(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell) ? ok(cell) : fail('invalid-number', 'issue.value.notWholeNumber', { value: String(cell) });
  }
  const text = cellText(cell);
  if (text === null) return ok(null);
  const compact = text.replace(/[\s\u00a0\u202f_']/g, '');
  if (/^[+-]?\d+$/.test(compact) && Number.isSafeInteger(Number(compact))) return ok(Number(compact));
  return fail('invalid-number', 'issue.value.notWholeText', { value: clipped(text) });
}

/** Counts are stored as 32-bit integers; no city, project or meeting counts more. */
const MAX_COUNT = 2_147_483_647;

/** A count of things or people: a whole number, zero or more. */
export function parseCount(cell: Cell): Parsed<number | null> {
  const parsed = parseInteger(cell);
  if (parsed.ok && parsed.value !== null && parsed.value < 0) {
    return fail('invalid-number', 'issue.value.negativeCount', { value: String(parsed.value) });
  }
  if (parsed.ok && parsed.value !== null && parsed.value > MAX_COUNT) {
    return fail('invalid-number', 'issue.value.countTooLarge', { value: String(parsed.value), max: MAX_COUNT });
  }
  return parsed;
}

export function parseNumber(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('invalid-number', 'issue.value.notNumber', { value: String(cell) });
  const text = cellText(cell);
  if (text === null) return ok(null);
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  // A lone decimal comma ("51,92") is how half of Europe writes numbers.
  if (/^[+-]?\d+,\d+$/.test(compact)) compact = compact.replace(',', '.');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(compact)) return ok(Number(compact));
  return fail('invalid-number', 'issue.value.notNumberText', { value: clipped(text) });
}

/**
 * A baseline, target or actual (results.md section 1): percentages are in points, so `45%`
 * and `45 %` read as 45. A cell Excel formats as a percentage reaches here as such text (the
 * sheet scanner writes its fraction times 100 with a `%`), so it reads the same way.
 */
export function parseMeasurement(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'string') {
    const m = /^(.*?)\s*%$/.exec(cell.trim());
    if (m) {
      const parsed = parseNumber(m[1]!);
      if (parsed.ok && parsed.value !== null) return parsed;
      return fail('invalid-number', 'issue.value.notPercentage', { value: clipped(cell.trim()) });
    }
  }
  return parseNumber(cell);
}

/** An amount of money: a number, zero or more. */
export function parseAmount(cell: Cell): Parsed<number | null> {
  const parsed = parseNumber(cell);
  if (parsed.ok && parsed.value !== null && parsed.value < 0) return fail('invalid-number', 'issue.value.negativeAmount', { value: String(parsed.value) });
  return parsed;
}

const SDG_CODES = new Map(SDG_TARGETS.map((t) => [t.target.toLowerCase(), t.target]));

/**
 * SDG target codes separated by `;` or `,` (`11.3; 13.2`), each one of sdg-targets.csv;
 * stored in the list's spelling, `; `-separated, each once, in the order written.
 */
export function parseSdgTargets(cell: Cell): Parsed<string | null> {
  // A lone number such as 11.3 arrives as one; its text is the code.
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === null) return ok(null);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;,]/)) {
    const code = part.trim();
    if (code === '') continue;
    const known = SDG_CODES.get(code.toLowerCase().replace(/^(sdg|target)\s*/i, ''));
    if (!known) unknown.push(code);
    else if (!codes.includes(known)) codes.push(known);
  }
  if (unknown.length > 0) {
    return fail('invalid-value', 'issue.value.notSdgTargets', { values: unknown.map(quoted).join(', '), count: unknown.length });
  }
  return ok(codes.length === 0 ? null : codes.join('; '));
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** y-m-d as an ISO date when that day exists in the proleptic Gregorian calendar. */
function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Excel's serial day number (1900 system; its fictitious 1900-02-29 is serial 60). */
export function excelSerialToIso(serial: number): IsoDate | null {
  const day = Math.floor(serial);
  if (day < 1 || day > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + (day < 61 ? day + 1 : day) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days already written out: a column repeats a few thousand distinct days over its rows. */
const isoOfTimes = new Map<number, IsoDate>();

function isoOfTime(time: number): IsoDate {
  let iso = isoOfTimes.get(time);
  if (iso === undefined) {
    if (isoOfTimes.size >= 100_000) isoOfTimes.clear();
    iso = new Date(time).toISOString().slice(0, 10) as IsoDate;
    isoOfTimes.set(time, iso);
  }
  return iso;
}

export function parseDate(cell: Cell): Parsed<IsoDate | null> {
  if (cell instanceof Date) {
    // Spreadsheet dates have no zone: the workbook reader hands them over as UTC midnight.
    const time = cell.getTime();
    if (Number.isNaN(time)) return fail('invalid-date', 'issue.value.dateUnreadable');
    return ok(isoOfTime(time));
  }
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? ok(iso) : fail('invalid-date', 'issue.value.notDateNumber', { value: String(cell) });
  }
  const text = cellText(cell);
  if (text === null) return ok(null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) return orInvalid(isoDate(+m[1]!, +m[2]!, +m[3]!), text);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return orInvalid(isoDate(+m[3]!, +m[2]!, +m[1]!), text);
  m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(text);
  if (m) {
    const name = m[1]!.toLowerCase();
    const month = name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name)) : -1;
    if (month >= 0) return orInvalid(isoDate(+m[2]!, month + 1, 1), text);
  }
  return fail('invalid-date', 'issue.value.notDate', { value: clipped(text) });
}

function orInvalid(iso: IsoDate | null, text: string): Parsed<IsoDate> {
  return iso ? ok(iso) : fail('invalid-date', 'issue.value.noSuchDay', { value: clipped(text) });
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (text === null) return ok(false);
  const key = text.toLowerCase();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('invalid-value', 'issue.value.notYesNo', { value: clipped(text) });
}

/** What a coded list holds, as the catalogue's issue.value.notInList selects it. */
type ListName = 'kind' | 'status' | 'actionPlan' | 'level' | 'measure' | 'direction' | 'accumulation' | 'changeType' | 'significance' | 'substantiation';

/** A value from a fixed list, matched case-insensitively; returns the list's spelling. */
function coded(list: readonly string[], what: ListName) {
  const byKey = new Map(list.map((v) => [v.toLowerCase().replace(/\s+/g, ' '), v]));
  return (cell: Cell): Parsed<string | null> => {
    const text = cellText(cell);
    if (text === null) return ok(null);
    const hit = byKey.get(text.toLowerCase().replace(/\s+/g, ' '));
    return hit ? ok(hit) : fail('invalid-value', 'issue.value.notInList', { value: clipped(text), what, list: list.join(', ') });
  };
}

export const parseKind = coded(ENTITY_KINDS, 'kind');
export const parseStatus = coded(PAIRING_STATUSES, 'status');
export const parseActionPlan = coded(ACTION_PLAN_STATES, 'actionPlan');
export const parseLevel = coded(RESULT_LEVELS, 'level');
export const parseMeasure = coded(RESULT_MEASURES, 'measure');
export const parseDirection = coded(RESULT_DIRECTIONS, 'direction');
export const parseAccumulation = coded(RESULT_ACCUMULATIONS, 'accumulation');
export const parseChangeType = coded(CHANGE_TYPES, 'changeType');
export const parseSignificance = coded(SIGNIFICANCE_LEVELS, 'significance');
export const parseSubstantiation = coded(SUBSTANTIATION_STATES, 'substantiation');

const HELIX_SYNONYMS: Readonly<Record<Helix, readonly string[]>> = {
  academia: ['academia', 'university', 'research', 'academic', 'knowledge institution'],
  business: ['business', 'private sector', 'industry', 'company', 'sme', 'enterprise'],
  government: ['government', 'public sector', 'public authority', 'municipality', 'local government', 'agency'],
  'civil society': ['civil society', 'ngo', 'cso', 'community', 'citizens', 'non-profit', 'association'],
};
const helixByKey = new Map<string, Helix>();
for (const helix of HELIX_VALUES) for (const word of HELIX_SYNONYMS[helix]) helixByKey.set(word, helix);

export function parseHelix(cell: Cell): Parsed<Helix | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  const hit = helixByKey.get(text.toLowerCase().replace(/\s+/g, ' '));
  return hit
    ? ok(hit)
    : fail('unknown-helix', 'issue.value.notHelix', { value: clipped(text) });
}

/** Themes and activity types: a catalogue value, or the text as written plus a warning. */
export interface OpenValue {
  value: string;
  known: boolean;
}

const spaceless = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/**
 * Matches a catalogue case- and space-insensitively. Values outside it keep the spelling
 * first seen in this import, so "Urban Agriculture" and "urban agriculture" stay one theme.
 */
export class OpenCatalogue {
  private readonly byKey: Map<string, string>;
  constructor(catalogue: readonly string[]) {
    this.byKey = new Map(catalogue.map((v) => [spaceless(v), v]));
  }
  private readonly firstSpelling = new Map<string, string>();
  match(text: string): OpenValue {
    const key = spaceless(text);
    const known = this.byKey.get(key);
    if (known) return { value: known, known: true };
    let first = this.firstSpelling.get(key);
    if (first === undefined) {
      first = text;
      this.firstSpelling.set(key, text);
    }
    return { value: first, known: false };
  }
}

export const newThemeCatalogue = () => new OpenCatalogue(THEME_CATALOGUE);
export const newActivityTypeCatalogue = () => new OpenCatalogue(ACTIVITY_TYPES);
export const newRegionCatalogue = () => new OpenCatalogue(PROGRAMME_REGIONS);

/** Side is free text; the two usual values get one spelling so they group together. */
export function normaliseSide(text: string): string {
  const key = text.toLowerCase();
  if (key === 'eu') return 'EU';
  if (key === 'partner') return 'partner';
  return text;
}
