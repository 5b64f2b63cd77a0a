import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { dateStyles, percentStyles } from './date-styles.js';
import { type IssueText, issueText } from '../../shared/issues.js';
import { type FilePlace, firstLine, overLimit, UnreadableFileError } from './file-kind.js';
import { LIMITS, formatBytes } from './limits.js';
import { partText } from './part-text.js';
import { readSharedStrings } from './shared-strings.js';
import type { ByteProgress, SheetRow, SheetSource } from './sheet-source.js';
import { type CellContext, WorksheetScanner } from './worksheet-scanner.js';
import { attributes } from './xml-text.js';
import { type ZipEntry, ZipDamageError, ZipLimitError, readZipDirectory } from './zip-directory.js';

/**
 * Streams a workbook sheet by sheet, in the workbook's own order, so memory stays flat
 * however many rows it holds. A sheet's rows must be consumed before the next sheet is
 * asked for; rows left unread are skipped. Anything that keeps the file from being read
 * whole and right throws an UnreadableFileError saying which part is at fault.
 *
 * Twinlens reads the parts itself, straight from the zip's central directory, with its own
 * scanners (WorksheetScanner, readSharedStrings, dateStyles) rather than a general XML
 * parser: a programme's import is mostly this read, and a SAX parser handing over every
 * tag and text node took four fifths of it.
 */
export async function* readXlsxSheets(path: string, onBytes?: ByteProgress): AsyncGenerator<SheetSource> {
  const total = (await stat(path)).size;
  if (total > LIMITS.maxFileBytes) throw overLimit(issueText('issue.reader.fileTooLarge', { size: formatBytes(total), max: formatBytes(LIMITS.maxFileBytes) }));
  let entries: ZipEntry[] | null;
  try {
    entries = await readZipDirectory(path, total);
  } catch (error) {
    if (error instanceof ZipLimitError) throw overLimit(error.text);
    throw error;
  }
  if (!entries) throw new UnreadableFileError(issueText('issue.reader.zipDamaged'));
  refuseDuplicateEntries(entries);
  const layout = await workbookLayout(path, entries);
  checkPartSizes(layout);

  let sharedStrings: Array<string | null> | null = null;
  if (layout.sharedStrings) {
    const part = layout.sharedStrings;
    sharedStrings = await asPart(partName(part.name), async () => readSharedStrings(await partText(path, part, 'sst')));
  }
  // Without strings, a cell that refers to one is refused rather than read as blank.
  if (sharedStrings?.length === 0) sharedStrings = null;
  let styles = { date: [] as boolean[], percent: [] as boolean[] };
  if (layout.styles) {
    const part = layout.styles;
    styles = await asPart(partName(part.name), async () => {
      const xml = await wholeText(await partText(path, part, 'styleSheet'));
      return { date: dateStyles(xml), percent: percentStyles(xml) };
    });
  }
  const context: CellContext = { sharedStrings, dateStyles: styles.date, percentStyles: styles.percent, date1904: layout.date1904 };

  const totalXml = layout.sheets.reduce((sum, s) => sum + s.entry.uncompressedSize, 0) || 1;
  let doneXml = 0;
  for (const sheet of layout.sheets) {
    const where = issueText('issue.reader.where.sheet', { sheet: sheet.name, part: sheet.entry.name });
    const text = await asPart(
      where,
      () =>
        partText(path, sheet.entry, 'worksheet', {
          place: { sheet: sheet.name },
          // The scanner checks the text's shape as it reads it: one pass, not two.
          guardedByReader: true,
          onBytes: (inflated) => onBytes?.(Math.min(1, (doneXml + inflated) / totalXml) * total, total),
        }),
      { sheet: sheet.name },
    );
    try {
      yield { name: sheet.name, rows: rowsOf(text, new WorksheetScanner(context, sheet.name, sheet.entry.name), where, sheet.name) };
    } finally {
      await text.return(undefined);
    }
    doneXml += sheet.entry.uncompressedSize;
  }
}

/** The rows of one sheet, a batch per piece of its text: one await serves hundreds of rows. */
async function* rowsOf(text: AsyncGenerator<string>, scanner: WorksheetScanner, where: PartName, sheet: string): AsyncGenerator<SheetRow[]> {
  const place = { sheet };
  for (;;) {
    let next: IteratorResult<string>;
    let rows: SheetRow[];
    try {
      next = await text.next();
      rows = next.done ? scanner.end() : scanner.push(next.value);
    } catch (error) {
      throw unreadablePart(where, error, place);
    }
    if (rows.length > 0) yield rows;
    if (next.done) return;
  }
}

async function wholeText(pieces: AsyncIterable<string>): Promise<string> {
  const all: string[] = [];
  for await (const piece of pieces) all.push(piece);
  return all.join('');
}

/** A part as a reason names it: its zip entry, or which sheet it holds. */
type PartName = IssueText;
const partName = (part: string): PartName => issueText('issue.reader.where.part', { part });

/** Runs `work` on one part; whatever goes wrong is reported as that part being unreadable. */
async function asPart<T>(part: PartName, work: () => Promise<T>, place: FilePlace = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw unreadablePart(part, error, place);
  }
}

/** A sentence fragment a person can act on, whatever layer the error came from. */
function unreadablePart(part: PartName, error: unknown, place: FilePlace = {}): UnreadableFileError {
  if (error instanceof UnreadableFileError) {
    // Thrown below the sheet's level (the zip entry, the XML text): say which sheet.
    if (error.place.sheet || !place.sheet) return error;
    return new UnreadableFileError(error.reason, { cause: error.cause, code: error.code, advice: error.advice ?? undefined, place: { ...error.place, ...place } });
  }
  const e = error as NodeJS.ErrnoException;
  const message = firstLine(error);
  if (error instanceof ZipDamageError) return new UnreadableFileError(issueText('issue.reader.partZip', { part, detail: error.reason }), { cause: error, place });
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) {
    return new UnreadableFileError(issueText('issue.reader.partCorrupt', { part, detail: message }), { cause: error, place });
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    // A structure the reader does not expect: the engine's message would mean nothing to a person.
    return new UnreadableFileError(issueText('issue.reader.partStructure', { part }), { cause: error, place });
  }
  if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new UnreadableFileError(issueText('issue.reader.partEndsEarly', { part }), { cause: error, place });
  return new UnreadableFileError(issueText('issue.reader.partUnreadable', { part, detail: message }), { cause: error, place });
}

// ---------------------------------------------------------------------------------------
// Workbook layout: which parts hold the sheets, strings and styles.

interface SheetPart {
  name: string;
  entry: ZipEntry;
}

interface WorkbookLayout {
  sheets: SheetPart[];
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
  date1904: boolean;
}

/** Largest workbook.xml or relationships part read whole. */
const MAX_SMALL_PART = 8 * 1024 * 1024;

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

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
    if (entry.uncompressedSize > MAX_SMALL_PART) throw new UnreadableFileError(issueText('issue.reader.partImplausible', { part: partName(entry.name), size: String(entry.uncompressedSize) }));
    return asPart(partName(entry.name), async () => wholeText(await partText(path, entry, root)));
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
        ? issueText('issue.reader.sheetNotLocated', { sheet: name, rels: relsEntry.name })
        : issueText('issue.reader.relsMissing'));
    }
    // Chart sheets, dialog sheets and macro sheets hold no rows.
    if (rel.type && !rel.type.endsWith('/worksheet')) continue;
    const entry = find(rel.part);
    if (!entry) throw new UnreadableFileError(issueText('issue.reader.sheetPartMissing', { sheet: name, part: rel.part }));
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
      throw new UnreadableFileError(issueText('issue.reader.duplicateEntry', { entry: entry.name }), {
        advice: issueText('issue.reader.adviceDuplicate'),
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
  const parts: Array<{ entry: ZipEntry; limit: number; place: FilePlace; where: IssueText }> = [];
  if (layout.sharedStrings) parts.push({ entry: layout.sharedStrings, limit: LIMITS.maxSharedStringsBytes, place: {}, where: issueText('issue.reader.where.sharedStrings', { part: layout.sharedStrings.name }) });
  if (layout.styles) parts.push({ entry: layout.styles, limit: LIMITS.maxStylesBytes, place: {}, where: issueText('issue.reader.where.styles', { part: layout.styles.name }) });
  for (const sheet of layout.sheets) parts.push({ entry: sheet.entry, limit: LIMITS.maxPartBytes, place: { sheet: sheet.name }, where: issueText('issue.reader.where.sheet', { sheet: sheet.name, part: sheet.entry.name }) });
  let total = 0;
  for (const { entry, limit, place, where } of parts) {
    const size = entry.uncompressedSize;
    total += size;
    if (size > limit) throw overLimit(issueText('issue.reader.partExpands', { where, size: formatBytes(size), max: formatBytes(limit) }), place);
    const ratio = size / Math.max(1, entry.compressedSize);
    if (entry.method !== 0 && size > LIMITS.ratioFloorBytes && ratio > LIMITS.maxCompressionRatio) {
      throw overLimit(
        issueText('issue.reader.bomb', { where, ratio: String(Math.round(ratio)), size: formatBytes(size) }),
        place,
      );
    }
  }
  if (total > LIMITS.maxWorkbookXmlBytes) {
    throw overLimit(issueText('issue.reader.sheetsExpand', { size: formatBytes(total), max: formatBytes(LIMITS.maxWorkbookXmlBytes) }));
  }
}
