import { useState } from 'react';
import { FLAT_LIST_COLUMN_NAMES, REQUIRED_FLAT_LIST_COLUMNS } from '../../src-main/shared/api-values.js';

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
      <p>
        Twinlens did not recognise the columns of <strong>{fileName}</strong> as a flat list of pairings. Tell it which of your columns holds
        what; the choice is remembered for files with the same headers.
      </p>
      <div className="mapping-grid">
        {FLAT_LIST_COLUMN_NAMES.map((column) => {
          const required = REQUIRED_FLAT_LIST_COLUMNS.includes(column);
          return (
            <label key={column} className="mapping-row">
              <span>
                {column}
                {required && <span className="required"> (required)</span>}
              </span>
              <select value={choice[column] ?? ''} onChange={(e) => setChoice((c) => ({ ...c, [column]: e.target.value }))} aria-label={`Column for ${column}`}>
                <option value="">{required ? '— choose a column —' : '— not in the file —'}</option>
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
      {missing.length > 0 && <p className="muted">Still needed: {missing.join(', ')}.</p>}
      {duplicate && <p className="error-text">The column “{duplicate}” is chosen twice.</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Back
        </button>
        <button type="submit" className="primary" disabled={missing.length > 0 || Boolean(duplicate)}>
          Import with this mapping
        </button>
      </div>
    </form>
  );
}
