import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { IatiExportResult, IatiSettings, IatiWarning, ReportingOrgValue } from '../../src-main/shared/api-contract.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { issueMessage } from '../../src-main/shared/issues.js';
import { call } from '../api/client.js';
import { saveFile } from '../lib/download.js';
import { useT } from '../i18n/language.js';

type Stage =
  | { step: 'loading' }
  | { step: 'form'; error: string | null; problems: IatiWarning[] }
  | { step: 'running' }
  | { step: 'done'; result: IatiExportResult };

const EMPTY: ReportingOrgValue = { ref: '', type: '15', name: '' };

function ProblemList({ items, testId }: { items: IatiWarning[]; testId: string }) {
  const t = useT();
  return (
    <ul className="iati-problems" data-testid={testId}>
      {items.slice(0, 200).map((w, i) => (
        <li key={i}>
          {w.rule && <span className="muted">{t.t('iati.rule', { rule: w.rule })} </span>}
          {issueMessage(t, w)}
        </li>
      ))}
      {items.length > 200 && <li className="muted">{t.t('iati.more', { count: items.length - 200 })}</li>}
    </ul>
  );
}

/**
 * Export > IATI XML: asks for the reporting organisation (remembered in the project file, so
 * asked once per project), writes the scope of the current filters as IATI activity XML, and
 * shows what the export said about the data; a problem that would fail the IATI rules is
 * shown instead of a file.
 */
export function IatiDialog({ filters, onClose }: { filters: Filters; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState<IatiSettings | null>(null);
  const [org, setOrg] = useState<ReportingOrgValue>(EMPTY);
  const [stage, setStage] = useState<Stage>({ step: 'loading' });

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    const close = () => onClose();
    element.addEventListener('close', close);
    return () => element.removeEventListener('close', close);
  }, [onClose]);

  useEffect(() => {
    void call('iati/settings', null).then((result) => {
      if (!result.ok) return setStage({ step: 'form', error: issueMessage(t, result.error), problems: [] });
      setSettings(result.value);
      if (result.value.reportingOrg) setOrg(result.value.reportingOrg);
      setStage({ step: 'form', error: null, problems: [] });
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStage({ step: 'running' });
    const result = await call('export/iati', { filters, reportingOrg: org });
    if (!result.ok) return setStage({ step: 'form', error: issueMessage(t, result.error), problems: [] });
    if (result.value.file === null) {
      return setStage({ step: 'form', error: t.t('iati.nothing', { count: result.value.errors.length }), problems: result.value.errors });
    }
    saveFile(result.value.file);
    setStage({ step: 'done', result: result.value });
  };

  const field = (key: keyof ReportingOrgValue) => ({ value: org[key], onChange: (e: { target: { value: string } }) => setOrg((o) => ({ ...o, [key]: e.target.value })) });

  return (
    <dialog ref={dialog} className="iati-dialog" aria-labelledby="iati-title" data-testid="iati-dialog">
      <header className="dialog-header">
        <h2 id="iati-title">{t.t('app.export.iati')}</h2>
        <button type="button" className="small" onClick={() => dialog.current?.close()} disabled={stage.step === 'running'}>
          {t.t('dialog.close')}
        </button>
      </header>
      <div className="dialog-body">
        {stage.step === 'loading' && <p className="muted">{t.t('iati.loading')}</p>}
        {(stage.step === 'form' || stage.step === 'running') && (
          <form onSubmit={(e) => void submit(e)}>
            <p className="muted">
              {t.t('iati.intro')}
            </p>
            <div className="iati-fields">
              <label htmlFor="iati-ref">{t.t('iati.ref')}</label>
              <input id="iati-ref" required placeholder="XI-IATI-EC_INTPA" spellCheck={false} {...field('ref')} />
              <label htmlFor="iati-type">{t.t('iati.type')}</label>
              <select id="iati-type" {...field('type')}>
                {(settings?.organisationTypes ?? [{ code: org.type, name: org.type }]).map((type) => (
                  <option key={type.code} value={type.code}>
                    {type.code} {type.name}
                  </option>
                ))}
              </select>
              <label htmlFor="iati-name">{t.t('iati.name')}</label>
              <input id="iati-name" required placeholder={t.t('iati.namePlaceholder')} {...field('name')} />
            </div>
            <p className="muted small-print">{t.t('iati.refHelp')}</p>
            {stage.step === 'form' && stage.error && (
              <div role="alert" className="iati-error" data-testid="iati-error">
                <p>{stage.error}</p>
                {stage.problems.length > 0 && <ProblemList items={stage.problems} testId="iati-errors" />}
              </div>
            )}
            <div className="dialog-actions">
              <button type="submit" className="primary" disabled={stage.step === 'running'} data-testid="iati-export">
                {stage.step === 'running' ? t.t('app.exporting') : t.t('app.export.iati')}
              </button>
            </div>
          </form>
        )}
        {stage.step === 'done' && (
          <div role="status" data-testid="iati-done">
            <p>
              {t.t('iati.saved', { file: stage.result.file?.fileName ?? '', programmes: stage.result.programmes, pairings: stage.result.pairings })}
            </p>
            {stage.result.warnings.length === 0 ? (
              <p className="muted">{t.t('iati.noWarnings')}</p>
            ) : (
              <>
                <h3>{t.t('iati.warnings', { count: stage.result.warnings.length })}</h3>
                <ProblemList items={stage.result.warnings} testId="iati-warnings" />
              </>
            )}
            <div className="dialog-actions">
              <button type="button" className="primary" onClick={() => dialog.current?.close()}>
                {t.t('filters.done')}
              </button>
            </div>
          </div>
        )}
      </div>
    </dialog>
  );
}
