import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellValue, PairingColumn, PairingRow } from '../../src-main/shared/api-contract.js';
import { PAIRING_COLUMNS } from '../../src-main/shared/api-values.js';
import { usePages } from '../api/use-pages.js';
import { type Column, DataTable, type SortState } from '../components/DataTable.js';
import { PairingCard } from '../components/PairingCard.js';
import { ErrorState } from '../components/States.js';
import { isoToText } from '../lib/date-text.js';
import { useDebounced } from '../lib/use-debounced.js';
import type { LabelKind, Translator } from '../../src-main/shared/i18n/index.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** The columns in the data's order; headings in the app's language (cells keep the data's values, as exports do). */
const KEYS: readonly PairingColumn[] = ['pairing_id', 'title', 'members', 'regions', 'themes', 'status', 'start_date', 'end_date', 'stakeholders', 'participants', 'activities'];

function pairingColumns(t: Translator): ReadonlyArray<Column & { key: PairingColumn }> {
  // Lists of canonical values ("Europe; North America") and days read in the app's language; the cells keep the data's text.
  const list = (kind: LabelKind) => (v: CellValue) => (typeof v === 'string' ? v.split('; ').map((x) => t.label(kind, x)).join('; ') : '');
  const day = (v: CellValue) => (typeof v === 'string' ? isoToText(v, t.language) : '');
  return [
    { key: 'pairing_id', label: t.t('results.col.id'), width: 90 },
    { key: 'title', label: t.t('tracking.title'), width: 230 },
    { key: 'members', label: t.t('pairings.col.members'), width: 220 },
    { key: 'regions', label: t.t('view.regions'), width: 200, render: list('region') },
    { key: 'themes', label: t.t('view.themes'), width: 260, render: list('theme') },
    { key: 'status', label: t.t('tracking.status'), width: 110, render: list('status') },
    { key: 'start_date', label: t.t('pairings.col.start'), width: 110, render: day },
    { key: 'end_date', label: t.t('pairings.col.end'), width: 110, render: day },
    { key: 'stakeholders', label: t.t('view.stakeholders'), numeric: true, width: 120 },
    { key: 'participants', label: t.t('chart.participants'), numeric: true, width: 120 },
    { key: 'activities', label: t.t('chart.activities'), numeric: true, width: 100 },
  ];
}

const cells = (row: PairingRow): CellValue[] => KEYS.map((key) => row[key]);

export function Pairings({ filters, version, initialSearch }: ViewProps & { initialSearch: string }) {
  const t = useT();
  const [search, setSearch] = useState(initialSearch);
  const columns = useMemo(() => pairingColumns(t), [t]);
  const [sort, setSort] = useState<{ column: PairingColumn; direction: 'asc' | 'desc' }>({ column: 'pairing_id', direction: 'asc' });
  const [open, setOpen] = useState<string | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => setSearch(initialSearch), [initialSearch]);
  const debounced = useDebounced(search, 200);
  // The pairings in scope, searched and sorted by the core: a programme of 100k pairings never travels whole.
  const pages = usePages('pairings/list', { filters, search: debounced.trim(), sort }, cells, version);

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
        placeholder={t.t('pairings.search.placeholder')}
        aria-label={t.t('pairings.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
    ),
    [search, t],
  );

  return (
    <div className="view-stack">
      {pages.error && <ErrorState title={t.t('error.pairings')} error={pages.error} onRetry={pages.retry} />}
      <section className="card">
        <DataTable
          name="pairings"
          caption={t.t('pairings.caption')}
          columns={columns}
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
          emptyText={debounced.trim() ? t.t('pairings.noMatch', { search: debounced.trim() }) : t.t('pairings.empty')}
        />
      </section>
      {open && <PairingCard pairingId={open} version={version} filters={filters} onClose={() => setOpen(null)} />}
    </div>
  );
}
