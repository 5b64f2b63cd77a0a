import type { Headline } from '../../src-main/shared/headlines.js';
import { definitionOf } from '../../src-main/shared/methodology.js';
import { useT } from '../i18n/language.js';

/** Key figures, each with the sentence that says what it means and how it is measured. */
export function HeadlineFigures({ label, headlines, busy }: { label: string; headlines: readonly Headline[]; busy: boolean }) {
  const t = useT();
  return (
    <ul className="figures headline-figures" aria-label={label} aria-busy={busy}>
      {headlines.map((h) => {
        const d = definitionOf(h.id, t);
        return (
          <li key={h.id} className="figure" data-figure={h.id} data-value={h.value ?? ''}>
            <span className="figure-value">{h.display}</span>
            <span className="figure-label">{h.label}</span>
            <span className="figure-sentence">{h.sentence}</span>
            <details className="how-measured">
              <summary>{t.t('howMeasured')}</summary>
              <p>{d.definition}</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
