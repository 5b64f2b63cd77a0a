import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellValue, PairingColumn, PairingRow, PairingsQuery } from '../../src-main/shared/api-contract.js';
import { PAIRING_COLUMNS } from '../../src-main/shared/api-values.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { call, request } from '../api/client.js';
import { type Column, DataTable, type SortState } from '../components/DataTable.js';
import { PairingCard } from '../components/PairingCard.js';
import { ErrorState } from '../components/States.js';
import type { ViewProps } from './view-props.js';

const BLOCK = 500;

const COLUMNS: ReadonlyArray<Column & { key: PairingColumn }> = [
  { key: 'pairing_id', label: 'ID', width: 90 },
  { key: 'title', label: 'Title', width: 230 },
  { key: 'members', label: 'Members', width: 220 },
  { key: 'regions', label: 'Regions', width: 200 },
  { key: 'themes', label: 'Themes', width: 260 },
  { key: 'status', label: 'Status', width: 100 },
  { key: 'start_date', label: 'Start', width: 110 },
  { key: 'end_date', label: 'End', width: 110 },
  { key: 'stakeholders', label: 'Stakeholders', numeric: true, width: 120 },
  { key: 'participants', label: 'Participants', numeric: true, width: 120 },
  { key: 'activities', label: 'Activities', numeric: true, width: 100 },
];

const cells = (row: PairingRow): CellValue[] => COLUMNS.map((c) => row[c.key]);

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The pairings in scope, searched and sorted by the core and fetched in blocks as the table
 * scrolls, so a programme of 100k pairings never travels whole.
 */
function usePairingPages(filters: Filters, search: string, sort: { column: PairingColumn; direction: 'asc' | 'desc' }, version: number) {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [settled, setSettled] = useState(false);
  const [, setTick] = useState(0);
  const blocks = useRef(new Map<number, PairingRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  // The generation the blocks belong to: until the new query's first block arrives, the old
  // rows stay on screen (no flash of an empty table on every keystroke or sort).
  const shownGeneration = useRef(0);
  const key = JSON.stringify({ filters, search, sort, version });

  const query = useCallback(
    (offset: number, limit: number): PairingsQuery => ({ filters, search, sort, offset, limit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  const loadBlock = useCallback(
    (index: number) => {
      const current = shownGeneration.current === generation.current;
      if ((current && blocks.current.has(index)) || pending.current.has(index)) return;
      pending.current.add(index);
      const mine = generation.current;
      void call('pairings/list', query(index * BLOCK, BLOCK)).then((result) => {
        if (mine !== generation.current) return;
        pending.current.delete(index);
        if (!result.ok) return setError(new Error(result.error.message));
        if (shownGeneration.current !== mine) {
          blocks.current = new Map();
          shownGeneration.current = mine;
          setSettled(true);
        }
        blocks.current.set(index, result.value.rows);
        setTotal(result.value.total);
        setTick((t) => t + 1);
      });
    },
    [query],
  );

  useEffect(() => {
    generation.current += 1;
    pending.current = new Set();
    setError(null);
    setSettled(false);
    loadBlock(0);
  }, [loadBlock]);

  const rowAt = (i: number) => {
    if (shownGeneration.current !== generation.current && !blocks.current.has(Math.floor(i / BLOCK))) return undefined;
    const block = blocks.current.get(Math.floor(i / BLOCK));
    const row = block?.[i % BLOCK];
    return row ? cells(row) : undefined;
  };
  const rowObject = (i: number) => blocks.current.get(Math.floor(i / BLOCK))?.[i % BLOCK];
  const onRange = useCallback(
    (from: number, to: number) => {
      for (let b = Math.floor(from / BLOCK); b <= Math.floor(Math.max(from, to - 1) / BLOCK); b++) loadBlock(b);
    },
    [loadBlock],
  );
  const allRows = async () => {
    const out: CellValue[][] = [];
    const count = total ?? 0;
    for (let offset = 0; offset < count; offset += 5000) {
      const page = await request('pairings/list', query(offset, 5000));
      out.push(...page.rows.map(cells));
    }
    return out;
  };
  return { total, error, settled, rowAt, rowObject, onRange, allRows, retry: () => loadBlock(0) };
}

export function Pairings({ filters, version, initialSearch }: ViewProps & { initialSearch: string }) {
  const [search, setSearch] = useState(initialSearch);
  const [sort, setSort] = useState<{ column: PairingColumn; direction: 'asc' | 'desc' }>({ column: 'pairing_id', direction: 'asc' });
  const [open, setOpen] = useState<string | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => setSearch(initialSearch), [initialSearch]);
  const debounced = useDebounced(search, 200);
  const pages = usePairingPages(filters, debounced.trim(), sort, version);

  useEffect(() => {
    // "/" jumps to the search box, as in most data tools.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        e.preventDefault();
        searchBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onSort = useCallback((next: SortState) => {
    if (next && (PAIRING_COLUMNS as readonly string[]).includes(next.column)) setSort({ column: next.column as PairingColumn, direction: next.direction });
  }, []);

  const toolbar = useMemo(
    () => (
      <input
        ref={searchBox}
        type="search"
        className="table-search"
        placeholder="Search pairings (press /)"
        aria-label="Search pairings"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
    ),
    [search],
  );

  return (
    <div className="view-stack">
      {pages.error && <ErrorState what="The pairings" error={pages.error} onRetry={pages.retry} />}
      <section className="card">
        <DataTable
          name="pairings"
          caption="Pairings in scope"
          columns={COLUMNS}
          rowCount={pages.total ?? 0}
          rowAt={pages.rowAt}
          onRange={pages.onRange}
          allRows={pages.allRows}
          sort={sort}
          onSort={onSort}
          onActivate={(i) => {
            const row = pages.rowObject(i);
            if (row) setOpen(row.pairing_id);
          }}
          height={560}
          toolbar={toolbar}
          loading={!pages.settled && !pages.error}
          search={debounced.trim()}
          emptyText={debounced.trim() ? `No pairing in scope matches “${debounced.trim()}”.` : 'No pairings match these filters.'}
        />
      </section>
      {open && <PairingCard pairingId={open} version={version} filters={filters} onClose={() => setOpen(null)} />}
    </div>
  );
}
