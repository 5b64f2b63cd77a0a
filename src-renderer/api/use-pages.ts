import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArg, ApiMethod, ApiResult, CellValue, Page } from '../../src-main/shared/api-contract.js';
import { MAX_PAGE_ROWS } from '../../src-main/shared/api-values.js';
import { call, request } from './client.js';

/** The contract's methods that answer one page of a table the core searches and sorts. */
export type PagedMethod = {
  [M in ApiMethod]: ApiResult<M> extends Page<unknown> ? (ApiArg<M> extends { offset: number; limit: number } ? M : never) : never;
}[ApiMethod];
export type RowOf<M extends PagedMethod> = ApiResult<M> extends Page<infer R> ? R : never;
/** Everything of the query but the page's place: what makes it another table. */
export type QueryOf<M extends PagedMethod> = Omit<ApiArg<M>, 'offset' | 'limit'>;

export interface Pages<R> {
  /** Rows in all, or null before the first answer. */
  total: number | null;
  error: Error | null;
  /** The rows shown answer the current query (false while a new search or sort is on its way). */
  settled: boolean;
  rowAt: (index: number) => CellValue[] | undefined;
  rowObject: (index: number) => R | undefined;
  onRange: (from: number, to: number) => void;
  /** Every row of the query as cells, page after page: for export and copy. */
  allRows: () => Promise<CellValue[][]>;
  retry: () => void;
}

const BLOCK = 500;

/**
 * A table the core searches and sorts, fetched in blocks as it scrolls, so a programme of
 * hundreds of thousands of rows never travels whole. `cells` turns a row into the table's
 * cells, in its column order.
 */
export function usePages<M extends PagedMethod>(method: M, query: QueryOf<M>, cells: (row: RowOf<M>) => CellValue[], version: number): Pages<RowOf<M>> {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  // The query the rows on screen answer: settled the moment the query changes, not one effect later.
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const blocks = useRef(new Map<number, Array<RowOf<M>>>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  // The generation the blocks belong to: until the new query's first block arrives, the old
  // rows stay on screen (no flash of an empty table on every keystroke or sort).
  const shownGeneration = useRef(0);
  const toCells = useRef(cells);
  toCells.current = cells;
  // Compared as JSON: a query built afresh on every render is still the same table.
  const key = JSON.stringify({ method, query, version });
  const latest = useRef(query);
  latest.current = query;
  const pageOf = (offset: number, limit: number) => ({ ...latest.current, offset, limit }) as ApiArg<M>;

  const fetchPage = useCallback(
    (offset: number, limit: number) => call(method, pageOf(offset, limit)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  const loadBlock = useCallback(
    (index: number) => {
      const current = shownGeneration.current === generation.current;
      if ((current && blocks.current.has(index)) || pending.current.has(index)) return;
      pending.current.add(index);
      const mine = generation.current;
      void fetchPage(index * BLOCK, BLOCK).then((result) => {
        if (mine !== generation.current) return;
        pending.current.delete(index);
        if (!result.ok) return setError(new Error(result.error.message));
        const page = result.value as Page<RowOf<M>>;
        if (shownGeneration.current !== mine) {
          blocks.current = new Map();
          shownGeneration.current = mine;
          setShownKey(key);
        }
        blocks.current.set(index, page.rows);
        setTotal(page.total);
        setTick((t) => t + 1);
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fetchPage],
  );

  useEffect(() => {
    generation.current += 1;
    pending.current = new Set();
    setError(null);
    loadBlock(0);
  }, [loadBlock]);

  const rowObject = useCallback((i: number) => blocks.current.get(Math.floor(i / BLOCK))?.[i % BLOCK], []);
  const rowAt = (i: number) => {
    if (shownGeneration.current !== generation.current && !blocks.current.has(Math.floor(i / BLOCK))) return undefined;
    const row = rowObject(i);
    return row ? toCells.current(row) : undefined;
  };
  const onRange = useCallback(
    (from: number, to: number) => {
      for (let b = Math.floor(from / BLOCK); b <= Math.floor(Math.max(from, to - 1) / BLOCK); b++) loadBlock(b);
    },
    [loadBlock],
  );
  const allRows = async () => {
    const out: CellValue[][] = [];
    const count = total ?? 0;
    const blocksOf = Math.ceil(count / BLOCK);
    // A short table is already here whole: export and copy it without asking again.
    if (shownGeneration.current === generation.current && Array.from({ length: blocksOf }, (_, b) => blocks.current.has(b)).every(Boolean)) {
      for (let b = 0; b < blocksOf; b++) out.push(...blocks.current.get(b)!.map(toCells.current));
      return out;
    }
    for (let offset = 0; offset < count; offset += MAX_PAGE_ROWS) {
      const page = (await request(method, pageOf(offset, MAX_PAGE_ROWS))) as Page<RowOf<M>>;
      out.push(...page.rows.map(toCells.current));
    }
    return out;
  };
  return { total, error, settled: shownKey === key, rowAt, rowObject, onRange, allRows, retry: () => loadBlock(0) };
}
