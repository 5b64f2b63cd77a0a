import type { Translator } from '../../src-main/shared/i18n/index.js';
import type { Column } from './DataTable.js';

/** The columns every table of import errors and warnings shows, in the order people read them, headed in the app's language. */
export function issueColumns(t: Translator): Column[] {
  return [
    { key: 'file', label: t.t('issues.file'), width: 160 },
    { key: 'sheet', label: t.t('issues.sheet'), width: 160 },
    { key: 'row', label: t.t('issues.row'), numeric: true, width: 70 },
    { key: 'column', label: t.t('issues.column'), width: 130 },
    { key: 'message', label: t.t('issues.message'), width: 640 },
  ];
}
