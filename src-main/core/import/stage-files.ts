import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { TableName } from '../../shared/domain.js';
import { type IssueText, issueText } from '../../shared/issues.js';
import { cellText } from './cell.js';
import { withCellLimit } from './cell-limit.js';
import { readCanonicalRows } from './canonical-sheet.js';
import { csvSheet, sniffSeparator } from './csv-reader.js';
import { plainRecordCount } from './csv-scan.js';
import { type PlainCsv, stageCsvInSql } from './csv-sql-stage.js';
import { firstLine, sniffFileKind, UnreadableFileError } from './file-kind.js';
import { readFlatListRows } from './flat-list.js';
import { type ColumnMapping, mapHeaders, renameHeaders } from './header-map.js';
import { ImportState } from './import-state.js';
import { type IssueLog, type RowPlace, rowReference } from './issue-log.js';
import {
  CANONICAL_SHEETS,
  FLAT_LIST_COLUMNS,
  type SheetSpec,
  columnKeyMap,
  isDocumentationSheet,
  looksLikeFlatList,
  specForFileStem,
  specForSheetName,
} from './sheet-specs.js';
import type { SheetRow, SheetSource } from './sheet-source.js';
import { isDataRow } from './sheet-input.js';
import { sqlFile } from '../store/sql-file.js';
import type { Staging } from './staging.js';
import { decodeText } from './text-decode.js';
import { headerKey } from './header-key.js';
import { readXlsxSheets } from './xlsx-reader.js';

export interface SourceFile {
  path: string;
  name: string;
  sha256: string;
  bytes: number;
}

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing' | 'done';
  file: string | null;
  sheet: string | null;
  rows: number;
  /** 0..1 of the whole import, by bytes read. */
  fraction: number;
}

export interface StageOptions {
  mapping?: ColumnMapping;
  onProgress?: (p: ImportProgress) => void;
}

export interface StageOutcome {
  sources: SourceFile[];
  /** At least one file could not be read at all (the CLI exits 2). */
  unreadable: boolean;
}

/** Where each staged table's rows came from, to locate problems found later in SQL. */
type Origins = Map<string, RowPlace>;
const originKey = (src: number, table: string) => `${src}\u0000${table}`;

/**
 * Reads every file of one import into staging and checks it whole: values, ids,
 * references, required sheets. Problems go to `issues`; nothing is written to the project.
 */
export async function stageFiles(paths: readonly string[], staging: Staging, issues: IssueLog, options: StageOptions = {}): Promise<StageOutcome> {
  const state = new ImportState(staging, issues);
  const sources: SourceFile[] = [];
  const origins: Origins = new Map();
  const flatSources = new Set<number>();
  const found = new Set<TableName | 'flat'>();
  let unreadable = false;
  let unrecognised = false;
  let order = 0;

  const sizes = await Promise.all(paths.map((p) => stat(p).then((s) => s.size, () => 0)));
  const totalBytes = sizes.reduce((a, b) => a + b, 0) || 1;
  let bytesBefore = 0;
  let rows = 0;
  let lastReport = 0;
  const progress = (phase: ImportProgress['phase'], file: string | null, sheet: string | null, fileBytes: number) => {
    options.onProgress?.({ phase, file, sheet, rows, fraction: Math.min(1, (bytesBefore + fileBytes) / totalBytes) });
  };

  for (const [src, path] of paths.entries()) {
    const name = basename(path);
    const filePlace: RowPlace = { file: name, sheet: null, order: order++ };
    const kind = await sniffFileKind(path);
    if (kind.kind === 'unreadable') {
      issues.error(kind.code ?? 'unreadable-file', filePlace, null, null, kind.text);
      unreadable = true;
      continue;
    }
    let fileBytes = 0;
    let currentSheet: string | null = null;
    const file: FileReading = {
      src,
      name,
      nextOrder: () => order++,
      onRow: () => {
        rows++;
        if (rows - lastReport >= 5000) {
          lastReport = rows;
          progress('reading', name, currentSheet, fileBytes);
        }
      },
    };
    const beforeFile = issues.mark();
    try {
      // A CSV is read whole anyway: hash those bytes rather than read the file twice.
      const text = kind.kind === 'text' ? await readFile(path) : null;
      const sha256 = text ? createHash('sha256').update(text).digest('hex') : await sha256File(path);
      sources.push({ path, name, bytes: sizes[src]!, sha256 });
      for await (const sheet of sheetsOf(path, text, (read) => (fileBytes = read))) {
        currentSheet = sheet.name;
        const outcome = await stageSheet(sheet, file, { flatSources, state, issues, origins, found, mapping: options.mapping });
        if (outcome === 'unrecognised') unrecognised = true;
      }
    } catch (error) {
      // Readers say what is wrong in words; anything else is a fault of ours, told as such.
      // The readers' own reasons (a damaged part, a cell past XFD) are catalogue sentences too, said
      // in the user's language; what they quote from the file's insides (part names, a zip or XML
      // detail from below the readers) stays as written.
      const reason = error instanceof UnreadableFileError
        ? error.reason
        : issueText('issue.file.unexpected', { detail: firstLine(error) });
      const known = error instanceof UnreadableFileError ? error : null;
      const advice = known?.advice ?? issueText(kind.kind === 'xlsx' ? 'issue.file.adviceXlsx' : 'issue.file.adviceText');
      issues.rollback(beforeFile);
      const message: IssueText = error instanceof NotTextError
        ? issueText(error.why.key, { ...error.why.args, file: name })
        : issueText('issue.file.unreadable', { file: name, reason, advice });
      // Located as far as the reader knew: the sheet and row it was reading.
      const place = known?.place ?? {};
      issues.error(known?.code ?? 'unreadable-file', { ...filePlace, sheet: place.sheet ?? null }, place.row ?? null, place.column ?? null, message);
      unreadable = true;
    }
    bytesBefore += sizes[src]!;
    progress('reading', name, null, 0);
  }

  if (unreadable) return { sources, unreadable };

  options.onProgress?.({ phase: 'checking', file: null, sheet: null, rows, fraction: 1 });
  // A CSV that matched nothing has said what is wrong; "no programme data" would repeat it.
  if (!(unrecognised && found.size === 0)) checkRequiredSheets(found, paths, issues, order++);
  staging.flush();
  await checkReferences(staging, sources, origins, flatSources, issues);
  return { sources, unreadable };
}

interface FileReading {
  src: number;
  name: string;
  nextOrder: () => number;
  onRow: () => void;
}

interface ImportContext {
  /** Files (by index) whose pairings come from a flat list. */
  flatSources: Set<number>;
  state: ImportState;
  issues: IssueLog;
  origins: Origins;
  found: Set<TableName | 'flat'>;
  mapping: ColumnMapping | undefined;
}

/** A file that is not text at all: its reason is the whole message, advice included. */
class NotTextError extends UnreadableFileError {
  constructor(readonly why: IssueText) {
    super(why);
  }
}

/**
 * The sheets of a workbook (`text` null), or the one table of a CSV file whose bytes are
 * `text`; damage is thrown as UnreadableFileError.
 */
async function* sheetsOf(path: string, text: Buffer | null, onBytes: (read: number) => void): AsyncGenerator<Sheet> {
  if (text === null) {
    yield* readXlsxSheets(path, onBytes);
    return;
  }
  const decoded = decodeText(text);
  if (!decoded.ok) throw new NotTextError(decoded.why);
  const sheet = withCellLimit(csvSheet(decoded.text));
  if (decoded.encoding !== 'utf-8') {
    yield sheet;
    return;
  }
  const delimiter = sniffSeparator(decoded.text);
  yield { ...sheet, plainCsv: { path, delimiter, records: () => plainRecordCount(decoded.text, delimiter) } };
}

/**
 * A sheet; a UTF-8 CSV file also says how to check that DuckDB may read it as it is (the
 * check scans the whole text, so it runs only for a canonical sheet that could use it).
 */
type Sheet = SheetSource & { plainCsv?: Omit<PlainCsv, 'width'> };

/**
 * Decides what one sheet holds from its name and header row, and reads it: a flat list,
 * a canonical sheet, or something to report as ignored or unrecognised.
 */
async function stageSheet(sheet: Sheet, file: FileReading, ctx: ImportContext): Promise<'read' | 'ignored' | 'unrecognised'> {
  const { issues, origins, found, state, mapping } = ctx;
  const { name, src, onRow } = file;
  const place: RowPlace = { file: name, sheet: sheet.name, order: file.nextOrder() };
  const { header, rest } = await splitHeader(sheet.rows);
  const headers = renameHeaders(header ? header.cells.map((c) => cellText(c) ?? '') : [], mapping);

  if (header && looksLikeFlatList(headers)) {
    const columns = mapHeaders(header.cells, FLAT_LIST_COLUMNS, place, header.number, issues, mapping);
    for (const table of ['entities', 'pairings', 'members', 'themes'] as const) origins.set(originKey(src, table), place);
    found.add('flat');
    ctx.flatSources.add(src);
    await readFlatListRows({ columns, rows: rest, place, src, onRow }, state);
    return 'read';
  }
  const spec = sheet.name === null ? (specForFileStem(basename(name, extname(name))) ?? specByHeaders(headers)) : specForSheetName(sheet.name);
  if (!spec) {
    if (sheet.name === null) {
      issues.error('unrecognised-file', place, null, null, issueText('issue.file.unrecognised', { file: name }));
      return 'unrecognised';
    }
    if (!isDocumentationSheet(sheet.name)) issues.warning('ignored-sheet', place, null, null, issueText('issue.sheet.ignored', { sheet: sheet.name }));
    return 'ignored';
  }
  if (!header) {
    issues.warning('empty-sheet', place, null, null, sheet.name === null ? issueText('issue.sheet.emptyFile', { file: name }) : issueText('issue.sheet.empty', { sheet: sheet.name }));
    if (!spec.required) return 'ignored';
  }
  found.add(spec.table);
  origins.set(originKey(src, spec.table), place);
  if (!header) return 'read';
  const errorsBefore = issues.errorCount;
  const columns = mapHeaders(header.cells, spec.columns, place, header.number, issues, mapping);
  if (sheet.plainCsv && header.number === 1 && issues.errorCount === errorsBefore) {
    if (await stageCsvInSql({ ...sheet.plainCsv, width: header.cells.length }, { spec, columns, place, src, onRow }, state)) return 'read';
  }
  await readCanonicalRows(spec, { columns, rows: rest, place, src, onRow }, state);
  return 'read';
}

/** The first row holding a value (the header), and every row after it. */
async function splitHeader(rows: AsyncIterable<SheetRow[]>): Promise<{ header: SheetRow | null; rest: AsyncIterable<SheetRow[]> }> {
  const batches = rows[Symbol.asyncIterator]();
  for (;;) {
    const next = await batches.next();
    if (next.done) return { header: null, rest: (async function* () {})() };
    const at = next.value.findIndex(isDataRow);
    if (at < 0) continue;
    const remainder = next.value.slice(at + 1);
    const rest = (async function* () {
      if (remainder.length > 0) yield remainder;
      for (;;) {
        const more = await batches.next();
        if (more.done) return;
        yield more.value;
      }
    })();
    return { header: next.value[at]!, rest };
  }
}

/** A CSV named after nothing: the sheet whose columns its header row matches best. */
function specByHeaders(headers: readonly string[]): SheetSpec | undefined {
  let best: SheetSpec | undefined;
  let bestScore = 0;
  for (const spec of CANONICAL_SHEETS) {
    const keys = columnKeyMap(spec.columns);
    const matched = new Set(headers.map((h) => keys.get(headerKey(h))).filter((c) => c !== undefined));
    const hasRequired = spec.columns.every((c) => !c.required || matched.has(c));
    if (hasRequired && matched.size > bestScore) {
      best = spec;
      bestScore = matched.size;
    }
  }
  return best;
}

function checkRequiredSheets(found: Set<string>, paths: readonly string[], issues: IssueLog, order: number): void {
  if (found.has('flat')) return;
  const file = paths.map((p) => basename(p)).join(', ');
  const place: RowPlace = { file, sheet: null, order };
  if (found.size === 0) {
    issues.error('no-programme-data', place, null, null, issueText('issue.sheet.noProgrammeData'));
    return;
  }
  for (const spec of CANONICAL_SHEETS) {
    if (spec.required && !found.has(spec.table)) {
      issues.error('missing-sheet', { ...place, sheet: spec.sheet }, null, null, issueText('issue.sheet.missing', { sheet: spec.sheet }));
    }
  }
}

const SHEET_OF: Record<string, string> = { pairing_id: 'Pairings', entity_id: 'Entities', indicator_id: 'Result indicators' };

async function checkReferences(staging: Staging, sources: SourceFile[], origins: Origins, flatSources: Set<number>, issues: IssueLog): Promise<void> {
  const where = (src: number, table: string): RowPlace =>
    origins.get(originKey(src, table)) ?? { file: sources[src]?.name ?? '?', sheet: null, order: 0 };
  const refs = await staging.connection.runAndReadAll(sqlFile(import.meta.url, 'check_references.sql'));
  for (const r of refs.getRowObjectsJS()) {
    const col = String(r.col);
    issues.error('unknown-reference', where(Number(r._src), String(r.tbl)), Number(r._row), col,
      issueText('issue.ref.unknown', { column: col, value: String(r.value), sheet: SHEET_OF[col] ?? '' }));
  }
  await checkResults(staging, where, issues);
  const thin = await staging.connection.runAndReadAll(sqlFile(import.meta.url, 'thin_pairings.sql'));
  for (const r of thin.getRowObjectsJS()) {
    const n = Number(r.members);
    const src = Number(r._src);
    const id = String(r.pairing_id);
    if (flatSources.has(src)) {
      issues.warning('too-few-members', where(src, 'pairings'), Number(r._row), 'Partner city', issueText('issue.ref.thinFlatPairing', { id, members: n === 0 ? 'none' : 'one' }));
    } else {
      issues.warning('too-few-members', where(src, 'pairings'), Number(r._row), 'pairing_id', issueText('issue.ref.thinPairing', { id, members: n === 0 ? 'none' : 'one' }));
    }
  }
}

/** The cross-row and cross-sheet rules of results.md section 1 (check_results.sql), each told in words. */
async function checkResults(staging: Staging, where: (src: number, table: string) => RowPlace, issues: IssueLog): Promise<void> {
  const found = await staging.connection.runAndReadAll(sqlFile(import.meta.url, 'check_results.sql'));
  for (const r of found.getRowObjectsJS()) {
    const code = String(r.code);
    const table = String(r.tbl);
    const col = String(r.col);
    const place = where(Number(r._src), table);
    const value = String(r.value);
    const detail = r.detail === null ? '' : String(r.detail);
    let message: IssueText;
    switch (code) {
      case 'not-a-member':
        message = issueText('issue.result.notAMember', { value, pairing: detail, table });
        break;
      case 'other-pairing':
        message = issueText('issue.result.otherPairing', { value, pairing: detail });
        break;
      case 'invalid-period':
        message = issueText('issue.result.invalidPeriod');
        break;
      case 'overlapping-periods': {
        const other = where(Number(r.other_src), table);
        message = issueText('issue.result.overlappingPeriods', {
          value, start: String(r.other_start), end: String(r.other_end), where: rowReference(place, other, Number(r.other_row)),
        });
        break;
      }
      default:
        message = col === 'direction'
          ? issueText('issue.result.incrementalDirection', { value })
          : issueText('issue.result.qualitativeValue', { value, column: col, table });
    }
    issues.error(code, place, Number(r._row), col, message);
  }
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
