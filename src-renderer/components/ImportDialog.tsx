import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../src-main/shared/api-contract.js';
import { MAX_IMPORT_FILES, MAX_UPLOAD_BYTES } from '../../src-main/shared/api-values.js';
import { call, onEvent } from '../api/client.js';
import { csvHeaders, isTextTable, saveMapping, savedMapping } from '../lib/csv-header.js';
import { bytesToBase64 } from '../lib/download.js';
import { formatInt, plural } from '../lib/format.js';
import { ColumnMapping } from './ColumnMapping.js';
import { LocalTable } from './DataTable.js';
import { ISSUE_COLUMNS } from './issue-columns.js';

type Stage =
  | { step: 'choose' }
  | { step: 'map'; file: File; headers: string[]; initial: Record<string, string> }
  | { step: 'running'; phase: string; done: number; total: number; detail: string }
  | { step: 'done'; result: ImportResult; mappedWith: string | null }
  | { step: 'failed'; message: string };

const ACCEPT = '.xlsx,.xlsm,.csv,.tsv,.txt';
const PHASES: Record<string, string> = { reading: 'Reading', checking: 'Checking', writing: 'Writing', done: 'Done' };

/** Choose or drop files, watch the import's progress, then read its summary or every error. */
export function ImportDialog({ onClose, initialFiles }: { onClose: () => void; initialFiles?: File[] }) {
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
    setStage({ step: 'running', phase: 'reading', done: 0, total: 1, detail: 'Sending the files' });
    try {
      const saved = explicit ? null : await remembered();
      const mapping = explicit ?? saved?.mapping ?? undefined;
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })));
      const result = await call('import/upload', mapping ? { files: payload, mapping } : { files: payload });
      if (!result.ok) return setStage({ step: 'failed', message: result.error.message });
      const mappedWith = explicit ? 'the column mapping you chose' : saved?.mapping ? `the column mapping saved for ${saved.file.name}'s headers` : null;
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
        <h2 id="import-title">Import a programme</h2>
        <button type="button" className="small" onClick={() => dialog.current?.close()} disabled={stage.step === 'running'}>
          Close
        </button>
      </header>
      <div className="dialog-body">
        {stage.step === 'choose' && (
          <>
            <p className="muted">
              A programme workbook (.xlsx with the Entities, Pairings, Members… sheets), its sheets as CSV files, or a flat list of pairings (.csv or
              .xlsx). The import replaces the current dataset only if every file is valid.
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
              <p>Drop files here, or</p>
              <button type="button" onClick={() => input.current?.click()}>
                Choose files…
              </button>
              <input
                ref={input}
                type="file"
                multiple
                accept={ACCEPT}
                className="visually-hidden"
                aria-label="Files to import"
                data-testid="import-input"
                onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, MAX_IMPORT_FILES))}
              />
            </div>
            {files.length > 0 && (
              <ul className="file-list">
                {files.map((f) => (
                  <li key={f.name}>
                    <span className="file-name">{f.name}</span> <span className="muted">{formatInt(f.size)} bytes</span>
                  </li>
                ))}
              </ul>
            )}
            {tooBig && <p className="error-text">These files are larger than {MAX_UPLOAD_BYTES / 1024 / 1024} MB together.</p>}
            <div className="dialog-actions">
              <button type="button" className="primary" disabled={files.length === 0 || tooBig} onClick={() => void run()}>
                Import {files.length > 0 ? plural(files.length, 'file') : ''}
              </button>
            </div>
          </>
        )}
        {stage.step === 'running' && (
          <div className="progress-block" role="status">
            <p>
              {PHASES[stage.phase] ?? stage.phase}
              {stage.detail ? ` ${stage.detail}` : ''}…
            </p>
            <progress max={stage.total} value={stage.done} aria-label="Import progress" />
          </div>
        )}
        {stage.step === 'failed' && (
          <div className="notice notice-error" role="alert">
            <p>
              <strong>The import could not run.</strong> {stage.message}
            </p>
            <button type="button" onClick={() => setStage({ step: 'choose' })}>
              Try again
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
  mappedWith: string | null;
  onMap: (() => void) | null;
  onAgain: () => void;
  onClose: () => void;
}) {
  const rows = Object.entries(result.rows);
  if (!result.ok) {
    return (
      <div data-testid="import-errors">
        <div className="notice notice-error" role="alert">
          <p>
            <strong>Nothing was imported:</strong> {result.files.join(', ')} {result.files.length === 1 ? 'has' : 'have'}{' '}
            {plural(result.errors.length, 'error')}. Fix them in the file and import again; the current dataset is unchanged.
          </p>
        </div>
        <LocalTable
          name="import-errors"
          caption="Import errors"
          columns={ISSUE_COLUMNS}
          showSelected
          rows={result.errors.map((e) => [e.file, e.sheet, e.row, e.column, e.message])}
          initialSort={{ column: 'row', direction: 'asc' }}
          height={Math.min(420, 40 + result.errors.length * 32)}
        />
        <div className="dialog-actions">
          {onMap && (
            <button type="button" onClick={onMap}>
              Map the columns…
            </button>
          )}
          <button type="button" onClick={onAgain}>
            Choose other files
          </button>
        </div>
      </div>
    );
  }
  return (
    <div data-testid="import-summary">
      <div className="notice notice-success" role="status">
        <p>
          <strong>Imported {result.files.join(', ')}.</strong> Every view now shows the new dataset.
          {mappedWith && ` Read with ${mappedWith}.`}
        </p>
      </div>
      <ul className="summary-list">
        {rows.map(([table, n]) => (
          <li key={table}>
            <span className="summary-count">{formatInt(n)}</span> {table}
          </li>
        ))}
      </ul>
      {result.warnings.length > 0 && (
        <>
          <h3>{plural(result.warnings.length, 'warning')}</h3>
          <LocalTable
            name="import-warnings"
            caption="Import warnings"
            columns={ISSUE_COLUMNS}
          showSelected
            rows={result.warnings.map((e) => [e.file, e.sheet, e.row, e.column, e.message])}
            height={Math.min(300, 40 + result.warnings.length * 32)}
          />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Show the dashboard
        </button>
      </div>
    </div>
  );
}
