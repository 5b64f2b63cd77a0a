import { useState } from 'react';
import { FLAT_LIST_COLUMN_NAMES, REQUIRED_FLAT_LIST_COLUMNS } from '../../src-main/shared/api-values.js';
import { useT } from '../i18n/language.js';

interface Props {
  fileName: string;
  headers: readonly string[];
  /** Column -> header chosen before (a saved mapping), to start from. */
  initial: Record<string, string>;
  onApply: (mapping: Record<string, string>) => void;
  onCancel: () => void;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * "Which of your columns is the EU city?": one choice per flat-list column among the file's
 * own headers. The answer becomes the import's mapping (header -> column).
 */
export function ColumnMapping({ fileName, headers, initial, onApply, onCancel }: Props) {
  const t = useT();
  const [choice, setChoice] = useState<Record<string, string>>(() => {
    const start: Record<string, string> = {};
    for (const column of FLAT_LIST_COLUMN_NAMES) {
      const given = initial[column];
      const same = headers.find((h) => norm(h) === norm(column));
      if (given && headers.includes(given)) start[column] = given;
      else if (same) start[column] = same;
    }
    return start;
  });
  const missing = REQUIRED_FLAT_LIST_COLUMNS.filter((c) => !choice[c]);
  const used = Object.values(choice).filter(Boolean);
  const duplicate = used.find((h, i) => used.indexOf(h) !== i);

  return (
    <form
      className="mapping"
      data-testid="column-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length > 0 || duplicate) return;
        const mapping: Record<string, string> = {};
        for (const [column, header] of Object.entries(choice)) if (header) mapping[header] = column;
        onApply(mapping);
      }}
    >
      <p>{t.t('mapping.intro', { file: fileName })}</p>
      <div className="mapping-grid">
        {FLAT_LIST_COLUMN_NAMES.map((column) => {
          const required = REQUIRED_FLAT_LIST_COLUMNS.includes(column);
          return (
            <label key={column} className="mapping-row">
              <span>
                {column}
                {required && <span className="required"> {t.t('mapping.required')}</span>}
              </span>
              <select value={choice[column] ?? ''} onChange={(e) => setChoice((c) => ({ ...c, [column]: e.target.value }))} aria-label={t.t('mapping.columnFor', { column })}>
                <option value="">{required ? t.t('mapping.choose') : t.t('mapping.absent')}</option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {missing.length > 0 && <p className="muted">{t.t('mapping.missing', { columns: missing.join(', ') })}</p>}
      {duplicate && <p className="error-text">{t.t('mapping.twice', { column: duplicate })}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t.t('mapping.back')}
        </button>
        <button type="submit" className="primary" disabled={missing.length > 0 || Boolean(duplicate)}>
          {t.t('mapping.apply')}
        </button>
      </div>
    </form>
  );
}
