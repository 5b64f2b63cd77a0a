import type { Column } from './DataTable.js';

/** The columns every table of import errors and warnings shows, in the order people read them. */
export const ISSUE_COLUMNS: Column[] = [
  { key: 'file', label: 'File', width: 160 },
  { key: 'sheet', label: 'Sheet', width: 160 },
  { key: 'row', label: 'Row', numeric: true, width: 70 },
  { key: 'column', label: 'Column', width: 130 },
  { key: 'message', label: 'Message', width: 640 },
];
