import { useEffect, useId, useState } from 'react';
import { useLanguage, useT } from '../i18n/language.js';
import { isComplete, isoToText, textToIso } from '../lib/date-text.js';

interface Props {
  name: string;
  label: string;
  /** An ISO day, or '' for none. */
  value: string;
  /** The data's first and last days: shown in the field's tooltip, not enforced. */
  min?: string;
  max?: string;
  title?: string;
  /** An ISO day, or '' when the field is cleared; never called with a day that failed validation. */
  onChange: (iso: string) => void;
}

/**
 * A day typed in the app's language (dd/mm/yyyy in French and Spanish, yyyy-mm-dd in English),
 * not the browser's: `<input type="date">` follows the browser's locale whatever the app speaks.
 * A whole day in the full form applies as it is typed, anything else on Enter or on leaving
 * the field; text that is no day is announced and not applied. min/max are the data's range,
 * given as hints as <input type="date"> gives them: a day outside it is a valid (empty) scope.
 */
export function DateField({ name, label, value, min, max, title, onChange }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const [text, setText] = useState(() => isoToText(value, language));
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  // A new value from outside (a removed chip, a cleared scope) or a new language redraws the text.
  useEffect(() => {
    setText(isoToText(value, language));
    setError(null);
  }, [value, language]);

  const commit = (typed = text) => {
    if (typed.trim() === '') {
      setError(null);
      if (value !== '') onChange('');
      return;
    }
    const iso = textToIso(typed, language);
    if (iso === null) return setError(t.t('date.invalid', { pattern: t.t('date.pattern') }));
    setError(null);
    if (typed === text) setText(isoToText(iso, language));
    if (iso !== value) onChange(iso);
  };

  return (
    <label className="date-field" title={[title, min && max ? t.t('date.range', { from: isoToText(min, language), to: isoToText(max, language) }) : ''].filter(Boolean).join('\n') || undefined}>
      <span className="filter-label">{label}</span>
      <input
        type="text"
        name={name}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.t('date.pattern')}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          // A whole, valid day applies at once; anything else waits for Enter or leaving the field.
          if (isComplete(e.target.value, language)) {
            const iso = textToIso(e.target.value, language);
            if (iso) {
              setError(null);
              if (iso !== value) onChange(iso);
            }
          }
        }}
        onBlur={() => commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && text !== isoToText(value, language)) {
            e.stopPropagation();
            setText(isoToText(value, language));
            setError(null);
          }
        }}
      />
      {error && (
        <span className="date-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
