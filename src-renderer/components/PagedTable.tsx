import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { type PagedMethod, type QueryOf, type RowOf, usePages } from '../api/use-pages.js';
import { useDebounced } from '../lib/use-debounced.js';
import { type Column, DataTable, type SortState } from './DataTable.js';
import { ErrorState } from './States.js';
import { useT } from '../i18n/language.js';

/** A column that may draw itself from the whole row object (a small line from its series). */
export type PagedColumn<R> = Column & { renderRow?: (row: R) => ReactNode };

type Sort = { column: string; direction: 'asc' | 'desc' };

export interface PagedTableProps<M extends PagedMethod> {
  method: M;
  /** The query beyond its search and sort: the filters, and what else the method takes. */
  query: Omit<QueryOf<M>, 'search' | 'sort'>;
  version: number;
  /** Names exported files, and the table for tests (data-table attribute). */
  name: string;
  caption: string;
  columns: ReadonlyArray<PagedColumn<RowOf<M>>>;
  /** The columns the method sorts by (the contract's list); the others' headers do not sort. */
  sortColumns: readonly string[];
  initialSort: Sort;
  /** A row as the table's cells, in column order: shown, searched by the core alike, exported and copied. */
  cells: (row: RowOf<M>) => CellValue[];
  /** The search box's placeholder and label ("Search outcomes"). */
  searchLabel: string;
  /** In px, or from the number of rows (a short table for a few). */
  height: number | ((rows: number) => number);
  emptyText: string;
  /** Enter or a click on a row. */
  onActivate?: (row: RowOf<M>) => void;
  showSelected?: boolean;
  renderSelected?: (row: RowOf<M>, cells: readonly CellValue[]) => ReactNode;
  /** Something else the rows wait for (the indicators being recomputed). */
  busy?: boolean;
}

/**
 * A table whose rows the core searches, sorts and hands over a page at a time (usePages),
 * with the search box, sortable headers, keyboard, export and copy of LocalTable: a
 * programme's 290k indicators scroll without ever travelling whole.
 */
export function PagedTable<M extends PagedMethod>(props: PagedTableProps<M>) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>(props.initialSort);
  const debounced = useDebounced(search.trim(), 200);
  const query = { ...props.query, search: debounced, sort } as QueryOf<M>;
  const pages = usePages(props.method, query, props.cells, props.version);
  const { rowObject } = pages;

  const sortable = useMemo(() => new Set(props.sortColumns), [props.sortColumns]);
  const onSort = useCallback((next: SortState) => {
    if (next && sortable.has(next.column)) setSort(next);
  }, [sortable]);

  const { columns: given, renderSelected, onActivate } = props;
  const columns = useMemo(
    () =>
      given.map(({ renderRow, ...c }): Column => ({
        ...c,
        sortable: sortable.has(c.key),
        ...(renderRow
          ? {
              render: (_v: CellValue, _cells: readonly CellValue[], i: number) => {
                const row = rowObject(i);
                return row ? renderRow(row) : null;
              },
            }
          : {}),
      })),
    [given, sortable, rowObject],
  );

  const total = pages.total ?? 0;
  const waiting = (!pages.settled && !pages.error) || search.trim() !== debounced || Boolean(props.busy);
  return (
    <>
      {pages.error && <ErrorState title={t.t('error.table', { caption: props.caption })} error={pages.error} onRetry={pages.retry} />}
      <DataTable
        name={props.name}
        caption={props.caption}
        columns={columns}
        rowCount={total}
        rowAt={pages.rowAt}
        onRange={pages.onRange}
        allRows={pages.allRows}
        sort={sort}
        onSort={onSort}
        {...(onActivate
          ? {
              onActivate: (i: number) => {
                const row = rowObject(i);
                if (row) onActivate(row);
              },
            }
          : {})}
        height={typeof props.height === 'function' ? props.height(total) : props.height}
        toolbar={
          <input type="search" className="table-search" placeholder={props.searchLabel} aria-label={props.searchLabel} value={search} onChange={(e) => setSearch(e.target.value)} />
        }
        loading={waiting}
        search={debounced}
        emptyText={debounced ? t.t('table.noMatch', { search: debounced }) : props.emptyText}
        {...(props.showSelected ? { showSelected: true } : {})}
        {...(renderSelected
          ? {
              renderSelected: (cells: readonly CellValue[], i: number) => {
                const row = rowObject(i);
                return row ? renderSelected(row, cells) : null;
              },
            }
          : {})}
      />
    </>
  );
}
