import { type KeyboardEvent, Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { Filters, ListFilter } from '../src-main/shared/indicators.js';
import { call, onEvent } from './api/client.js';
import { useApi } from './api/use-api.js';
import { useIndicators } from './api/use-indicators.js';
import { FilterBar, ScopeLine, cleanFilters } from './components/FilterBar.js';
import { IatiDialog } from './components/IatiDialog.js';
import { ImportDialog } from './components/ImportDialog.js';
import { saveFile } from './lib/download.js';
import { Loading } from './components/States.js';
import { LanguageSwitch } from './components/LanguageSwitch.js';
import { useT } from './i18n/language.js';
import { Overview } from './views/Overview.js';
import type { CompareChoice } from './views/Compare.js';
import { VIEWS, type ViewId, type ViewProps } from './views/view-props.js';
import { VIEW_FAMILIES } from './views/view-families.js';
import { issueMessage } from '../src-main/shared/issues.js';

// The Overview ships in the first bundle; the other views (the world map, Arrow) load on first visit.
const Regions = lazy(() => import('./views/Regions.js').then((m) => ({ default: m.Regions })));
const Themes = lazy(() => import('./views/Themes.js').then((m) => ({ default: m.Themes })));
const Stakeholders = lazy(() => import('./views/Stakeholders.js').then((m) => ({ default: m.Stakeholders })));
const Gcom = lazy(() => import('./views/Gcom.js').then((m) => ({ default: m.Gcom })));
const Results = lazy(() => import('./views/Results.js').then((m) => ({ default: m.Results })));
const Outcomes = lazy(() => import('./views/Outcomes.js').then((m) => ({ default: m.Outcomes })));
const Network = lazy(() => import('./views/Network.js').then((m) => ({ default: m.Network })));
const Compare = lazy(() => import('./views/Compare.js').then((m) => ({ default: m.Compare })));
const Pairings = lazy(() => import('./views/Pairings.js').then((m) => ({ default: m.Pairings })));
const Data = lazy(() => import('./views/Data.js').then((m) => ({ default: m.Data })));

type Notice = { kind: 'info' | 'error'; text: string } | null;

export function App() {
  const [view, setView] = useState<ViewId>('overview');
  const [filters, setFiltersState] = useState<Filters>({});
  const [version, setVersion] = useState(0);
  const [importing, setImporting] = useState<File[] | null>(null);
  const [exportingIati, setExportingIati] = useState(false);
  const [pairingSearch, setPairingSearch] = useState('');
  const [compareChoice, setCompareChoice] = useState<CompareChoice>({ by: 'programme', values: [] });
  const [notice, setNotice] = useState<Notice>(null);
  const [busyExport, setBusyExport] = useState<string | null>(null);
  const [showKeys, setShowKeys] = useState(false);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const t = useT();

  const info = useApi('project/info', null, version);
  const options = useApi('filters/options', null, version);
  // Only what the open view draws: a filter change runs that view's statements, not all of them.
  const indicators = useIndicators(filters, VIEW_FAMILIES[view], version);

  const setFilters = useCallback((next: Filters) => setFiltersState(cleanFilters(next)), []);
  const addFilter = useCallback((key: ListFilter, value: string) => {
    setFiltersState((f) => {
      const current = f[key] ?? [];
      return current.some((v) => v.toLowerCase() === value.toLowerCase()) ? f : cleanFilters({ ...f, [key]: [...current, value] });
    });
  }, []);
  const showPairings = useCallback((search = '') => {
    setPairingSearch(search);
    setView('pairings');
  }, []);

  const exportReport = useCallback(
    async (format: 'xlsx' | 'pdf') => {
      setBusyExport(format);
      setNotice({ kind: 'info', text: t.t(format === 'xlsx' ? 'app.toast.writingXlsx' : 'app.toast.writingPdf') });
      // From the Compare view the report adds the comparison on screen (a sheet, a PDF section).
      const compare = view === 'compare' ? { by: compareChoice.by, ...(compareChoice.values.length > 0 ? { values: compareChoice.values } : {}) } : undefined;
      // The report speaks the app's language (the CLI's --lang); its coded columns stay canonical.
      const result = await call(format === 'xlsx' ? 'export/xlsx' : 'export/pdf', { filters, language: t.language, ...(compare ? { compare } : {}) });
      setBusyExport(null);
      if (result.ok) {
        saveFile(result.value);
        setNotice({ kind: 'info', text: t.t('app.toast.saved', { fileName: result.value.fileName }) });
      } else setNotice({ kind: 'error', text: issueMessage(t, result.error) });
    },
    [filters, view, compareChoice, t],
  );

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'project-changed') setVersion((v) => v + 1);
        if (event.type === 'menu') {
          if (event.command === 'import') setImporting([]);
          if (event.command === 'export-xlsx') void exportReport('xlsx');
          if (event.command === 'export-pdf') void exportReport('pdf');
          if (event.command === 'export-iati') setExportingIati(true);
        }
      }),
    [exportReport],
  );

  // A new dataset may not hold the filtered values any more: start from all pairings.
  useEffect(() => {
    if (version > 0) setFiltersState({});
  }, [version]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = Number(e.key) - 1;
      if (index >= 0 && index < VIEWS.length) {
        e.preventDefault();
        setView(VIEWS[index]!.id);
        tabs.current[index]?.focus();
      } else if (e.key.toLowerCase() === 'i') {
        e.preventDefault();
        setImporting([]);
      } else if (e.key.toLowerCase() === 'x') {
        e.preventDefault();
        setFiltersState({});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((v) => v.id === view);
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const wrapped = (next + VIEWS.length) % VIEWS.length;
    setView(VIEWS[wrapped]!.id);
    tabs.current[wrapped]?.focus();
  };

  const onDropFiles = (e: React.DragEvent) => {
    if (importing !== null || e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    setImporting([...e.dataTransfer.files]);
  };

  const closeIati = useCallback(() => setExportingIati(false), []);
  const props: ViewProps = { filters, version, indicators, project: info.value, addFilter, showPairings, goTo: setView };
  const project = info.value;
  const source = project?.files.map((f) => f.name).join(', ');

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={onDropFiles}>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◐◑
          </span>
          <div>
            <h1>Twinlens</h1>
            <p className="subtitle" data-testid="project-line">
              {project === undefined
                ? t.t('app.project.opening')
                : project.importId === null
                  ? t.t('app.project.empty')
                  : `${t.t('app.project.imported', { source: source ?? '', when: new Date(project.importedAt ?? '').toLocaleString(t.language, { dateStyle: 'medium', timeStyle: 'short' }) })}${project.path ? ` · ${project.path}` : ''}`}
            </p>
          </div>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <button type="button" onClick={() => setImporting([])} title={t.t('app.import.title')}>
            {t.t('app.import')}
          </button>
          <button type="button" onClick={() => void exportReport('xlsx')} disabled={busyExport !== null} data-testid="export-xlsx">
            {busyExport === 'xlsx' ? t.t('app.exporting') : t.t('app.export.xlsx')}
          </button>
          <button type="button" onClick={() => void exportReport('pdf')} disabled={busyExport !== null} data-testid="export-pdf">
            {busyExport === 'pdf' ? t.t('app.exporting') : t.t('app.export.pdf')}
          </button>
          <button type="button" onClick={() => setExportingIati(true)} disabled={busyExport !== null || exportingIati} data-testid="export-iati" title={t.t('app.export.iati.title')}>
            {t.t('app.export.iati')}
          </button>
          <button type="button" className="icon" aria-label={t.t('app.keys.button')} aria-expanded={showKeys} onClick={() => setShowKeys((s) => !s)}>
            ?
          </button>
        </div>
      </header>
      {showKeys && (
        <div className="keys-help" role="note">
          <strong>{t.t('app.keys.title')}</strong> {t.t('app.keys.text', { count: VIEWS.length })}
        </div>
      )}
      {notice && (
        <div className={`toast ${notice.kind === 'error' ? 'toast-error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="small link" onClick={() => setNotice(null)} aria-label={t.t('app.toast.dismiss')}>
            ×
          </button>
        </div>
      )}
      <div className="filters-area">
        <FilterBar filters={filters} options={options.value} onChange={setFilters} />
        <ScopeLine filters={filters} onChange={setFilters} pairings={indicators.value?.summary.pairings} />
      </div>
      <nav className="tabs" role="tablist" aria-label={t.t('app.tabs')} onKeyDown={onTabKey}>
        {VIEWS.map((v, i) => (
          <button
            key={v.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${v.id}`}
            aria-selected={view === v.id}
            aria-controls="view"
            tabIndex={view === v.id ? 0 : -1}
            className={view === v.id ? 'tab on' : 'tab'}
            onClick={() => setView(v.id)}
          >
            {t.t(`view.${v.id}`)}
          </button>
        ))}
        {indicators.status === 'loading' && indicators.value !== undefined && <span className="updating">{t.t('app.updating')}</span>}
      </nav>
      <main id="view" className="view" role="tabpanel" aria-labelledby={`tab-${view}`} data-view={view} data-ready={indicators.status === 'ready'}>
        <Suspense fallback={<Loading text={t.t('loading.view')} />}>
          {view === 'overview' && <Overview {...props} />}
          {view === 'regions' && <Regions {...props} />}
          {view === 'themes' && <Themes {...props} />}
          {view === 'stakeholders' && <Stakeholders {...props} />}
          {view === 'gcom' && <Gcom {...props} />}
          {view === 'results' && <Results {...props} />}
          {view === 'outcomes' && <Outcomes {...props} />}
          {view === 'pairings' && <Pairings {...props} initialSearch={pairingSearch} />}
          {view === 'network' && <Network {...props} />}
          {view === 'compare' && <Compare {...props} choice={compareChoice} onChoice={setCompareChoice} />}
          {view === 'data' && <Data {...props} />}
        </Suspense>
      </main>
      {importing !== null && <ImportDialog initialFiles={importing} onClose={() => setImporting(null)} />}
      {exportingIati && <IatiDialog filters={filters} onClose={closeIati} />}
    </div>
  );
}
