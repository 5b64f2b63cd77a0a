import type { IssueText } from '../../shared/issues.js';
import type { FilePlace } from './file-kind.js';
import type { EncodedRows } from './row-batch-codec.js';

/** From the importing thread: read a workbook, send one more batch, or drop the rest of a sheet. */
export type ToXlsxWorker =
  | { type: 'read'; path: string; credits: number }
  | { type: 'credit' }
  | { type: 'skip'; sheet: number };

/** An error of the reader, as data: an UnreadableFileError keeps its reason's key and arguments, place, code and advice. */
export type WorkerFailure =
  | { unreadable: true; reason: IssueText; place: FilePlace; code: string; advice: IssueText | null }
  | { unreadable: false; message: string };

/** From the reading thread, in the workbook's order. */
export type FromXlsxWorker =
  | { type: 'sheet'; sheet: number; name: string }
  | { type: 'rows'; sheet: number; rows: EncodedRows; bytes: number; total: number }
  | { type: 'sheetEnd'; sheet: number }
  | { type: 'done' }
  | { type: 'error'; error: WorkerFailure };
