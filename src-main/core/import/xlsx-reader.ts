import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import type { Cell } from './cell.js';
import { type FilePlace, firstLine, overLimit, UnreadableFileError } from './file-kind.js';
import { LIMITS, formatBytes } from './limits.js';
import type { ByteProgress, SheetRow, SheetSource } from './sheet-source.js';
import { XmlShapeGuard } from './xml-shape-guard.js';
import { type ZipEntry, ZipDamageError, ZipLimitError, openZipEntry, readZipDirectory } from './zip-directory.js';

/** exceljs hands over rich text, formulas, hyperlinks and errors as objects; we want values. */
function flattenCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return flattenCell(v.result);
    if ('text' in v) return flattenCell(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

/**
 * The parts of exceljs's streaming WorkbookReader that parse one part each. Twinlens opens
 * the parts itself, straight from the zip's central directory (exceljs's own zip walk was
 * seen to drop xl/sharedStrings.xml when sheets come first in the archive), and hands them
 * over as text it has checked and normalised (see xmlText).
 */
interface EntryParsers {
  model?: { sheets: unknown[] };
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  properties?: { model?: { date1904?: boolean } };
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

interface SheetPart {
  name: string;
  entry: ZipEntry;
}

/**
 * Streams a workbook sheet by sheet, in the workbook's own order, so memory stays flat
 * however many rows it holds. A sheet's rows must be consumed before the next sheet is
 * asked for; rows left unread are skipped. Anything that keeps the file from being read
 * whole and right throws an UnreadableFileError saying which part is at fault.
 */
export async function* readXlsxSheets(path: string, onBytes?: ByteProgress): AsyncGenerator<SheetSource> {
  const total = (await stat(path)).size;
  if (total > LIMITS.maxFileBytes) throw overLimit(`it is ${formatBytes(total)}, more than the ${formatBytes(LIMITS.maxFileBytes)} Twinlens reads from one file`);
  let entries: ZipEntry[] | null;
  try {
    entries = await readZipDirectory(path, total);
  } catch (error) {
    if (error instanceof ZipLimitError) throw overLimit(error.message);
    throw error;
  }
  if (!entries) throw new UnreadableFileError('the zip archive is damaged');
  refuseDuplicateEntries(entries);
  const layout = await workbookLayout(path, entries);
  checkPartSizes(layout);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache', // without it dates arrive as serial numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as EntryParsers;
  // What exceljs would take from workbook.xml and its rels; names come from `layout`.
  reader.model = { sheets: [] };
  reader.workbookRels = [];
  reader.properties = { model: { date1904: layout.date1904 } };

  if (layout.sharedStrings) {
    const part = layout.sharedStrings;
    await asPart(part.name, async () => {
      for await (const _ of reader._parseSharedStrings(await openPart(path, part, 'sst', {}))) {
        // 'cache' mode collects the strings on the reader; nothing is emitted.
      }
    });
  }
  // Without strings (no part, or one in a format exceljs does not know) exceljs leaves
  // {sharedString: n} in text cells, which rowsOf refuses rather than read as blank.
  if (reader.sharedStrings?.length === 0) reader.sharedStrings = undefined;
  if (layout.styles) {
    const part = layout.styles;
    await asPart(part.name, async () => reader._parseStyles(await openPart(path, part, 'styleSheet', {})));
  }

  const totalXml = layout.sheets.reduce((sum, s) => sum + s.entry.uncompressedSize, 0) || 1;
  let doneXml = 0;
  for (const [index, sheet] of layout.sheets.entries()) {
    const text = await asPart(`sheet "${sheet.name}" (${sheet.entry.name})`, () =>
      partText(path, sheet.entry, 'worksheet', {
        fillReferences: true,
        place: { sheet: sheet.name },
        onBytes: (inflated) => onBytes?.(Math.min(1, (doneXml + inflated) / totalXml) * total, total),
      }),
      { sheet: sheet.name },
    );
    try {
      for (const event of reader._parseWorksheet(text, String(index + 1))) {
        if (event.eventType === 'worksheet') {
          yield { name: sheet.name, rows: rowsOf(event.value as WorksheetEvents, sheet) };
        }
      }
    } finally {
      await text.return(undefined);
    }
    doneXml += sheet.entry.uncompressedSize;
  }
}

/** exceljs's WorksheetReader: `parse()` yields the events of one piece of XML at a time. */
interface WorksheetEvents {
  parse(): AsyncIterable<Array<{ eventType: string; value: unknown }>>;
}

/**
 * The rows of one sheet, a batch per piece of XML: exceljs's batches of events rather than
 * its row-at-a-time iterator, so one await serves hundreds of rows.
 */
async function* rowsOf(worksheet: WorksheetEvents, sheet: SheetPart): AsyncGenerator<SheetRow[]> {
  const batches = worksheet.parse()[Symbol.asyncIterator]();
  let rowsRead = 0;
  for (;;) {
    let next: IteratorResult<Array<{ eventType: string; value: unknown }>>;
    try {
      next = await batches.next();
    } catch (error) {
      throw unreadablePart(`sheet "${sheet.name}" (${sheet.entry.name})`, error, { sheet: sheet.name });
    }
    if (next.done) return;
    const batch: SheetRow[] = [];
    for (const event of next.value) {
      if (event.eventType !== 'row') continue;
      const row = event.value as ExcelJS.Row;
      // Excel's grid bounds rows and columns; checked before a row's cells are copied.
      if (++rowsRead > LIMITS.maxRows || row.number > LIMITS.maxRows) {
        throw overLimit(`sheet "${sheet.name}" goes past row ${LIMITS.maxRows.toLocaleString('en')}, the last row Excel has`, { sheet: sheet.name, row: row.number });
      }
      const values = row.values as unknown[];
      if (values.length - 1 > LIMITS.maxColumns) {
        throw overLimit(`sheet "${sheet.name}", row ${row.number}, has a cell past column XFD, the last column Excel has`, { sheet: sheet.name, row: row.number });
      }
      const cells: Cell[] = new Array(Math.max(0, values.length - 1));
      for (let i = 1; i < values.length; i++) {
        const value = values[i];
        if (typeof value === 'object' && value !== null && 'sharedString' in value) {
          throw new UnreadableFileError(`sheet "${sheet.name}" (${sheet.entry.name}), row ${row.number}, refers to text that is not in the workbook's shared strings`, { place: { sheet: sheet.name, row: row.number } });
        }
        const cell = flattenCell(value);
        if (typeof cell === 'string' && cell.length > LIMITS.maxCellChars) {
          throw overLimit(
            `sheet "${sheet.name}", cell ${columnLetters(i)}${row.number}, holds ${cell.length.toLocaleString('en')} characters; Excel holds at most ${LIMITS.maxCellChars.toLocaleString('en')} in a cell`,
            { sheet: sheet.name, row: row.number },
          );
        }
        cells[i - 1] = cell;
      }
      batch.push({ number: row.number, cells });
    }
    if (batch.length > 0) yield batch;
  }
}

/** Runs `work` on one part; whatever goes wrong is reported as that part being unreadable. */
async function asPart<T>(part: string, work: () => Promise<T>, place: FilePlace = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw unreadablePart(part, error, place);
  }
}

/** A sentence fragment a person can act on, whatever layer the error came from. */
function unreadablePart(part: string, error: unknown, place: FilePlace = {}): UnreadableFileError {
  if (error instanceof UnreadableFileError) {
    // Thrown below the sheet's level (the zip entry, the XML text): say which sheet.
    if (error.place.sheet || !place.sheet) return error;
    return new UnreadableFileError(error.message, { cause: error.cause, code: error.code, advice: error.advice ?? undefined, place: { ...error.place, ...place } });
  }
  const e = error as NodeJS.ErrnoException;
  const message = firstLine(error);
  if (error instanceof ZipDamageError) return new UnreadableFileError(`${part} ${error.reason}`, { cause: error, place });
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) {
    return new UnreadableFileError(`${part} is damaged (its compressed data is corrupt: ${message})`, { cause: error, place });
  }
  const xml = /^(\d+):(\d+): (.*)$/.exec(message);
  if (xml) {
    return new UnreadableFileError(`${part} is not well-formed XML (line ${xml[1]}, column ${xml[2]}: ${xml[3]})`, { cause: error, place });
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    // exceljs tripping over a structure it does not expect: its message would mean nothing.
    return new UnreadableFileError(`${part} has a structure Twinlens cannot read`, { cause: error, place });
  }
  if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new UnreadableFileError(`${part} ends too early`, { cause: error, place });
  return new UnreadableFileError(`${part} cannot be read (${message})`, { cause: error, place });
}

// ---------------------------------------------------------------------------------------
// Workbook layout: which parts hold the sheets, strings and styles.

interface WorkbookLayout {
  sheets: SheetPart[];
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
  date1904: boolean;
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ''));
  return found;
}

/** A relationship target, relative to xl/ unless absolute, as a zip entry name. */
function resolveTarget(target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // keep it as written
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join('xl', decoded);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

/**
 * Reads workbook.xml and its relationships (small parts, read whole) to find the sheets in
 * the workbook's order with their names, wherever their parts are and however they are
 * named (`xl/worksheets/sheet.xml`, absolute targets, namespace prefixes: writers differ).
 */
async function workbookLayout(path: string, entries: readonly ZipEntry[]): Promise<WorkbookLayout> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const find = (name: string) => byName.get(name) ?? byLowerName.get(name.toLowerCase()) ?? null;
  // Read whole, through the same checks as the sheets; a few KB in any real workbook.
  const small = async (entry: ZipEntry | null, root: string) => {
    if (!entry) return null;
    if (entry.uncompressedSize > MAX_SMALL_PART) throw new UnreadableFileError(`${entry.name} is implausibly large (${entry.uncompressedSize} bytes)`);
    return asPart(entry.name, async () => {
      let text = '';
      for await (const piece of await partText(path, entry, root)) text += piece;
      return text;
    });
  };

  const relsEntry = find('xl/_rels/workbook.xml.rels');
  const workbookXml = await small(find('xl/workbook.xml'), 'workbook');
  const relsXml = await small(relsEntry, 'Relationships');
  const rels = new Map<string, { type: string; part: string }>();
  for (const m of (relsXml ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || !target || a.get('TargetMode') === 'External') continue;
    rels.set(id, { type: a.get('Type') ?? '', part: resolveTarget(target) });
  }
  const relOfType = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.part;

  const sheets: SheetPart[] = [];
  let listed = 0;
  for (const m of (workbookXml ?? '').matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const relId = [...a].find(([k]) => k.endsWith(':id'))?.[1];
    const name = a.get('name') ?? `Sheet${listed + 1}`;
    listed++;
    // A sheet entry without a relationship (seen for VBA modules) has no part to read.
    if (!relId) continue;
    const rel = rels.get(relId);
    if (!rel) {
      throw new UnreadableFileError(relsEntry
        ? `sheet "${name}" is listed in xl/workbook.xml but ${relsEntry.name} does not say where it is`
        : `xl/_rels/workbook.xml.rels is missing, so the sheets listed in xl/workbook.xml cannot be found`);
    }
    // Chart sheets, dialog sheets and macro sheets hold no rows.
    if (rel.type && !rel.type.endsWith('/worksheet')) continue;
    const entry = find(rel.part);
    if (!entry) throw new UnreadableFileError(`sheet "${name}" is listed in xl/workbook.xml but its part ${rel.part} is missing`);
    sheets.push({ name, entry });
  }
  if (listed === 0) {
    // No usable workbook.xml: every worksheet part, in number order, under its default name.
    const parts = entries.filter((e) => WORKSHEET_PART.test(e.name));
    const number = (e: ZipEntry) => Number(/(\d+)\.xml$/i.exec(e.name)?.[1] ?? 0);
    parts.sort((a, b) => number(a) - number(b) || a.name.localeCompare(b.name));
    for (const [i, entry] of parts.entries()) sheets.push({ name: `Sheet${number(entry) || i + 1}`, entry });
  }

  const workbookPr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml ?? '');
  const date1904 = workbookPr ? /^(1|true)$/i.test(attributes(workbookPr[0]).get('date1904') ?? '') : false;
  return {
    sheets,
    sharedStrings: find(relOfType('sharedStrings') ?? 'xl/sharedStrings.xml'),
    styles: find(relOfType('styles') ?? 'xl/styles.xml'),
    date1904,
  };
}

/**
 * Zip readers disagree on which of two same-named entries counts (some take the first,
 * Twinlens's map the last), so one file could show Excel one table and Twinlens another.
 * OOXML part names are case-insensitive, so names differing only in case clash too.
 */
function refuseDuplicateEntries(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (seen.has(key)) {
      throw new UnreadableFileError(`its zip archive holds two entries named ${entry.name}, so it is not clear which one is the workbook's`, {
        advice: 'Open it in Excel, save it again as .xlsx, and retry; if it did not come from someone you know, do not open it.',
      });
    }
    seen.add(key);
  }
}

/**
 * Checks, from the zip directory alone and before anything is inflated, that the parts
 * to be read stay within LIMITS. The directory may lie about sizes; EntryCheck stops an
 * entry that inflates to more than its declared size, so declared sizes bound actual ones.
 */
function checkPartSizes(layout: WorkbookLayout): void {
  const parts: Array<{ entry: ZipEntry; limit: number; place: FilePlace; what: string }> = [];
  if (layout.sharedStrings) parts.push({ entry: layout.sharedStrings, limit: LIMITS.maxSharedStringsBytes, place: {}, what: 'the shared strings' });
  if (layout.styles) parts.push({ entry: layout.styles, limit: LIMITS.maxStylesBytes, place: {}, what: 'the styles' });
  for (const sheet of layout.sheets) parts.push({ entry: sheet.entry, limit: LIMITS.maxPartBytes, place: { sheet: sheet.name }, what: `sheet "${sheet.name}"` });
  let total = 0;
  for (const { entry, limit, place, what } of parts) {
    const size = entry.uncompressedSize;
    total += size;
    const where = `${what} (${entry.name})`;
    if (size > limit) throw overLimit(`${where} would expand to ${formatBytes(size)}, more than the ${formatBytes(limit)} Twinlens reads`, place);
    const ratio = size / Math.max(1, entry.compressedSize);
    if (entry.method !== 0 && size > LIMITS.ratioFloorBytes && ratio > LIMITS.maxCompressionRatio) {
      throw overLimit(
        `${where} would expand ${Math.round(ratio)} times, to ${formatBytes(size)}: real spreadsheets compress at most about 30 times, so this looks like a decompression bomb`,
        place,
      );
    }
  }
  if (total > LIMITS.maxWorkbookXmlBytes) {
    throw overLimit(`its sheets would expand to ${formatBytes(total)} in all, more than the ${formatBytes(LIMITS.maxWorkbookXmlBytes)} Twinlens reads from one workbook`);
  }
}

// ---------------------------------------------------------------------------------------
// Part text: checked, decoded and normalised before exceljs's parsers see it.

interface PartTextOptions {
  /** Number rows and cells that carry no `r` reference (it is optional in the standard). */
  fillReferences?: boolean;
  onBytes?: (inflated: number) => void;
  /** The sheet the part holds, for refusals. */
  place?: FilePlace;
}

async function openPart(path: string, entry: ZipEntry, root: string, options: PartTextOptions): Promise<Readable> {
  return Readable.from(await partText(path, entry, root, options));
}

/** Opens the entry first, so a damaged header is reported before any text is asked for. */
async function partText(path: string, entry: ZipEntry, root: string, options: PartTextOptions = {}): Promise<AsyncGenerator<string>> {
  const stream = await openZipEntry(path, entry);
  return xmlText(stream, entry.name, root, options);
}

/** Largest workbook.xml or relationships part read whole. */
const MAX_SMALL_PART = 8 * 1024 * 1024;

/** Longest text held back waiting for the `>` of a tag cut by a chunk boundary. */
const MAX_CARRY = 1 << 16;
const FIRST_ELEMENT = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?(?=[\s/>])[^>]*?(\/?)>/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of one XML part, as strings, so that:
 * - UTF-8 characters cut by a chunk boundary are decoded whole (exceljs decodes each chunk
 *   on its own and turned "Medellín" into "Medell��n" now and then);
 * - a namespace prefix on the root element (`<x:worksheet>`, as the .NET Open XML SDK
 *   writes) is taken off every element, since exceljs matches bare names only;
 * - rows and cells without an `r` reference get one (exceljs needs it);
 * - a part that stops before its root element is closed is refused, not read as shorter.
 */
async function* xmlText(stream: Readable, part: string, root: string, options: PartTextOptions): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let first = true;
  let rootSeen = false;
  let rootClosed = false;
  let stripPrefix: RegExp | null = null;
  let tail = '';
  const references = options.fillReferences ? new ReferenceFiller() : null;
  const where = options.place?.sheet ? `sheet "${options.place.sheet}" (${part})` : part;
  const guard = new XmlShapeGuard((reason) => overLimit(`${where} holds ${reason}`, options.place));
  let inflated = 0;

  const normalise = (piece: string): string => {
    if (first) {
      first = false;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    if (!rootSeen) {
      const m = FIRST_ELEMENT.exec(piece);
      if (m) {
        rootSeen = true;
        const [prefix, local] = m[2] === undefined ? [null, m[1]!] : [m[1]!, m[2]];
        if (local !== root) throw new UnreadableFileError(`${part} is not a ${root} part (its root element is <${m[0].slice(1).split(/[\s/>]/)[0]}>)`);
        if (m[3] === '/') rootClosed = true;
        if (prefix) stripPrefix = new RegExp(`<(/?)${escapeRegExp(prefix)}:`, 'g');
      }
    }
    guard.scan(piece);
    if (stripPrefix) piece = piece.replace(stripPrefix, '<$1');
    if (references) piece = references.fill(piece);
    tail = piece.length >= 512 ? piece.slice(-512) : (tail + piece).slice(-512);
    return piece;
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      options.onBytes?.(inflated);
      let text = carry + decoder.write(chunk);
      // Hold back a tag cut by the chunk boundary, so every piece holds whole tags.
      const open = text.lastIndexOf('<');
      if (open >= 0 && text.indexOf('>', open) < 0 && text.length - open <= MAX_CARRY) {
        carry = text.slice(open);
        text = text.slice(0, open);
      } else {
        carry = '';
      }
      if (text) yield normalise(text);
    }
    const rest = carry + decoder.end();
    if (rest) yield normalise(rest);
  } finally {
    stream.destroy();
  }
  if (!rootSeen) throw new UnreadableFileError(`${part} holds no XML (it is empty or not text)`);
  if (!rootClosed && !closesRoot(root, tail)) throw incomplete(part);
}

/** Whether `tail`, the end of a part, closes its root element (comments and PIs may follow). */
function closesRoot(root: string, tail: string): boolean {
  return new RegExp(`</(?:[\\w.-]+:)?${escapeRegExp(root)}\\s*>(?:\\s|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>)*$`).test(tail);
}

const incomplete = (part: string) => new UnreadableFileError(`${part} ends before its XML is complete (the file may have been cut off)`);

const TAG_WITH_REFERENCE = /<(row|c)(?=[\s/>])([^>]*)>/g;
const REFERENCE = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Gives `<row>` and `<c>` their implied `r`: the next row, the next column. Writers give
 * every row and cell a reference or none; once the first row and cell of a sheet both
 * have one, the rest of the sheet passes untouched (the rewrite costs ~15% of a read).
 */
class ReferenceFiller {
  private row = 0;
  private column = 0;
  private seenRow = false;
  private seenCell = false;
  private needed = false;

  fill(text: string): string {
    if (this.seenRow && this.seenCell && !this.needed) return text;
    return text.replace(TAG_WITH_REFERENCE, (tag, name: string, attrs: string) => {
      const m = REFERENCE.exec(attrs);
      const ref = m ? (m[1] ?? m[2] ?? '') : null;
      if (ref === null) this.needed = true;
      if (name === 'row') this.seenRow = true;
      else this.seenCell = true;
      if (name === 'row') {
        const n = ref === null ? NaN : Number.parseInt(ref, 10);
        this.row = Number.isFinite(n) && n > 0 ? n : this.row + 1;
        this.column = 0;
        return ref === null || !Number.isFinite(n) ? `<row r="${this.row}"${attrs.replace(REFERENCE, '')}>` : tag;
      }
      const cell = ref === null ? null : /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
      if (cell) {
        this.column = columnNumber(cell[1]!);
        return tag;
      }
      this.column++;
      return `<c r="${columnLetters(this.column)}${Math.max(this.row, 1)}"${attrs.replace(REFERENCE, '')}>`;
    });
  }
}
