import { issueText } from '../../shared/issues.js';
import { overLimit } from './file-kind.js';
import { LIMITS } from './limits.js';
import type { SheetRow, SheetSource } from './sheet-source.js';

/**
 * A CSV's rows, refused at the first cell longer than Excel allows. (The workbook reader
 * checks its cells itself, as it reads them; a CSV is bounded in memory by the file size
 * limit, so this is about what reaches the project, not memory.)
 */
export function withCellLimit(source: SheetSource): SheetSource {
  return { name: source.name, rows: checked(source.rows, source.name) };
}

async function* checked(rows: AsyncIterable<SheetRow[]>, sheet: string | null): AsyncGenerator<SheetRow[]> {
  for await (const batch of rows) {
    for (const row of batch) {
      for (let i = 0; i < row.cells.length; i++) {
        const cell = row.cells[i];
        if (typeof cell === 'string' && cell.length > LIMITS.maxCellChars) {
          throw overLimit(
            issueText('issue.reader.csvCellTooLong', { row: String(row.number), column: String(i + 1), length: cell.length, max: LIMITS.maxCellChars }),
            { sheet, row: row.number },
          );
        }
      }
    }
    yield batch;
  }
}
