import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellValue, ImportRecord } from '../../src-main/shared/api-contract.js';
import { TABLE_NAMES, type TableName } from '../../src-main/shared/domain.js';
import { issueMessage } from '../../src-main/shared/issues.js';
import { call, request } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { type Column, DataTable, LocalTable } from '../components/DataTable.js';
import { ErrorState, Loading } from '../components/States.js';
import { issueColumns } from '../components/issue-columns.js';
import { decodeArrow } from '../lib/arrow.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

const PAGE = 2000;
const WIDE = new Set(['title', 'name', 'organisation', 'description']);

const decode = decodeArrow;

/** One normalised table in a grid, fed page by page as Arrow IPC. */
function RawTable({ table, version }: { table: TableName; version: number }) {
  const t = useT();
  const [columns, setColumns] = useState<Column[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const [, setTick] = useState(0);
  const pages = useRef(new Map<number, CellValue[][]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);

  const loadPage = useCallback(
    (index: number) => {
      if (pages.current.has(index) || pending.current.has(index)) return;
      pending.current.add(index);
      const mine = generation.current;
      void call('table/rows', { table, offset: index * PAGE, limit: PAGE }).then((result) => {
        if (mine !== generation.current) return;
        pending.current.delete(index);
        if (!result.ok) return setError(new Error(result.error.message));
        const decoded = decode(result.value.arrow);
        pages.current.set(index, decoded.rows);
        setColumns((c) => c ?? decoded.columns);
        setTotal(result.value.total);
        setTick((t) => t + 1);
      });
    },
    [table],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    setColumns(null);
    setError(null);
    loadPage(0);
  }, [loadPage, version]);

  const onRange = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(from / PAGE); p <= Math.floor(Math.max(from, to - 1) / PAGE); p++) loadPage(p);
    },
    [loadPage],
  );

  if (error) return <ErrorState title={t.t('error.dataTable', { table })} error={error} onRetry={() => loadPage(0)} />;
  if (!columns) return <Loading text={t.t('loading.dataTable', { table })} />;
  return (
    <DataTable
      name={`table-${table}`}
      caption={t.t('data.table', { table })}
      columns={columns.map((c) => ({ ...c, width: WIDE.has(c.key) ? 280 : c.numeric ? Math.max(110, c.label.length * 9 + 30) : Math.max(130, c.label.length * 9 + 40) }))}
      rowCount={total}
      rowAt={(i) => pages.current.get(Math.floor(i / PAGE))?.[i % PAGE]}
      onRange={onRange}
      allRows={async () => {
        const out: CellValue[][] = [];
        for (let offset = 0; offset < total; offset += 50_000) {
          const page = await request('table/rows', { table, offset, limit: 50_000 });
          out.push(...decode(page.arrow).rows);
        }
        return out;
      }}
      height={420}
      emptyText={t.t('data.empty', { table })}
    />
  );
}

function ImportCard({ record }: { record: ImportRecord }) {
  const t = useT();
  const rowsByTable = new Map<string, number>();
  for (const r of record.rows) rowsByTable.set(r.table, (rowsByTable.get(r.table) ?? 0) + r.rows);
  return (
    <article className={`import-record${record.current ? ' current' : ''}`} data-import={record.importId}>
      <header>
        <strong>{t.t('data.import', { id: record.importId })}</strong> · {new Date(record.importedAt).toLocaleString(t.language, { dateStyle: 'medium', timeStyle: 'short' })}
        {record.current && <span className="badge">{t.t('data.current')}</span>}
      </header>
      <ul className="file-list">
        {record.files.map((f) => (
          <li key={f.name + f.sha256}>
            <span className="file-name">{f.name}</span> <span className="muted">{t.t('data.bytes', { count: f.bytes })}</span>
            <code className="sha" title={t.t('data.sha')}>
              {f.sha256}
            </code>
          </li>
        ))}
      </ul>
      <p className="muted">
        {[...rowsByTable.entries()].map(([table, n]) => `${t.number(n, 0)} ${table}`).join(' · ')}
        {' · '}
        {t.t('data.warnings', { count: record.warnings.length })}
      </p>
      {record.warnings.length > 0 && (
        <LocalTable
          name={`import-${record.importId}-warnings`}
          caption={t.t('data.warningsCaption')}
          height={Math.min(260, 40 + record.warnings.length * 32)}
          columns={issueColumns(t)}
          showSelected
          rows={record.warnings.map((w) => [w.file, w.sheet, w.row, w.column, issueMessage(t, w)])}
        />
      )}
    </article>
  );
}

export function Data({ version }: ViewProps) {
  const t = useT();
  const history = useApi('imports/history', null, version);
  const [table, setTable] = useState<TableName>('pairings');
  return (
    <div className="view-stack">
      <section className="card">
        <header className="card-header">
          <h3 className="card-title">{t.t('data.history')}</h3>
        </header>
        {history.value === undefined ? (
          history.status === 'error' ? (
            <ErrorState title={t.t('error.history')} error={history.error} onRetry={history.reload} />
          ) : (
            <Loading text={t.t('loading.history')} />
          )
        ) : history.value.length === 0 ? (
          <p className="empty-state">{t.t('data.nothing')}</p>
        ) : (
          history.value.map((r) => <ImportCard key={r.importId} record={r} />)
        )}
      </section>
      <section className="card">
        <header className="card-header">
          <h3 className="card-title">{t.t('data.raw')}</h3>
          <div className="segmented" role="tablist" aria-label={t.t('data.tableTabs')}>
            {TABLE_NAMES.map((name) => (
              <button key={name} type="button" role="tab" aria-selected={name === table} className={name === table ? 'on' : ''} onClick={() => setTable(name)}>
                {name}
              </button>
            ))}
          </div>
        </header>
        <RawTable key={table} table={table} version={version} />
      </section>
    </div>
  );
}
