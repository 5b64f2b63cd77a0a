import { useEffect, useId, useState } from 'react';
import { useLanguage, useT } from '../i18n/language.js';
import { isoToText, textToIso } from '../lib/date-text.js';

interface Props {
  name: string;
  label: string;
  /** An ISO day, or '' for none. */
  value: string;
  min?: string;
  max?: string;
  title?: string;
  /** An ISO day, or '' when the field is cleared; never called with a day that failed validation. */
  onChange: (iso: string) => void;
}

/**
 * A day typed in the app's language (dd/mm/yyyy in French and Spanish, yyyy-mm-dd in English),
 * not the browser's: `<input type="date">` follows the browser's locale whatever the app speaks.
 * Applied on Enter or on leaving the field; a day that is no date, or outside min..max, is
 * announced and not applied.
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

  const commit = () => {
    if (text.trim() === '') {
      setError(null);
      if (value !== '') onChange('');
      return;
    }
    const iso = textToIso(text, language);
    if (iso === null) return setError(t.t('date.invalid', { pattern: t.t('date.pattern') }));
    if (min && iso < min) return setError(t.t('date.tooEarly', { date: t.date(min) }));
    if (max && iso > max) return setError(t.t('date.tooLate', { date: t.date(max) }));
    setError(null);
    setText(isoToText(iso, language));
    if (iso !== value) onChange(iso);
  };

  return (
    <label className="date-field" title={title}>
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
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
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
