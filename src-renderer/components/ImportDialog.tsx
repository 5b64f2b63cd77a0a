import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../src-main/shared/api-contract.js';
import { MAX_IMPORT_FILES, MAX_UPLOAD_BYTES } from '../../src-main/shared/api-values.js';
import { call, onEvent } from '../api/client.js';
import { csvHeaders, isTextTable, saveMapping, savedMapping } from '../lib/csv-header.js';
import { bytesToBase64 } from '../lib/download.js';
import type { AppKey } from '../../src-main/shared/i18n/index.js';
import { issueMessage } from '../../src-main/shared/issues.js';
import { useT } from '../i18n/language.js';
import { ColumnMapping } from './ColumnMapping.js';
import { LocalTable } from './DataTable.js';
import { issueColumns } from './issue-columns.js';

type Stage =
  | { step: 'choose' }
  | { step: 'map'; file: File; headers: string[]; initial: Record<string, string> }
  | { step: 'running'; phase: string; done: number; total: number; detail: string }
  | { step: 'done'; result: ImportResult; mappedWith: MappedWith | null }
  | { step: 'failed'; message: string };

const ACCEPT = '.xlsx,.xlsm,.csv,.tsv,.txt';
const PHASES: Record<string, AppKey> = { reading: 'import.phase.reading', checking: 'import.phase.checking', writing: 'import.phase.writing', done: 'import.phase.done' };

/** Which column mapping read a flat list: the one just chosen, or the one remembered for a file's headers. */
type MappedWith = { chosen: true } | { chosen: false; file: string };

/** Choose or drop files, watch the import's progress, then read its summary or every error. */
export function ImportDialog({ onClose, initialFiles }: { onClose: () => void; initialFiles?: File[] }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>(initialFiles ?? []);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    const close = () => onClose();
    element.addEventListener('close', close);
    return () => element.removeEventListener('close', close);
  }, [onClose]);

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type !== 'progress' || event.task !== 'import') return;
        setStage((s) => (s.step === 'running' ? { step: 'running', phase: event.phase, done: event.done, total: event.total, detail: event.detail ?? '' } : s));
      }),
    [],
  );

  const tooBig = files.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD_BYTES;
  /** The first text file's headers and the mapping remembered for them, if any. */
  const remembered = async (): Promise<{ file: File; headers: string[]; mapping: Record<string, string> | null } | null> => {
    const file = files.find((f) => isTextTable(f.name));
    if (!file) return null;
    const headers = await csvHeaders(file);
    return { file, headers, mapping: savedMapping(headers) };
  };

  const run = async (explicit?: Record<string, string>) => {
    setStage({ step: 'running', phase: 'reading', done: 0, total: 1, detail: t.t('import.sending') });
    try {
      const saved = explicit ? null : await remembered();
      const mapping = explicit ?? saved?.mapping ?? undefined;
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })));
      const result = await call('import/upload', mapping ? { files: payload, mapping } : { files: payload });
      if (!result.ok) return setStage({ step: 'failed', message: issueMessage(t, result.error) });
      const mappedWith: MappedWith | null = explicit ? { chosen: true } : saved?.mapping ? { chosen: false, file: saved.file.name } : null;
      setStage({ step: 'done', result: result.value, mappedWith });
    } catch (error) {
      setStage({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const startMapping = async () => {
    const found = await remembered();
    if (!found) return;
    // Saved as header -> column; the form starts from column -> header.
    const initial = Object.fromEntries(Object.entries(found.mapping ?? {}).map(([header, column]) => [column, header]));
    setStage({ step: 'map', file: found.file, headers: found.headers, initial });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    setFiles([...e.dataTransfer.files].slice(0, MAX_IMPORT_FILES));
  };

  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" data-testid="import-dialog">
      <header className="dialog-header">
        <h2 id="import-title">{t.t('import.title')}</h2>
        <button type="button" className="small" onClick={() => dialog.current?.close()} disabled={stage.step === 'running'}>
          {t.t('dialog.close')}
        </button>
      </header>
      <div className="dialog-body">
        {stage.step === 'choose' && (
          <>
            <p className="muted">
              {t.t('import.intro')}
            </p>
            <div
              className={`drop-zone${dragging ? ' dragging' : ''}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
            >
              <p>{t.t('import.drop')}</p>
              <button type="button" onClick={() => input.current?.click()}>
                {t.t('import.choose')}
              </button>
              <input
                ref={input}
                type="file"
                multiple
                accept={ACCEPT}
                className="visually-hidden"
                aria-label={t.t('import.files')}
                data-testid="import-input"
                onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, MAX_IMPORT_FILES))}
              />
            </div>
            {files.length > 0 && (
              <ul className="file-list">
                {files.map((f) => (
                  <li key={f.name}>
                    <span className="file-name">{f.name}</span> <span className="muted">{t.t('data.bytes', { count: f.size })}</span>
                  </li>
                ))}
              </ul>
            )}
            {tooBig && <p className="error-text">{t.t('import.tooBig', { mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}</p>}
            <div className="dialog-actions">
              <button type="button" className="primary" disabled={files.length === 0 || tooBig} onClick={() => void run()}>
                {t.t('import.run', { count: files.length })}
              </button>
            </div>
          </>
        )}
        {stage.step === 'running' && (
          <div className="progress-block" role="status">
            <p>
              {PHASES[stage.phase] ? t.t(PHASES[stage.phase]!) : stage.phase}
              {stage.detail ? ` ${stage.detail}` : ''}…
            </p>
            <progress max={stage.total} value={stage.done} aria-label={t.t('import.progress')} />
          </div>
        )}
        {stage.step === 'failed' && (
          <div className="notice notice-error" role="alert">
            <p>
              <strong>{t.t('import.failed')}</strong> {stage.message}
            </p>
            <button type="button" onClick={() => setStage({ step: 'choose' })}>
              {t.t('error.retry')}
            </button>
          </div>
        )}
        {stage.step === 'map' && (
          <ColumnMapping
            fileName={stage.file.name}
            headers={stage.headers}
            initial={stage.initial}
            onCancel={() => setStage({ step: 'choose' })}
            onApply={(mapping) => {
              saveMapping(stage.headers, mapping);
              void run(mapping);
            }}
          />
        )}
        {stage.step === 'done' && (
          <ImportOutcome
            result={stage.result}
            mappedWith={stage.mappedWith}
            onMap={files.some((f) => isTextTable(f.name)) ? () => void startMapping() : null}
            onAgain={() => setStage({ step: 'choose' })}
            onClose={() => dialog.current?.close()}
          />
        )}
      </div>
    </dialog>
  );
}

function ImportOutcome({
  result,
  mappedWith,
  onMap,
  onAgain,
  onClose,
}: {
  result: ImportResult;
  mappedWith: MappedWith | null;
  onMap: (() => void) | null;
  onAgain: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const rows = Object.entries(result.rows);
  if (!result.ok) {
    return (
      <div data-testid="import-errors">
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t.t('import.nothing')}</strong> {t.t('import.errors', { files: result.files.join(', '), fileCount: result.files.length, count: result.errors.length })}
          </p>
        </div>
        <LocalTable
          name="import-errors"
          caption={t.t('import.errorsCaption')}
          columns={issueColumns(t)}
          showSelected
          rows={result.errors.map((e) => [e.file, e.sheet, e.row, e.column, issueMessage(t, e)])}
          initialSort={{ column: 'row', direction: 'asc' }}
          height={Math.min(420, 40 + result.errors.length * 32)}
        />
        <div className="dialog-actions">
          {onMap && (
            <button type="button" onClick={onMap}>
              {t.t('import.map')}
            </button>
          )}
          <button type="button" onClick={onAgain}>
            {t.t('import.other')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div data-testid="import-summary">
      <div className="notice notice-success" role="status">
        <p>
          <strong>{t.t('import.done', { files: result.files.join(', ') })}</strong> {t.t('import.doneNote')}
          {mappedWith && ` ${mappedWith.chosen ? t.t('import.mappedChosen') : t.t('import.mappedSaved', { file: mappedWith.file })}`}
        </p>
      </div>
      <ul className="summary-list">
        {rows.map(([table, n]) => (
          <li key={table}>
            <span className="summary-count">{t.number(n, 0)}</span> {table}
          </li>
        ))}
      </ul>
      {result.warnings.length > 0 && (
        <>
          <h3>{t.t('import.warnings', { count: result.warnings.length })}</h3>
          <LocalTable
            name="import-warnings"
            caption={t.t('import.warningsCaption')}
            columns={issueColumns(t)}
            showSelected
            rows={result.warnings.map((e) => [e.file, e.sheet, e.row, e.column, issueMessage(t, e)])}
            height={Math.min(300, 40 + result.warnings.length * 32)}
          />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t.t('import.show')}
        </button>
      </div>
    </div>
  );
}
