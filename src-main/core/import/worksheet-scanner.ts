import { type IssueText, issueText } from '../../shared/issues.js';
import type { Cell } from './cell.js';
import { UnreadableFileError, overLimit } from './file-kind.js';
import { LIMITS } from './limits.js';
import type { SheetRow } from './sheet-source.js';
import { characterData, stringItemText } from './xml-text.js';
import { XmlShapeGuard } from './xml-shape-guard.js';

/** What a worksheet's cells refer to elsewhere in the workbook. */
export interface CellContext {
  /** The shared strings, or null when the workbook has none. */
  sharedStrings: ReadonlyArray<string | null> | null;
  /** For each cell style index, whether its number format shows a date or time. */
  dateStyles: readonly boolean[];
  /** For each cell style index, whether its number format shows a percentage. */
  percentStyles?: readonly boolean[];
  date1904: boolean;
}

/**
 * A number cell as its style shows it: a date, a percentage as text (the fraction times 100
 * and `%`, so that `0.45` formatted as a percentage reads as Excel shows it, "45%"), or the
 * number itself.
 */
function styledNumber(number: number, style: number, context: CellContext): Cell {
  if (context.dateStyles[style]) return excelSerialToDate(number, context.date1904);
  // toPrecision(15) drops the binary noise of the product (0.4537 * 100 = 45.370000000000005).
  if (context.percentStyles?.[style]) return `${Number((number * 100).toPrecision(15))}%`;
  return number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const DOLLAR = 0x24;
const LETTER_A = 0x41;
const LETTER_Z = 0x5a;
const LETTER_C = 0x63;
const LETTER_R = 0x72;
const LETTER_S = 0x73;
const LETTER_T = 0x74;

/** Whether the character after a tag name ends it (so `<c` is a cell, `<col` is not). */
const endsName = (code: number) => code === GT || code === SLASH || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Serial day 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
const MS_PER_DAY = 86_400_000;
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/**
 * Reads the rows of one worksheet part from its text, piece by piece, without building an
 * XML tree: it jumps from tag to tag with indexOf and looks only at `<row>`, `<c>` and what
 * a cell holds (`<v>`, `<is>`). This is the floor of an xlsx read (inflate, decode, one
 * scan), several times faster than a SAX parser handing over every tag and text node.
 *
 * What makes this safe: it checks the text's shape with XmlShapeGuard (no DOCTYPE, bounded
 * text runs and depth) as it reads it, in the same pass: the guard reads what the scanner
 * reads, except the commonest cell, `<c ...><v>42</v></c>`, which the scanner has read whole
 * and tells the guard about (one pass over the bytes, not two). The text arrives with its
 * namespace prefix taken off, and every piece holds whole tags. Cell content may still be
 * cut between pieces; a cell is read only once its `</c>` has arrived.
 */
export class WorksheetScanner {
  /** Text of a cell whose end has not arrived yet. */
  private pending: string[] = [];
  private pendingChars = 0;
  private cells: Cell[] | null = null;
  private rowNumber = 0;
  private column = 0;
  private rowsRead = 0;
  private readonly guard: XmlShapeGuard;
  /** How far into the text being scanned the guard has checked. */
  private guardedTo = 0;

  constructor(
    private readonly context: CellContext,
    private readonly sheet: string,
    private readonly part: string,
  ) {
    this.guard = this.newGuard();
  }

  /** The sheet and its part, as a reason names them. */
  private where(): IssueText {
    return issueText('issue.reader.where.sheet', { sheet: this.sheet, part: this.part });
  }

  private newGuard(): XmlShapeGuard {
    return new XmlShapeGuard((reason) => overLimit(issueText('issue.reader.holds', { where: this.where(), detail: reason }), { sheet: this.sheet }));
  }

  /** Checks text[guardedTo, to) with the guard: everything the scanner consumes, once and in order. */
  private guardTo(text: string, to: number): void {
    if (to <= this.guardedTo) return;
    this.guard.scan(this.guardedTo === 0 && to === text.length ? text : text.slice(this.guardedTo, to));
    this.guardedTo = to;
  }

  /** The rows completed by this piece of the part's text. */
  push(piece: string): SheetRow[] {
    if (this.pending.length > 0) {
      // Inside a cell (or a tag longer than a piece): read again from its start. What is
      // held is bounded (see hold), so reading it again stays cheap.
      this.pending.push(piece);
      piece = this.pending.join('');
      this.pending = [];
      this.pendingChars = 0;
    }
    const rows: SheetRow[] = [];
    this.guardedTo = 0;
    const stop = this.scan(piece, rows);
    this.guardTo(piece, stop);
    if (stop < piece.length) this.hold(piece.slice(stop));
    return rows;
  }

  /** The rows left when the part's text has ended. */
  end(): SheetRow[] {
    if (this.pending.length > 0) {
      throw new UnreadableFileError(issueText('issue.reader.tagNeverClosed', { where: this.where(), row: String(this.rowNumber) }), {
        place: { sheet: this.sheet, row: this.rowNumber },
      });
    }
    const rows: SheetRow[] = [];
    if (this.cells) this.endRow(rows);
    return rows;
  }

  private hold(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    // Not checked by the guard until it is consumed: what it holds could only be a run this long.
    if (this.pendingChars > LIMITS.maxXmlRunChars) this.newGuard().scan(this.pending.join(''));
    if (this.pendingChars > LIMITS.maxXmlRunChars * 4) {
      throw overLimit(issueText('issue.reader.xmlRunTooLong', { sheet: this.sheet, row: String(this.rowNumber), max: LIMITS.maxXmlRunChars * 4 }), {
        sheet: this.sheet,
        row: this.rowNumber,
      });
    }
  }

  /** Reads whole rows and cells from `text`; returns where an unfinished cell or tag starts, or text.length. */
  private scan(text: string, rows: SheetRow[]): number {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) break;
      const c1 = text.charCodeAt(lt + 1);
      if (c1 === LETTER_C && endsName(text.charCodeAt(lt + 2))) {
        if (this.cells === null) {
          i = lt + 2; // a cell outside any row holds nothing a row can show
          continue;
        }
        const next = this.cell(text, lt);
        if (next < 0) return lt;
        i = next;
      } else if (c1 === LETTER_R && text.startsWith('row', lt + 1) && endsName(text.charCodeAt(lt + 4))) {
        const next = this.startRow(text, lt, rows);
        if (next < 0) return lt;
        i = next;
      } else if (c1 === SLASH && text.startsWith('row', lt + 2) && endsName(text.charCodeAt(lt + 5))) {
        if (this.cells) this.endRow(rows);
        i = lt + 5;
      } else {
        i = lt + 1;
      }
    }
    return n;
  }

  private startRow(text: string, lt: number, rows: SheetRow[]): number {
    const gt = this.readTag(text, lt + 4);
    if (gt < 0) return -1;
    if (this.cells) this.endRow(rows); // a row left open: what it held still counts
    const number = this.rStart < 0 ? NaN : digitsAt(text, this.rStart, this.rEnd);
    this.rowNumber = number > 0 ? number : this.rowNumber + 1;
    if (++this.rowsRead > LIMITS.maxRows || this.rowNumber > LIMITS.maxRows) {
      throw overLimit(issueText('issue.reader.tooManyRows', { sheet: this.sheet, max: LIMITS.maxRows }), { sheet: this.sheet, row: this.rowNumber });
    }
    this.cells = [];
    this.column = 0;
    if (text.charCodeAt(gt - 1) === SLASH) this.endRow(rows);
    return gt + 1;
  }

  private endRow(rows: SheetRow[]): void {
    const cells = this.cells!;
    // Columns skipped by references are holes; the importer wants nulls.
    for (let k = 0; k < cells.length; k++) if (cells[k] === undefined) cells[k] = null;
    rows.push({ number: this.rowNumber, cells });
    this.cells = null;
  }

  // The attributes of the tag last read by readTag, as offsets into its text (-1: absent).
  private rStart = -1;
  private rEnd = -1;
  private sStart = -1;
  private sEnd = -1;
  private tStart = -1;
  private tEnd = -1;

  /**
   * Reads the attributes of the tag whose name ends at `from`, noting where its `r`, `s`
   * and `t` values lie; returns the index of its `>`. By hand and without copying: this
   * runs for every cell of a sheet, and they carry two or three attributes each.
   */
  private readTag(text: string, from: number): number {
    this.rStart = this.sStart = this.tStart = -1;
    let k = from;
    for (;;) {
      const code = text.charCodeAt(k);
      if (code === GT) return k;
      if (code <= 0x20 || code === SLASH) {
        k++;
        continue;
      }
      if (Number.isNaN(code)) return text.indexOf('>', from);
      const nameStart = k;
      while (k < text.length && text.charCodeAt(k) !== EQUALS && text.charCodeAt(k) > 0x20) k++;
      const single = k - nameStart === 1 ? text.charCodeAt(nameStart) : 0;
      while (k < text.length && text.charCodeAt(k) !== EQUALS) k++;
      k++;
      while (text.charCodeAt(k) <= 0x20) k++;
      const quote = text.charCodeAt(k);
      if (quote !== QUOTE && quote !== APOSTROPHE) return text.indexOf('>', k);
      const close = text.indexOf(quote === QUOTE ? '"' : "'", k + 1);
      if (close < 0) return text.indexOf('>', k);
      if (single === LETTER_R) {
        this.rStart = k + 1;
        this.rEnd = close;
      } else if (single === LETTER_S) {
        this.sStart = k + 1;
        this.sEnd = close;
      } else if (single === LETTER_T) {
        this.tStart = k + 1;
        this.tEnd = close;
      }
      k = close + 1;
    }
  }

  /** Reads the cell whose tag starts at `lt`; returns the index after it, or -1 if its end is not in `text`. */
  private cell(text: string, lt: number): number {
    const gt = this.readTag(text, lt + 2);
    if (gt < 0) return -1;
    const column = (this.rStart < 0 ? 0 : columnAt(text, this.rStart, this.rEnd)) || this.column + 1;
    const style = this.sStart < 0 ? 0 : digitsAt(text, this.sStart, this.sEnd) || 0;
    const type = this.tStart < 0 ? 'n' : text.slice(this.tStart, this.tEnd);
    if (column > LIMITS.maxColumns) {
      throw overLimit(issueText('issue.reader.pastXfd', { sheet: this.sheet, row: String(this.rowNumber) }), { sheet: this.sheet, row: this.rowNumber });
    }
    if (text.charCodeAt(gt - 1) === SLASH) {
      this.column = column;
      return gt + 1;
    }

    let value: Cell;
    let end: number;
    // The common shape, `<c ...><v>42</v></c>`, read in place; anything else the long way.
    const v = gt + 1;
    const valueEnd = text.startsWith('<v>', v) ? text.indexOf('<', v + 3) : -1;
    if (valueEnd > 0 && text.startsWith('</v></c>', valueEnd)) {
      if (this.guard.holding) {
        this.guardTo(text, valueEnd + 8);
      } else {
        this.guardTo(text, lt);
        this.guard.balancedElement(2, valueEnd - v - 3);
        this.guardedTo = valueEnd + 8;
      }
      value = this.simpleValue(text, v + 3, valueEnd, type, style);
      end = valueEnd + 8;
    } else {
      const close = closingTag(text, v);
      if (close < 0) return -1;
      end = text.indexOf('>', close) + 1;
      // Its shape first: a hostile cell is refused for what it is before its value is read.
      this.guardTo(text, end);
      const content = text.slice(v, close);
      value = content === '' ? null : this.value(content, type, style);
    }
    // Only now: a cell whose end has not arrived is read again, from its start, later.
    this.column = column;
    if (value !== null) {
      if (typeof value === 'string' && value.length > LIMITS.maxCellChars) {
        throw overLimit(
          issueText('issue.reader.cellTooLong', { sheet: this.sheet, cell: `${columnLetters(column)}${this.rowNumber}`, length: value.length, max: LIMITS.maxCellChars }),
          { sheet: this.sheet, row: this.rowNumber },
        );
      }
      this.cells![column - 1] = value;
    }
    return end;
  }

  /** A `<v>` value lying at text[from, to): shared string indices and integers read in place. */
  private simpleValue(text: string, from: number, to: number, type: string, style: number): Cell {
    if (from === to) return null;
    if (type === 's') {
      const index = digitsAt(text, from, to);
      if (!Number.isNaN(index)) return this.sharedString(index);
    }
    if (type === 'n') {
      const whole = integerAt(text, from, to);
      const number = Number.isNaN(whole) ? Number.parseFloat(text.slice(from, to)) : whole;
      if (!Number.isNaN(number)) return styledNumber(number, style, this.context);
    }
    return this.value(text.slice(from - 3, to + 4), type, style);
  }

  private sharedString(index: number): Cell {
    const strings = this.context.sharedStrings;
    if (strings === null || !(Number.isInteger(index) && index >= 0 && index < strings.length)) {
      throw new UnreadableFileError(issueText('issue.reader.missingSharedString', { where: this.where(), row: String(this.rowNumber) }), {
        place: { sheet: this.sheet, row: this.rowNumber },
      });
    }
    return strings[index] ?? null;
  }

  /**
   * A cell's value from its content and type (ECMA-376 §18.3.1.4): shared string index,
   * inline string, formula string result, boolean, error, ISO date, or number (a date
   * when its style's number format shows one). A formula's cached result is its value.
   */
  private value(content: string, type: string, style: number): Cell {
    if (type === 'inlineStr') {
      const is = /<is(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/is\s*>)/.exec(content);
      if (is) return is[1] ? stringItemText(is[1]) : null;
    }
    const raw = valueText(content);
    if (raw === null || raw === '') return null;
    switch (type) {
      case 's':
        return this.sharedString(Number(raw.trim()));
      case 'str':
      case 'inlineStr':
      case 'e':
        return characterData(raw);
      case 'b':
        return Number.parseInt(raw, 10) !== 0;
      case 'd': {
        const date = new Date(raw.trim());
        return Number.isNaN(date.getTime()) ? characterData(raw) : date;
      }
      default: {
        const number = Number.parseFloat(raw);
        // Not a number after all: the text is kept, so validation can say what the cell holds.
        if (Number.isNaN(number)) return raw.trim() === '' ? null : characterData(raw);
        return styledNumber(number, style, this.context);
      }
    }
  }
}

/** The non-negative integer written in text[from, to) as digits only; NaN otherwise. */
function digitsAt(text: string, from: number, to: number): number {
  if (from >= to || to - from > 15) return NaN;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** An integer written in text[from, to) as an optional minus and digits; NaN otherwise. */
function integerAt(text: string, from: number, to: number): number {
  if (text.charCodeAt(from) === 0x2d) return -digitsAt(text, from + 1, to);
  return digitsAt(text, from, to);
}

/** The column number of the reference in text[from, to), such as "B7" or "$AA$3"; 0 when it is not one. */
function columnAt(text: string, from: number, to: number): number {
  let n = 0;
  let letters = 0;
  for (let k = from; k < to; k++) {
    let code = text.charCodeAt(k);
    if (code === DOLLAR && letters === 0) continue;
    if (code >= 0x61) code -= 0x20;
    if (code < LETTER_A || code > LETTER_Z) break;
    n = n * 26 + (code - 64);
    if (++letters > 3) return 0;
  }
  return n;
}

/** The raw text of the cell's `<v>` element, or null when it has none. */
function valueText(content: string): string | null {
  let at = content.indexOf('<v');
  while (at >= 0 && !endsName(content.charCodeAt(at + 2))) at = content.indexOf('<v', at + 2);
  if (at < 0) return null;
  const gt = content.indexOf('>', at);
  if (gt < 0 || content.charCodeAt(gt - 1) === SLASH) return null;
  const close = content.indexOf('</v', gt);
  return close < 0 ? null : content.slice(gt + 1, close);
}

/** Where the `</c>` closing the cell whose content starts at `from` begins, or -1. */
function closingTag(text: string, from: number): number {
  let at = text.indexOf('</c', from);
  while (at >= 0) {
    const after = text.charCodeAt(at + 3);
    if (after === GT || endsName(after)) return text.indexOf('>', at) < 0 ? -1 : at;
    at = text.indexOf('</c', at + 3);
  }
  return -1;
}

export function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
