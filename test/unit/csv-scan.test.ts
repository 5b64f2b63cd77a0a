import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvSheet, sniffSeparator } from '../../src-main/core/import/csv-reader.js';
import { plainRecordCount } from '../../src-main/core/import/csv-scan.js';
import { UnreadableFileError } from '../../src-main/core/import/file-kind.js';

const OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true } as const;

/** What the reader makes of `text`: rows of cells (blank as ''), or the error it throws. */
async function readerRows(text: string): Promise<{ rows: string[][] } | { error: string }> {
  const rows: string[][] = [];
  try {
    for await (const batch of csvSheet(text).rows) {
      for (const row of batch) {
        expect(row.number).toBe(rows.length + 1);
        rows.push(row.cells.map((c) => (c === null ? '' : String(c))));
      }
    }
    return { rows };
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    return { error: (error as Error).message };
  }
}

function csvParseRows(text: string, delimiter: string): { rows: string[][] } | { error: true } {
  try {
    return { rows: parse(text, { ...OPTIONS, delimiter }) as string[][] };
  } catch {
    return { error: true };
  }
}

// Quotes, separators and every kind of line end, where the fast scan and csv-parse could part.
const piece = fc.constantFrom('a', 'b', 'xy', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', 'é', '\ufeff');
const csvText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('CSV records read as csv-parse reads them', () => {
  test('random texts: same records, or both refuse', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        const ours = await readerRows(text);
        const theirs = csvParseRows(text, sniffSeparator(text));
        if ('error' in theirs) expect(ours).toHaveProperty('error');
        else expect(ours).toEqual({ rows: theirs.rows });
      }),
      { numRuns: 3000 },
    );
  });

  test('well-formed files of quoted and plain values, any line end', async () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'ü', '語'), maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { minLength: 1, maxLength: 5 }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), async (records, eol) => {
        const text = records.map((r) => r.map((v) => (/[",\r\n]/.test(v) || v.startsWith(' ') ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join(eol);
        const ours = await readerRows(text);
        expect(ours).toEqual({ rows: parse(text, { ...OPTIONS, delimiter: ',' }) });
      }),
      { numRuns: 1000 },
    );
  });

  test('a text called plain is one DuckDB may read: its records as csv-parse counts them, no empty line', () => {
    const plainPiece = fc.constantFrom('a', 'b', 'xy', ',', ';', '"', '""', '\n', '\r\n', ' ', '\t', 'é');
    fc.assert(
      fc.property(fc.oneof(csvText, fc.array(plainPiece, { maxLength: 40 }).map((p) => p.join(''))), (text) => {
        const delimiter = sniffSeparator(text);
        const n = plainRecordCount(text, delimiter);
        if (n === null) return;
        const theirs = csvParseRows(text, delimiter);
        expect(theirs).not.toHaveProperty('error');
        const rows = (theirs as { rows: string[][] }).rows;
        expect(n).toBe(rows.length);
        for (const row of rows) {
          // A lone blank value is a quoted "" here, never an empty line (read_csv would skip that).
          if (row.length === 1 && row[0] === '') expect(text).toContain('""');
        }
      }),
      { numRuns: 5000 },
    );
    expect(plainRecordCount('a,b\n1,2\n', ',')).toBe(2);
    expect(plainRecordCount('a,b\r\n1,2', ',')).toBe(2);
    expect(plainRecordCount('a,b\n\n1,2\n', ',')).toBeNull();
    expect(plainRecordCount('a,b\nx,"1\n2",3\n', ',')).toBe(2);
  });

  test('a quote never closed is located at the row it opens on', async () => {
    const rows = ['h1,h2', ...Array.from({ length: 5000 }, (_, i) => `v${i},w${i}`)];
    rows.splice(4000, 0, 'x,"never closed');
    const ours = await readerRows(rows.join('\n'));
    expect(ours).toEqual({ error: expect.stringContaining('starts in row 4001 is never closed') });
  });
});
