import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/language.js';

interface Props {
  label: string;
  name: string;
  options: readonly string[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** How a value reads (a translated label); the value itself is what the filter sends. */
  display?: (value: string) => string;
}

/** A dropdown of checkboxes with a search box; Escape closes it and returns focus. */
export function MultiSelect({ label, name, options, selected, onChange, display = (v) => v }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const lowered = query.trim().toLowerCase();
  const shown = lowered ? options.filter((o) => display(o).toLowerCase().includes(lowered) || o.toLowerCase().includes(lowered)) : options;
  const isOn = (value: string) => selected.some((s) => s.toLowerCase() === value.toLowerCase());
  const toggle = (value: string) => onChange(isOn(value) ? selected.filter((s) => s.toLowerCase() !== value.toLowerCase()) : [...selected, value]);
  const summary = selected.length === 0 ? t.t('filters.all') : selected.length === 1 ? display(selected[0]!) : t.t('filters.selected', { count: selected.length });

  return (
    <div
      className="multi-select"
      ref={root}
      data-filter={name}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={`filter-button${selected.length > 0 ? ' on' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="filter-label">{label}</span>
        <span className="filter-value">{summary}</span>
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      {open && (
        <div className="filter-panel" id={panelId} role="group" aria-label={t.t('filters.panel', { filter: label })}>
          {options.length > 8 && (
            <input
              type="search"
              className="filter-search"
              placeholder={t.t('filters.find', { filter: label })}
              aria-label={t.t('filters.find', { filter: label })}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoFocus
            />
          )}
          <div className="filter-options">
            {shown.length === 0 && <p className="muted small-text">{t.t('filters.noMatch')}</p>}
            {shown.map((option, i) => (
              <label key={option} className="check">
                <input type="checkbox" checked={isOn(option)} onChange={() => toggle(option)} autoFocus={options.length <= 8 && i === 0} />
                <span>{display(option)}</span>
              </label>
            ))}
          </div>
          <div className="filter-panel-footer">
            <button type="button" className="small link" onClick={() => onChange([])} disabled={selected.length === 0}>
              {t.t('filters.clear')}
            </button>
            <button type="button" className="small" onClick={() => setOpen(false)}>
              {t.t('filters.done')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
