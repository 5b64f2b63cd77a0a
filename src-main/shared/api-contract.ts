import { z } from 'zod';
import {
  MAX_EXPORT_CELLS,
  MAX_IMPORT_FILES,
  MAX_MAPPING_ENTRIES,
  MAX_PAGE_ROWS,
  MAX_UPLOAD_BYTES,
  OUTCOME_SORT_COLUMNS,
  PAIRING_COLUMNS,
  RECIPROCITY_SORT_COLUMNS,
  TRACKING_SORT_COLUMNS,
  fail,
  ok,
} from './api-values.js';
import type { GraphLink, GraphNode } from './charts/network.js';
import { type Comparison, GROUPINGS, type Grouping } from './compare.js';
import { isIsoDate } from './dates.js';
import { LANGUAGES, type Language } from './i18n/languages.js';
import { type Activity, type Entity, type Pairing, type PairingTheme, RESULT_LEVELS, type ResultLevel, type Stakeholder, TABLE_NAMES, type TableName } from './domain.js';
import { type DashboardIndicators, type Filters, INDICATOR_FAMILIES, type IndicatorFamilies, type IndicatorFamily, type Indicators, LIST_FILTERS, type Network } from './indicators.js';
import type { IssueKey } from './i18n/catalogue-keys.js';
import type { ImportIssue, IssueArgs } from './issues.js';
import { type OutcomeRow, type PairingReciprocity, RESULT_STATUSES, type ResultStatus, type ResultsDetail, type TrackingRow } from './results.js';

/**
 * The one contract between the renderer and main: methods named `domain/verb`, each with
 * an argument checked at the boundary (a zod schema) and a typed result. Errors travel as
 * values; progress and menu commands travel as events.
 */

export type ApiErrorCode = 'bad-argument' | 'unknown-method' | 'forbidden' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** In English; `key` and `args`, when there, say it in the user's language (issues.ts issueMessage). */
  message: string;
  key?: IssueKey;
  args?: IssueArgs;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };


export { ok, fail, failSaying } from './api-values.js';

export {
  FLAT_LIST_COLUMN_NAMES,
  MAX_EXPORT_CELLS,
  MAX_IMPORT_FILES,
  MAX_PAGE_ROWS,
  MAX_UPLOAD_BYTES,
  OUTCOME_SORT_COLUMNS,
  PAIRING_COLUMNS,
  RECIPROCITY_SORT_COLUMNS,
  REQUIRED_FLAT_LIST_COLUMNS,
  TRACKING_SORT_COLUMNS,
} from './api-values.js';

// ---------------------------------------------------------------------------------------
// Results

export interface SourceFileInfo {
  name: string;
  sha256: string;
  bytes: number;
}

export interface ProjectInfo {
  /** The project's `.duckdb` file, or null for an in-memory project. */
  path: string | null;
  /** The newest import (the dataset), or null when nothing was imported yet. */
  importId: number | null;
  importedAt: string | null;
  files: SourceFileInfo[];
  rows: Record<TableName, number>;
  warnings: number;
}

export interface FilterOptions {
  programme: string[];
  component: string[];
  theme: string[];
  region: string[];
  status: string[];
  /** Earliest and latest pairing start date, `YYYY-MM-DD`, or null without dates. */
  minStart: string | null;
  maxStart: string | null;
}

export type PairingColumn = (typeof PAIRING_COLUMNS)[number];
export type TrackingColumn = (typeof TRACKING_SORT_COLUMNS)[number];
export type OutcomeColumn = (typeof OUTCOME_SORT_COLUMNS)[number];
export type ReciprocityColumn = (typeof RECIPROCITY_SORT_COLUMNS)[number];

/** One row of the Pairings table: a pairing with its members and counts, flattened. */
export interface PairingRow {
  pairing_id: string;
  title: string | null;
  programme: string | null;
  component: string;
  status: string | null;
  start_date: string | null;
  end_date: string | null;
  /** Member names, "; "-separated, EU side first. */
  members: string;
  countries: string;
  regions: string;
  themes: string;
  stakeholders: number;
  participants: number;
  activities: number;
}

/**
 * One page of a table the core searches and sorts: the rows in scope holding `search`
 * (case-insensitive, in any cell as written or as the table prints it), sorted by one
 * column with ties broken by the row's id, from `offset`.
 */
export interface PageQuery<Column extends string> {
  filters: Filters;
  search: string;
  sort: { column: Column; direction: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

export interface Page<Row> {
  /** Rows matching the query in all, not only this page's. */
  total: number;
  rows: Row[];
}

export type PairingsQuery = PageQuery<PairingColumn>;
export type PairingsPage = Page<PairingRow>;

export interface TrackingQuery extends PageQuery<TrackingColumn> {
  /** Only the indicators of one level with one status (a segment of the status-by-level chart). */
  only?: { level: ResultLevel; status: ResultStatus };
}
export type TrackingPage = Page<TrackingRow>;

export type OutcomesQuery = PageQuery<OutcomeColumn>;
export type OutcomesPage = Page<OutcomeRow>;

export type ReciprocityQuery = PageQuery<ReciprocityColumn>;
export type ReciprocityPage = Page<PairingReciprocity>;

export type MemberDetail = Entity & { side: string | null };

export interface PairingDetail {
  pairing: Pairing;
  members: MemberDetail[];
  themes: PairingTheme[];
  stakeholders: Stakeholder[];
  activities: Activity[];
  /** The pairing's result indicators as tracking rows, as of the argument's `asOf`, by indicator_id. */
  indicators: TrackingRow[];
  /** Its outcomes on or before `asOf`, by date then outcome_id. */
  outcomes: OutcomeRow[];
}

export interface ImportRecord {
  importId: number;
  importedAt: string;
  files: SourceFileInfo[];
  rows: Array<{ file: string; table: TableName; rows: number }>;
  warnings: ImportIssue[];
  /** True for the import that holds the current dataset. */
  current: boolean;
}

export interface TableRowsQuery {
  table: TableName;
  offset: number;
  limit: number;
}

export interface TableRowsPage {
  table: TableName;
  total: number;
  offset: number;
  /** The rows as an Arrow IPC stream, base64-encoded. */
  arrow: string;
}

export interface ImportResult {
  ok: boolean;
  files: string[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Rows read per normalised table. */
  rows: Record<string, number>;
  importId: number | null;
}

export interface SavedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface MapCity {
  entity_id: string;
  name: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
  pairings: number;
  /** Whose coordinates: the workbook's, or the offline gazetteer's (GeoNames). */
  placedBy: 'data' | 'gazetteer';
}

export interface MapLink {
  a: string;
  b: string;
  pairings: number;
}

/** Member cities with coordinates, those without, and the partner links among all of them. */
export interface MapData {
  cities: MapCity[];
  links: MapLink[];
  /** Member cities without coordinates in the data, with their pairing count. */
  unplaced: Array<{ entity_id: string; name: string; country: string; pairings: number }>;
}

/**
 * The map's city layer: every member of any pairing, by its key `ek`, at the workbook's or
 * the gazetteer's place (null: the renderer places it near its country's centre, or lists
 * it). Fetched once per import; `generation` names the import it belongs to.
 */
export interface MapLayer {
  generation: string;
  cities: Array<{ ek: number; entity_id: string; name: string; country: string; latitude: number | null; longitude: number | null; placedBy: 'data' | 'gazetteer' | null }>;
}

/**
 * What the map needs per filter change, as keys of the layer with the same `generation`:
 * the members in scope (`cities`) with their pairings in scope (`pairings`, same order), and
 * the partner links among them as flat [a, b, pairings] triples, strongest first.
 */
export interface MapScope {
  generation: string;
  cities: number[];
  pairings: number[];
  links: number[];
}

/** Per pairing in scope: helix values covered (0-4) and Pielou's evenness. */
export interface PairingCoverage {
  pairing_id: string;
  title: string | null;
  helices: number;
  evenness: number;
  participants: number;
}

export type CellValue = string | number | boolean | null;

export interface ExportTableArg {
  format: 'xlsx' | 'csv';
  /** The file name without extension; also the sheet name. */
  name?: string;
  columns: string[];
  rows: CellValue[][];
}

/** The user's answer to "which column is this?": header in the file -> data-model column. */
export type ColumnMapping = Record<string, string>;

export interface ExportReportArg {
  filters: Filters;
  title?: string;
  /** From the Compare view: a comparison section (PDF) and sheet (workbook) by this grouping. */
  compare?: CompareArg['compare'];
  /** The report's language (the app's); English when absent. */
  language?: Language;
}

/** The organisation publishing an IATI file (docs/iati.md): an organisation identifier, an OrganisationType code, a name. */
export interface ReportingOrgValue {
  ref: string;
  type: string;
  name: string;
}

/** What the Export > IATI XML dialog needs: the project's remembered reporting org, and the types to choose from. */
export interface IatiSettings {
  reportingOrg: ReportingOrgValue | null;
  organisationTypes: Array<{ code: string; name: string }>;
}

export interface ExportIatiArg {
  filters: Filters;
  /** Remembered in the project file once it passes the checks, for the next export. */
  reportingOrg: ReportingOrgValue;
}

/** Something the IATI export says about the data: the rule it concerns, the pairing or programme, the sentence. */
export interface IatiWarning {
  rule: string | null;
  subject: string | null;
  /** In English; the app says `key` with `args` in the user's language. */
  message: string;
  key?: IssueKey;
  args?: IssueArgs;
}

/**
 * The IATI file and what the export had to say about the data written into it; or, when the
 * reporting org or the data would fail the IATI rules, no file and the errors (like an import
 * that refuses its files, a result for the user to read, not a failed call).
 */
export interface IatiExportResult {
  file: SavedFile | null;
  pairings: number;
  programmes: number;
  warnings: IatiWarning[];
  errors: IatiWarning[];
}

/** `compare/groups`: indicators.md section 7 within the filters, optionally for some values only. */
export interface CompareArg {
  filters: Filters;
  compare: { by: Grouping; values?: string[] };
}

/** `network/graph`: the member graph of the scope, drawn up to `limit` entities. */
export interface NetworkGraphQuery {
  filters: Filters;
  limit: number;
}

/** A pairing among the drawn entities, with its members' entity ids (for the picked city's list). */
export interface GraphPairing {
  pairing_id: string;
  title: string | null;
  members: string[];
}

export interface NetworkGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  pairings: GraphPairing[];
  /** Entities of the whole graph; more than `nodes.length` when the drawing is capped. */
  entities: number;
  /** Components drawn in full or in part, and in all. */
  componentsShown: number;
  components: number;
  /** indicators.md section 6 over the scope: the figures and the hubs beside the graph. */
  summary: Network;
}

// ---------------------------------------------------------------------------------------
// Events

export type MenuCommand = 'import' | 'export-xlsx' | 'export-pdf' | 'export-iati' | 'open-project' | 'new-project';

export type AppEvent =
  | { type: 'progress'; task: string; phase: string; done: number; total: number; detail?: string }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'project-changed' };

export type AppEventListener = (event: AppEvent) => void;

// ---------------------------------------------------------------------------------------
// Methods

export interface ApiMethods {
  'project/info': { arg: undefined | null | Record<string, never>; result: ProjectInfo };
  'filters/options': { arg: undefined | null | Record<string, never>; result: FilterOptions };
  'indicators/compute': { arg: Filters; result: DashboardIndicators };
  /** Only the named families of `indicators/compute` (a view's), each exactly as there, and the scope. */
  'indicators/families': { arg: { filters: Filters; families: IndicatorFamily[] }; result: IndicatorFamilies };
  'pairings/list': { arg: PairingsQuery; result: PairingsPage };
  /** A pairing's card; `asOf` as the filters' (blank or absent: none) for its indicators and outcomes. */
  'pairings/detail': { arg: { pairingId: string; asOf?: string }; result: PairingDetail };
  'pairings/map': { arg: Filters; result: MapData };
  /** The map's city layer, once per import (`pairings/mapScope` says when it is stale). */
  'pairings/mapLayer': { arg: undefined | null | Record<string, never>; result: MapLayer };
  /** The map per filter change: the layer's members in scope and their links, by key. */
  'pairings/mapScope': { arg: Filters; result: MapScope };
  'stakeholders/coverage': { arg: Filters; result: PairingCoverage[] };
  /** The Results view's breakdowns over the scope and as-of of `indicators/compute`. */
  'results/detail': { arg: Filters; result: ResultsDetail };
  /** A page of the indicator tracking table over the same scope and as-of. */
  'results/tracking': { arg: TrackingQuery; result: TrackingPage };
  /** A page of the outcome explorer: the harvested outcomes in scope (and on or before as-of). */
  'outcomes/list': { arg: OutcomesQuery; result: OutcomesPage };
  /** A page of the pairings with outcomes in scope, each with its members' outcome counts and reciprocity. */
  'outcomes/reciprocity': { arg: ReciprocityQuery; result: ReciprocityPage };
  'imports/history': { arg: undefined | null | Record<string, never>; result: ImportRecord[] };
  'table/rows': { arg: TableRowsQuery; result: TableRowsPage };
  'import/files': { arg: { paths: string[]; mapping?: ColumnMapping }; result: ImportResult };
  'import/upload': { arg: { files: Array<{ name: string; base64: string }>; mapping?: ColumnMapping }; result: ImportResult };
  /** The Compare view: the indicators of every group (indicators.md section 7). */
  'compare/groups': { arg: CompareArg; result: Comparison };
  /** The Network view's graph: the largest components first, capped at `limit` entities. */
  'network/graph': { arg: NetworkGraphQuery; result: NetworkGraph };
  'export/xlsx': { arg: ExportReportArg; result: SavedFile };
  'export/pdf': { arg: ExportReportArg; result: SavedFile };
  'export/table': { arg: ExportTableArg; result: SavedFile };
  /** The Export > IATI XML dialog's reporting org (remembered per project) and OrganisationType choices. */
  'iati/settings': { arg: undefined | null | Record<string, never>; result: IatiSettings };
  /** The scope as IATI activity XML 2.03; a reporting org or data that would not pass comes back as errors and no file. */
  'export/iati': { arg: ExportIatiArg; result: IatiExportResult };
}

export type ApiMethod = keyof ApiMethods;
export type ApiArg<M extends ApiMethod> = ApiMethods[M]['arg'];
export type ApiResult<M extends ApiMethod> = ApiMethods[M]['result'];

/** What main (IPC) and the browser host (HTTP) run once an argument has passed its check. */
export type ApiHandlers = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<Result<ApiResult<M>>> };

/** The object the preload script exposes as `window.twinlens`. */
export interface TwinlensBridge {
  invoke<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<Result<ApiResult<M>>>;
  /** Progress, menu commands and project changes from main; returns the unsubscribe. */
  onEvent(listener: AppEventListener): () => void;
}

// ---------------------------------------------------------------------------------------
// Argument schemas

const MAX_LIST_VALUES = 1000;
const MAX_TEXT_LENGTH = 500;
const MAX_PATH_LENGTH = 4096;
const IMPORT_EXTENSIONS = /\.(xlsx|xlsm|csv|txt|tsv)$/i;

/** Refuses objects with a prototype (inherited keys would pass a plain shape check). */
const plain = (value: unknown) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const FILTER_KEYS = [...LIST_FILTERS, 'from', 'to', 'asOf'] as const;

const filterList = (key: string) =>
  z
    .array(z.string({ error: `filter "${key}" must be a list of strings` }), { error: `filter "${key}" must be a list of strings` })
    .max(MAX_LIST_VALUES, { error: `filter "${key}" is too long (at most ${MAX_LIST_VALUES} values)` })
    .refine((values) => values.every((v) => v.length <= MAX_TEXT_LENGTH), { error: `filter "${key}" is too long (a value over ${MAX_TEXT_LENGTH} characters)` })
    .optional();

const filterDate = (key: string) =>
  z
    .string({ error: `filter "${key}" must be a date string (YYYY-MM-DD)` })
    .refine((v) => v.trim() === '' || isIsoDate(v.trim()), { error: `filter "${key}" is not a date: write it as YYYY-MM-DD, such as 2018-03-01` })
    .optional();

const FILTERS_SHAPE_ERROR = 'filters must be an object such as {"theme": ["Circular economy"]}';

export const filtersSchema = z
  .custom<Record<string, unknown>>(plain, { error: FILTERS_SHAPE_ERROR })
  .pipe(
    z.strictObject(
      {
        programme: filterList('programme'),
        component: filterList('component'),
        theme: filterList('theme'),
        region: filterList('region'),
        status: filterList('status'),
        from: filterDate('from'),
        to: filterDate('to'),
        asOf: filterDate('asOf'),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `unknown filter "${String(issue.keys[0]).slice(0, 40)}"; known filters: ${FILTER_KEYS.join(', ')}`
            : FILTERS_SHAPE_ERROR,
      },
    ),
  )
  .transform((value): Filters => {
    // A fresh copy holding only the keys that were given.
    const out: Filters = {};
    for (const key of LIST_FILTERS) if (value[key] !== undefined) out[key] = [...value[key]];
    if (value.from !== undefined) out.from = value.from;
    if (value.to !== undefined) out.to = value.to;
    if (value.asOf !== undefined) out.asOf = value.asOf;
    return out;
  });

const noArgument = z.custom<undefined | null | Record<string, never>>((v) => v === undefined || v === null || (plain(v) && Object.keys(v as object).length === 0), {
  error: 'this method takes no argument (send nothing, null or {})',
});

const count = (field: string, max: number) =>
  z
    .number({ error: `"${field}" must be a number` })
    .int({ error: `"${field}" must be a whole number` })
    .min(0, { error: `"${field}" must be 0 or more` })
    .max(max, { error: `"${field}" must be at most ${max}` });

const text = (field: string, max: number) => z.string({ error: `"${field}" must be text` }).max(max, { error: `"${field}" is longer than ${max} characters` });

const tableName = z.enum(TABLE_NAMES as [TableName, ...TableName[]], { error: `"table" must be one of ${TABLE_NAMES.join(', ')}` });

const fileName = z
  .string({ error: '"name" must be text' })
  .min(1, { error: '"name" must not be empty' })
  .max(255, { error: '"name" is longer than 255 characters' })
  .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..', { error: '"name" must be a file name without folders' })
  .refine((n) => IMPORT_EXTENSIONS.test(n), { error: '"name" must end in .xlsx, .xlsm, .csv, .tsv or .txt' });

const cell = z.union([z.string().max(32_767), z.number(), z.boolean(), z.null()], { error: 'a cell must be text, a number, true/false or null' });

const mappingSchema = z
  .record(text('mapping key', 200), text('mapping value', 100).min(1, { error: 'a "mapping" value must name a column' }), {
    error: '"mapping" must be an object of "header in the file": "data-model column" pairs',
  })
  .refine((m) => plain(m) && Object.keys(m).length <= MAX_MAPPING_ENTRIES, { error: `"mapping" may hold at most ${MAX_MAPPING_ENTRIES} columns` })
  .optional();

/** A PageQuery's fields; the sort column one of `columns`, so it can name a column in SQL. */
const pageQuery = <C extends readonly [string, ...string[]]>(columns: C) => ({
  filters: filtersSchema,
  search: text('search', MAX_TEXT_LENGTH),
  sort: z.strictObject({
    column: z.enum(columns, { error: `"sort.column" must be one of ${columns.join(', ')}` }),
    direction: z.enum(['asc', 'desc'], { error: '"sort.direction" must be "asc" or "desc"' }),
  }),
  offset: count('offset', 100_000_000),
  limit: count('limit', MAX_PAGE_ROWS),
});

/** The most entities `network/graph` draws: a force layout beyond this stops being readable or quick. */
export const MAX_GRAPH_NODES = 2000;

/** A report's language: one of those Twinlens speaks. */
const languageSchema = z.enum(LANGUAGES, { error: `"language" must be one of ${LANGUAGES.join(', ')}` });

const compareSchema = z.strictObject({
  by: z.enum(GROUPINGS, { error: `"compare.by" must be one of ${GROUPINGS.join(', ')}` }),
  values: z
    .array(text('compare.values', 200), { error: '"compare.values" must be a list of text' })
    .max(MAX_LIST_VALUES, { error: `"compare.values" may hold at most ${MAX_LIST_VALUES} values` })
    .optional(),
}, { error: `"compare" must be an object { by, values? } with by one of ${GROUPINGS.join(', ')}` });

const SCHEMAS = {
  'project/info': noArgument,
  'filters/options': noArgument,
  'indicators/compute': filtersSchema,
  'indicators/families': z.strictObject({
    filters: filtersSchema,
    families: z
      .array(z.enum(INDICATOR_FAMILIES, { error: `each of "families" must be one of ${INDICATOR_FAMILIES.join(', ')}` }), { error: '"families" must be a list of indicator families' })
      .min(1, { error: '"families" must name at least one family' })
      .max(INDICATOR_FAMILIES.length, { error: `"families" may name at most ${INDICATOR_FAMILIES.length} families` }),
  }, { error: '"indicators/families" takes { filters, families }' }),
  'pairings/list': z.strictObject(pageQuery(PAIRING_COLUMNS)),
  'pairings/detail': z.strictObject({
    pairingId: text('pairingId', MAX_TEXT_LENGTH).min(1, { error: '"pairingId" must not be empty' }),
    asOf: z
      .string({ error: '"asOf" must be a date string (YYYY-MM-DD)' })
      .refine((v) => v.trim() === '' || isIsoDate(v.trim()), { error: '"asOf" is not a date: write it as YYYY-MM-DD, such as 2018-03-01' })
      .optional(),
  }),
  'pairings/map': filtersSchema,
  'pairings/mapLayer': noArgument,
  'pairings/mapScope': filtersSchema,
  'stakeholders/coverage': filtersSchema,
  'results/detail': filtersSchema,
  'results/tracking': z.strictObject({
    ...pageQuery(TRACKING_SORT_COLUMNS),
    only: z
      .strictObject({
        level: z.enum(RESULT_LEVELS, { error: `"only.level" must be one of ${RESULT_LEVELS.join(', ')}` }),
        status: z.enum(RESULT_STATUSES, { error: `"only.status" must be one of ${RESULT_STATUSES.join(', ')}` }),
      })
      .optional(),
  }),
  'outcomes/list': z.strictObject(pageQuery(OUTCOME_SORT_COLUMNS)),
  'outcomes/reciprocity': z.strictObject(pageQuery(RECIPROCITY_SORT_COLUMNS)),
  'imports/history': noArgument,
  'table/rows': z.strictObject({ table: tableName, offset: count('offset', 100_000_000), limit: count('limit', 100_000) }),
  'import/files': z.strictObject({
    paths: z
      .array(
        z
          .string({ error: '"paths" must be a list of file paths' })
          .min(1, { error: 'a path must not be empty' })
          .max(MAX_PATH_LENGTH, { error: `a path is longer than ${MAX_PATH_LENGTH} characters` })
          .refine((p) => !p.includes('\0'), { error: 'a path must not contain NUL' })
          .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), { error: 'a path must be absolute' })
          .refine((p) => IMPORT_EXTENSIONS.test(p), { error: 'a path must end in .xlsx, .xlsm, .csv, .tsv or .txt' }),
        { error: '"paths" must be a list of file paths' },
      )
      .min(1, { error: '"paths" must name at least one file' })
      .max(MAX_IMPORT_FILES, { error: `"paths" may name at most ${MAX_IMPORT_FILES} files` }),
    mapping: mappingSchema,
  }),
  'import/upload': z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: fileName,
          base64: z
            .string({ error: '"base64" must be text' })
            .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, { error: `a file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` })
            .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '"base64" is not base64' }),
        }),
        { error: '"files" must be a list of {name, base64}' },
      )
      .min(1, { error: '"files" must hold at least one file' })
      .max(MAX_IMPORT_FILES, { error: `"files" may hold at most ${MAX_IMPORT_FILES} files` })
      .refine((files) => files.reduce((n, f) => n + (f.base64.length * 3) / 4, 0) <= MAX_UPLOAD_BYTES, {
        error: `the files together are larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
      }),
    mapping: mappingSchema,
  }),
  'compare/groups': z.strictObject({ filters: filtersSchema, compare: compareSchema }),
  'network/graph': z.strictObject({ filters: filtersSchema, limit: count('limit', MAX_GRAPH_NODES).refine((n) => n >= 1, { error: '"limit" must be 1 or more' }) }),
  'export/xlsx': z.strictObject({ filters: filtersSchema, title: text('title', 200).optional(), compare: compareSchema.optional(), language: languageSchema.optional() }),
  'export/pdf': z.strictObject({ filters: filtersSchema, title: text('title', 200).optional(), compare: compareSchema.optional(), language: languageSchema.optional() }),
  'export/table': z
    .strictObject({
      format: z.enum(['xlsx', 'csv'], { error: '"format" must be "xlsx" or "csv"' }),
      name: text('name', 100)
        .refine((n) => !/[\\/\0:*?"<>|]/.test(n), { error: '"name" must not contain \\ / : * ? " < > | or NUL' })
        .optional(),
      columns: z.array(text('columns[]', 200), { error: '"columns" must be a list of column names' }).min(1, { error: '"columns" must not be empty' }).max(1000, { error: '"columns" may hold at most 1000 names' }),
      rows: z.array(z.array(cell, { error: 'each of "rows" must be a list of cells' }), { error: '"rows" must be a list of rows' }),
    })
    .refine((a) => a.rows.every((r) => r.length <= a.columns.length), { error: 'a row of "rows" has more cells than "columns" names' })
    .refine((a) => a.rows.length * a.columns.length <= MAX_EXPORT_CELLS, { error: `"rows" holds more than ${MAX_EXPORT_CELLS} cells` }),
  'iati/settings': noArgument,
  'export/iati': z.strictObject({
    filters: filtersSchema,
    reportingOrg: z.strictObject(
      {
        ref: text('reportingOrg.ref', 200).refine((v) => v.trim() !== '', { error: '"reportingOrg.ref" must not be empty: give your IATI organisation identifier' }),
        type: text('reportingOrg.type', 10).refine((v) => /^\s*\d{1,3}\s*$/.test(v), { error: '"reportingOrg.type" must be an OrganisationType code such as 15' }),
        name: text('reportingOrg.name', 300).refine((v) => v.trim() !== '', { error: '"reportingOrg.name" must not be empty' }),
      },
      { error: '"reportingOrg" must be an object {ref, type, name}' },
    ),
  }),
} satisfies { [M in ApiMethod]: z.ZodType<unknown> };

export const API_METHODS = Object.freeze(Object.keys(SCHEMAS)) as readonly ApiMethod[];

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.hasOwn(SCHEMAS, method);
}

function where(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** One sentence naming the first bad field. Custom messages already name it; zod's own get the path. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' && !issue.message.startsWith('unknown filter')) {
    const at = where(issue.path);
    return `unknown field "${String(issue.keys[0]).slice(0, 40)}"${at ? ` in "${at}"` : ''}`;
  }
  const at = where(issue.path);
  if (/"[^"]+"|^filter|^filters|^a |^the |^this |^each |^unknown /.test(issue.message) || at === '') return issue.message;
  return `"${at}": ${issue.message}`;
}

/** Checks an untrusted argument of `method`. Returns a fresh, typed copy or a bad-argument error. */
export function validateArgument<M extends ApiMethod>(method: M, arg: unknown): Result<ApiArg<M>> {
  const parsed = (SCHEMAS[method] as z.ZodType<unknown>).safeParse(arg);
  if (parsed.success) return ok(parsed.data as ApiArg<M>);
  const first = parsed.error.issues[0];
  const message = first ? describeIssue(first) : 'bad argument';
  const at = first ? where(first.path) : '';
  return fail('bad-argument', `${method}: ${message}`, at ? { field: at } : undefined);
}

/** Checks an untrusted `indicators/compute` argument (kept for the CLI and tests). */
export function parseFilters(arg: unknown): Result<Filters> {
  return validateArgument('indicators/compute', arg);
}

/**
 * Runs one call from outside: checks the method name and the argument, then the handler.
 * Never throws; an unexpected failure becomes an `internal` error value.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, arg: unknown): Promise<Result<unknown>> {
  try {
    if (!isApiMethod(method)) return fail('unknown-method', `unknown method "${String(method).slice(0, 80)}"`);
    const checked = validateArgument(method, arg);
    if (!checked.ok) return checked;
    const handler = handlers[method] as (value: unknown) => Promise<Result<unknown>>;
    return await handler(checked.value);
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

// ---------------------------------------------------------------------------------------
// Events between main and the renderer

/** A tiny publish/subscribe hub: the host's event stream and Electron's IPC both feed from one. */
export interface EventHub {
  emit: AppEventListener;
  subscribe(listener: AppEventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<AppEventListener>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // One broken listener must not starve the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
