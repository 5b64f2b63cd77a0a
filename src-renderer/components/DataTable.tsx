import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { request } from '../api/client.js';
import { saveFile } from '../lib/download.js';
import { useT } from '../i18n/language.js';
import { display, searchIndex, searchRows } from '../lib/table-text.js';
import { copyText, toTsv } from '../lib/tsv.js';

export { searchRows } from '../lib/table-text.js';

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  /** Width in px; the rest share what is left. */
  width?: number;
  /**
   * Draws the cell (a coloured status, a small line) instead of its text; the text stays
   * what is exported, copied, searched and given as the cell's tooltip. `index` is the row's
   * place in the table, for a table whose rows are more than their cells (a page's objects).
   */
  render?: (value: CellValue, row: readonly CellValue[], index: number) => ReactNode;
  /** False for a column the table cannot sort by (its header is then plain text). */
  sortable?: boolean;
}

export type SortState = { column: string; direction: 'asc' | 'desc' } | null;

export interface TableProps {
  /** Names exported files, and the table for tests (data-table attribute). */
  name: string;
  caption: string;
  columns: readonly Column[];
  rowCount: number;
  /** The row at index i as cells in column order, or undefined while it loads. */
  rowAt: (index: number) => readonly CellValue[] | undefined;
  /** Rows from..to (exclusive) are about to be shown: load them if needed. */
  onRange?: (from: number, to: number) => void;
  /** Every row as shown (filtered, sorted), for export and copy. */
  allRows: () => Promise<CellValue[][]>;
  sort?: SortState;
  onSort?: (sort: SortState) => void;
  onActivate?: (index: number) => void;
  height?: number;
  toolbar?: ReactNode;
  emptyText?: string;
  loading?: boolean;
  /** The search the rows answer, for people (announced) and tests (data-search). */
  search?: string;
  /** Show the selected row in full under the table (for long texts such as error messages). */
  showSelected?: boolean;
  /** How showSelected lays out the row (at `index` in the table); a list of every column otherwise. */
  renderSelected?: (row: readonly CellValue[], index: number) => ReactNode;
}

const ROW_HEIGHT = 32;
const OVERSCAN = 8;

/**
 * A virtualised table: only the rows in view are in the DOM, so 100k rows scroll smoothly.
 * Sortable headers, arrow-key navigation, Enter to open a row; exports exactly what it shows
 * (Excel or CSV) and copies it as tab-separated text.
 */
export function DataTable(props: TableProps) {
  const { columns, rowCount, rowAt, onRange, sort, onSort, onActivate, height = 480 } = props;
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const visible = Math.ceil(height / ROW_HEIGHT) + OVERSCAN * 2;
  const last = Math.min(rowCount, first + visible);

  useEffect(() => {
    onRange?.(first, last);
  }, [first, last, onRange]);

  useEffect(() => {
    setActive((a) => (a >= rowCount ? rowCount - 1 : a));
  }, [rowCount]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rowCount - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const top = next * ROW_HEIGHT;
    const headerSpace = ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT * 2 > el.scrollTop + el.clientHeight - headerSpace) el.scrollTop = top + ROW_HEIGHT * 2 - el.clientHeight + headerSpace;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rowCount === 0) return;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(rowCount - 1),
      Enter: () => active >= 0 && onActivate?.(active),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const toggleSort = (key: string) => {
    if (!onSort) return;
    if (sort?.column !== key) onSort({ column: key, direction: 'asc' });
    else onSort({ column: key, direction: sort.direction === 'asc' ? 'desc' : 'asc' });
  };

  const shown = async (): Promise<CellValue[][]> => props.allRows();
  const headers = columns.map((c) => c.label);

  const exportAs = async (format: 'xlsx' | 'csv') => {
    setStatus(t.t('table.preparing'));
    try {
      const rows = await shown();
      saveFile(await request('export/table', { format, name: `twinlens-${props.name}`, columns: headers, rows }));
      setStatus(t.t('table.saved', { count: rows.length, format: format === 'xlsx' ? 'Excel' : 'CSV' }));
    } catch (error) {
      setStatus(t.t('table.exportFailed', { message: (error as Error).message }));
    }
  };
  const copy = async () => {
    try {
      const rows = await shown();
      const done = await copyText(toTsv(headers, rows));
      setStatus(done ? t.t('table.copied', { count: rows.length }) : t.t('table.clipboardRefused'));
    } catch (error) {
      setStatus(t.t('table.copyFailed', { message: (error as Error).message }));
    }
  };

  // A column is never narrower than its heading: a longer language (French, Spanish) widens it instead of cutting the word.
  const template = useMemo(
    () =>
      columns
        .map((c) => {
          const heading = headingWidth(c.label);
          return c.width ? `${Math.max(c.width, heading)}px` : `minmax(${Math.max(120, heading)}px, 1fr)`;
        })
        .join(' '),
    [columns],
  );
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const row = rowAt(i);
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 2}
        className={`grid-row${i === active ? ' active' : ''}${onActivate ? ' clickable' : ''}`}
        style={{ top: (i + 1) * ROW_HEIGHT, gridTemplateColumns: template }}
        onClick={() => {
          setActive(i);
          onActivate?.(i);
        }}
      >
        {columns.map((c, j) => {
          const text = row ? display(row[j] ?? null, c.numeric, t) : '…';
          return (
            <div role="cell" key={c.key} className={c.numeric ? 'num' : undefined} title={text.length > 24 ? text : undefined} data-text={c.render ? text : undefined}>
              {row && c.render ? c.render(row[j] ?? null, row, i) : text}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div className="data-table" data-table={props.name} aria-busy={props.loading ?? false} data-search={props.search ?? ''}>
      <div className="table-toolbar">
        {props.toolbar}
        <span className="table-count" aria-live="polite">
          {props.loading && rowCount === 0 ? t.t('table.loading') : t.t('table.rows', { count: rowCount })}
        </span>
        <span className="spacer" />
        <button type="button" className="small" onClick={() => void copy()} disabled={rowCount === 0}>
          {t.t('table.copy')}
        </button>
        <button type="button" className="small" onClick={() => void exportAs('csv')} disabled={rowCount === 0}>
          CSV
        </button>
        <button type="button" className="small" onClick={() => void exportAs('xlsx')} disabled={rowCount === 0}>
          {t.t('table.excel')}
        </button>
      </div>
      <div
        ref={scroller}
        className="grid-scroller"
        style={{ height }}
        tabIndex={0}
        role="table"
        aria-label={props.caption}
        aria-rowcount={rowCount + 1}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div className="grid-body" style={{ height: (rowCount + 1) * ROW_HEIGHT }}>
          <div role="row" className="grid-row grid-head" style={{ gridTemplateColumns: template }}>
            {columns.map((c) => {
              const sorted = sort?.column === c.key ? sort.direction : null;
              return (
                <div
                  role="columnheader"
                  key={c.key}
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  {onSort && c.sortable !== false ? (
                    <button type="button" className="sort-button" onClick={() => toggleSort(c.key)} data-column={c.key}>
                      <span>{c.label}</span>
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </div>
              );
            })}
          </div>
          {rows}
        </div>
        {rowCount === 0 && !props.loading && <div className="empty-state table-empty">{props.emptyText ?? t.t('table.noRows')}</div>}
      </div>
      {props.showSelected && active >= 0 && rowAt(active) && props.renderSelected && <div aria-live="polite">{props.renderSelected(rowAt(active)!, active)}</div>}
      {props.showSelected && active >= 0 && rowAt(active) && !props.renderSelected && (
        <dl className="row-detail" aria-live="polite">
          {columns.map((c, j) => (
            <div key={c.key}>
              <dt>{c.label}</dt>
              <dd>{display(rowAt(active)![j] ?? null, c.numeric, t) || '—'}</dd>
            </div>
          ))}
        </dl>
      )}
      {props.showSelected && active < 0 && rowCount > 0 && <p className="table-status">{t.t('table.select')}</p>}
      {status && (
        <p className="table-status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

/** Sorts plain rows the way the table shows them: numbers by value, text by locale, blanks last. */
export function sortRows(rows: readonly CellValue[][], columnIndex: number, direction: 'asc' | 'desc'): CellValue[][] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[columnIndex] ?? null;
    const b = y[columnIndex] ?? null;
    if (a === null || a === '') return b === null || b === '' ? 0 : 1;
    if (b === null || b === '') return -1;
    if (typeof a === 'number' && typeof b === 'number') return (a - b) * sign;
    return collator.compare(String(a), String(b)) * sign;
  });
}

type LocalTableProps = Omit<TableProps, 'rowCount' | 'rowAt' | 'allRows' | 'sort' | 'onSort' | 'search'> & {
  rows: CellValue[][];
  initialSort?: SortState;
  /** Adds a search box over every cell, its placeholder saying what is searched ("Search outcomes"). */
  searchLabel?: string;
  /** Enter or a click on a row, given the row as shown (searched and sorted here, so an index would not say which). */
  onActivateRow?: (row: readonly CellValue[]) => void;
};

/** A table over rows held in memory, sorted (and searched, when asked) on the client. */
export function LocalTable(props: LocalTableProps) {
  const [sort, setSort] = useState<SortState>(props.initialSort ?? null);
  const t = useT();
  const [query, setQuery] = useState('');
  const searchable = Boolean(props.searchLabel);
  const index = useMemo(() => (searchable ? searchIndex(props.rows, props.columns, t) : []), [props.rows, props.columns, searchable, t]);
  const found = useMemo(() => (searchable ? searchRows(props.rows, props.columns, query, index) : props.rows), [props.rows, props.columns, query, index, searchable]);
  const sorted = useMemo(() => {
    if (!sort) return found;
    const index = props.columns.findIndex((c) => c.key === sort.column);
    return index < 0 ? found : sortRows(found, index, sort.direction);
  }, [found, props.columns, sort]);
  const { rows: _rows, initialSort: _initial, searchLabel, toolbar, emptyText, onActivateRow, ...rest } = props;
  const q = query.trim();
  const search = searchLabel ? (
    <input type="search" className="table-search" placeholder={searchLabel} aria-label={searchLabel} value={query} onChange={(e) => setQuery(e.target.value)} />
  ) : null;
  return (
    <DataTable
      {...rest}
      toolbar={
        search || toolbar ? (
          <>
            {search}
            {toolbar}
          </>
        ) : undefined
      }
      search={q}
      emptyText={q && props.rows.length > 0 ? t.t('table.noMatch', { search: q }) : emptyText}
      rowCount={sorted.length}
      rowAt={(i) => sorted[i]}
      onActivate={onActivateRow ? (i) => sorted[i] && onActivateRow(sorted[i]!) : props.onActivate}
      allRows={async () => sorted}
      sort={sort}
      onSort={setSort}
    />
  );
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** The width a column heading needs: its text in the header's bold font, the padding and the sort mark. */
function headingWidth(label: string): number {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) return 0;
  const body = getComputedStyle(document.body);
  measuring.font = `600 ${body.fontSize} ${body.fontFamily}`;
  // 20 px of padding, 16 for the sort mark, 2 to spare for rounding.
  return Math.ceil(measuring.measureText(label).width) + 38;
}
