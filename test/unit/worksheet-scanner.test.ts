/**
 * The workbook reader's own scanners read cells as Excel shows them, whatever the shape of
 * the XML and wherever the reader's pieces of text are cut. Where exceljs's SAX-based
 * reader (used before) differed from Excel, the cases are here: formula results of 0,
 * FALSE or an error, formula dates, booleans, rich inline text, phonetic readings, the
 * whitespace of pretty-printed strings, CR LF line breaks and ISO dates.
 */
import { describe, expect, test } from 'vitest';
import type { Cell } from '../../src-main/core/import/cell.js';
import { dateStyles, isDateFormat, isPercentFormat, percentStyles } from '../../src-main/core/import/date-styles.js';
import { UnreadableFileError } from '../../src-main/core/import/file-kind.js';
import { readSharedStrings } from '../../src-main/core/import/shared-strings.js';
import type { SheetRow } from '../../src-main/core/import/sheet-source.js';
import { type CellContext, WorksheetScanner, excelSerialToDate } from '../../src-main/core/import/worksheet-scanner.js';

const STRINGS = ['Rotterdam', 'Surat', 'Medellín & Co', 'line\nbreak'];
const CONTEXT: CellContext = { sharedStrings: STRINGS, dateStyles: [false, true, false], date1904: false };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function sheet(rows: string): string {
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
}

/** Rows read from `xml` cut into the given pieces. */
function scan(pieces: string[], context: CellContext = CONTEXT): SheetRow[] {
  const scanner = new WorksheetScanner(context, 'Pairings', 'xl/worksheets/sheet1.xml');
  const rows: SheetRow[] = [];
  for (const piece of pieces) rows.push(...scanner.push(piece));
  rows.push(...scanner.end());
  return rows;
}

const values = (rows: SheetRow[]) => rows.map((r) => [r.number, ...r.cells] as Array<number | Cell>);

/**
 * Cuts `xml` at `at`, moved back to the start of a tag when it falls inside one: the part
 * reader hands over pieces that hold whole tags, but text may be cut anywhere.
 */
function cutAt(xml: string, at: number): string[] {
  const open = xml.lastIndexOf('<', at - 1);
  const close = xml.lastIndexOf('>', at - 1);
  const cut = open > close ? open : at;
  return [xml.slice(0, cut), xml.slice(cut)];
}

const EVERY_KIND = sheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="D1"><v>42</v></c><c r="E1"><v>-3.5E2</v></c></row>' +
    '<row r="2"><c r="A2" s="1"><v>45292</v></c><c r="B2" t="d"><v>2024-03-01</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
    '<row r="3"><c r="A3"><f>B3*0</f><v>0</v></c><c r="B3" t="b"><f>1=2</f><v>0</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" s="1"><f>TODAY()</f><v>45293</v></c><c r="E3" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c></row>' +
    '<row r="5"><c r="A5" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Last run: </t></r><r><t>05-Jul-2023</t></r></is></c><c r="B5" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c><c r="C5" t="inlineStr"><is><t>two\r\nlines &#13;kept</t></is></c></row>' +
    '<row r="6"><c r="A6" s="2"/><c r="B6"><v></v></c><c r="C6" t="s"><v>3</v></c><c r="E6" t="str"><v><![CDATA[<b>not markup</b>]]></v></c></row>',
);
const EVERY_KIND_ROWS = [
  [1, 'Rotterdam', 'Medellín & Co', null, 42, -350],
  [2, day('2024-01-01'), day('2024-03-01'), true, false, '#N/A'],
  [3, 0, false, '#DIV/0!', day('2024-01-02'), 'a&b'],
  [5, 'Last run: 05-Jul-2023', '漢字', 'two\nlines \rkept'],
  [6, null, null, 'line\nbreak', null, '<b>not markup</b>'],
];

describe('worksheet scanner', () => {
  test('every kind of cell reads as Excel shows it', () => {
    expect(values(scan([EVERY_KIND]))).toEqual(EVERY_KIND_ROWS);
  });

  test('the same rows wherever the text is cut', () => {
    for (let at = 1; at < EVERY_KIND.length; at++) {
      expect(values(scan(cutAt(EVERY_KIND, at))), `cut at ${at}`).toEqual(EVERY_KIND_ROWS);
    }
  });

  test('rows and cells without references follow the ones before them, wherever the text is cut', () => {
    const xml = sheet(
      '<row><c><v>1</v></c><c/><c t="inlineStr"><is><t>three</t></is></c></row><row r="4"><c r="$B$4"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>',
    );
    const expected = [
      [1, 1, null, 'three'],
      [4, null, 5, 6],
      [5, 7],
    ];
    for (let at = 1; at < xml.length; at++) expect(values(scan(cutAt(xml, at))), `cut at ${at}`).toEqual(expected);
  });

  test('a prefixed worksheet reads the same once the part reader has taken the prefix off', () => {
    // part-text.ts strips the root's prefix from every element; attributes keep theirs.
    const xml = sheet('<row r="1" x14ac:dyDescent="0.25"><c r="A1" t="s" xml:foo="1"><v>1</v></c></row>');
    expect(values(scan([xml]))).toEqual([[1, 'Surat']]);
  });

  test('a tag longer than the part reader holds back may arrive cut inside its attributes', () => {
    const long = 'x'.repeat(70_000);
    const xml = sheet(`<row r="1" note="${long}"><c r="A1" t="s" note="${long}"><v>0</v></c><c r="B1"><v>2</v></c></row>`);
    for (const at of [xml.indexOf('note=') + 100, xml.lastIndexOf('note=') + 100]) {
      expect(values(scan([xml.slice(0, at), xml.slice(at)])), `cut at ${at}`).toEqual([[1, 'Rotterdam', 2]]);
    }
  });

  test('dates in the 1904 system', () => {
    expect(values(scan([sheet('<row r="1"><c r="A1" s="1"><v>43830</v></c></row>')], { ...CONTEXT, date1904: true }))).toEqual([[1, day('2024-01-01')]]);
    // Serial 61 is 1 March 1900 (Excel counts a 29 February 1900 that never was, as Lotus did).
    expect(excelSerialToDate(61, false)).toEqual(day('1900-03-01'));
  });

  test('a self-closing row is a row with no cells', () => {
    expect(values(scan([sheet('<row r="2" spans="1:3"/><row r="3"><c r="A3"><v>1</v></c></row>')]))).toEqual([[2], [3, 1]]);
  });

  test('damage and limits are refused with the row they are in', () => {
    const refused = (xml: string, context: CellContext = CONTEXT) => {
      try {
        scan([xml], context);
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableFileError);
        return error as UnreadableFileError;
      }
      throw new Error('not refused');
    };
    const missing = refused(sheet('<row r="7"><c r="A7" t="s"><v>9</v></c></row>'));
    expect(missing.message).toMatch(/sheet "Pairings".*row 7, refers to text that is not in the workbook's shared strings/);
    expect(missing.place).toMatchObject({ sheet: 'Pairings', row: 7 });
    expect(refused(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), { ...CONTEXT, sharedStrings: null }).message).toMatch(/shared strings/);
    expect(refused(sheet('<row r="1048577"><c r="A1"><v>1</v></c></row>')).code).toBe('over-limit');
    expect(refused(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')).message).toMatch(/past column XFD/);
    const long = refused(sheet(`<row r="3"><c r="B3" t="inlineStr"><is><t>${'x'.repeat(32_768)}</t></is></c></row>`));
    expect(long.message).toMatch(/cell B3, holds 32,768 characters/);
    expect(refused('<worksheet><sheetData><row r="2"><c r="A2"><v>1</v>').message).toMatch(/after row 2 is never closed/);
  });

  test('the shape of the XML is checked in the same pass, the commonest cell included', () => {
    const refusal = (pieces: string[]) => {
      try {
        scan(pieces);
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableFileError);
        return (error as UnreadableFileError).message;
      }
      return null;
    };
    // worksheet, sheetData, then `wrappers` elements, then row, c and v: 64 levels are allowed.
    const nested = (wrappers: number) => sheet(`${'<x>'.repeat(wrappers)}<row r="1"><c r="A1"><v>1</v></c></row>${'</x>'.repeat(wrappers)}`);
    expect(refusal([nested(59)])).toBeNull();
    expect(refusal([nested(60)])).toMatch(/sheet "Pairings" \(xl\/worksheets\/sheet1\.xml\) holds XML nested more than 64 elements deep/);
    expect(refusal(cutAt(nested(60), 300))).toMatch(/nested more than 64 elements deep/);
    // A value of the commonest shape, `<v>...</v></c>`, is a text run like any other.
    const run = sheet(`<row r="1"><c r="A1"><v>${'1'.repeat(1024 * 1024 + 1)}</v></c></row>`);
    expect(refusal([run])).toMatch(/holds a text longer than 1,048,576 characters/);
    expect(refusal(cutAt(run, 200_000))).toMatch(/holds a text longer than 1,048,576 characters/);
    expect(refusal([sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('<worksheet', '<!DOCTYPE w [<!ENTITY a "b">]><worksheet')])).toMatch(/DOCTYPE/);
    // Whatever the cuts, each element is counted once: a sheet 62 deep reads whole in any pieces.
    const deep = nested(59);
    for (let at = 1; at < deep.length; at += 7) expect(refusal(cutAt(deep, at))).toBeNull();
  });
});

describe('shared strings', () => {
  const SST =
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6">\n' +
    '  <si>\n    <t>Rotterdam</t>\n  </si>\n' +
    '  <si><r><rPr><b/></rPr><t>Medell</t></r><r><t>ín</t></r></si>\n' +
    '  <si><t>豊田</t><rPh sb="0" eb="2"><t>トヨタ</t></rPh><phoneticPr fontId="1"/></si>\n' +
    '  <si/>\n  <si><t/></si>\n  <si><t xml:space="preserve"> a &amp; b </t></si>\n</sst>';
  const EXPECTED = ['Rotterdam', 'Medellín', '豊田', null, null, ' a & b '];

  async function* pieces(parts: string[]): AsyncGenerator<string> {
    yield* parts;
  }

  test('items are their text: runs joined, phonetic readings and layout whitespace left out', async () => {
    expect(await readSharedStrings(pieces([SST]))).toEqual(EXPECTED);
  });

  test('the same items wherever the text is cut', async () => {
    for (let at = 1; at < SST.length; at += 3) {
      expect(await readSharedStrings(pieces(cutAt(SST, at))), `cut at ${at}`).toEqual(EXPECTED);
    }
  });
});

describe('date styles', () => {
  test('number formats that show dates, as Excel and exceljs decide', () => {
    for (const code of ['yyyy-mm-dd', 'd-mmm-yy', '[$-409]mmmm d, yyyy;@', 'h:mm AM/PM', '[h]:mm:ss', 'B2yyyy']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0 "days"', '[Red]0.0', '0%', '@', '"yyyy"0']) expect(isDateFormat(code), code).toBe(false);
  });

  test('cell styles in order, by built-in or custom format; cell style formats do not count', () => {
    const styles =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" applyNumberFormat="1"><alignment/></xf><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="3"/><xf numFmtId="47"/></cellXfs></styleSheet>';
    expect(dateStyles(styles)).toEqual([false, true, true, false, false, true]);
  });
});

describe('percentage styles', () => {
  test('number formats that show a percentage', () => {
    for (const code of ['0%', '0.00%', '#,##0.0%;[Red]-0.0%']) expect(isPercentFormat(code), code).toBe(true);
    for (const code of ['0.00', '"%"0', '[$%-409]0', 'General']) expect(isPercentFormat(code), code).toBe(false);
  });

  test('built-in 9 and 10 and custom codes with %, in cell style order', () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    expect(percentStyles(styles)).toEqual([false, true, true, true, false]);
  });

  test('a number in a percentage style is read as Excel shows it: the fraction times 100, with %', () => {
    const context: CellContext = { ...CONTEXT, dateStyles: [false, false], percentStyles: [false, true] };
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>0.4537</v></c><c r="B1" s="1"><v>1</v></c><c r="C1" s="0"><v>0.45</v></c><c r="D1" s="1" t="str"><f>X</f><v>n/a</v></c></row>');
    expect(values(scan([xml], context))).toEqual([[1, '45.37%', '100%', 0.45, 'n/a']]);
  });
});
