import { definitionOf } from '../../src-main/shared/methodology.js';
import { useT } from '../i18n/language.js';

export interface Figure {
  /** The methodology id (`gcom.share`): its label and definition come from there. */
  id: string;
  /** `data-figure`, what tests and the bench find it by; the id when not given. */
  name?: string;
  /** The figure as the language writes it. */
  text: string;
  /** The figure itself, for `data-value`. */
  raw: number;
}

/** Key figures as cards, each with its label and definition from the methodology. */
export function FigureList({ label, busy, figures }: { label: string; busy: boolean; figures: readonly Figure[] }) {
  const t = useT();
  return (
    <ul className="figures" aria-label={label} aria-busy={busy}>
      {figures.map((f) => {
        const d = definitionOf(f.id, t);
        return (
          <li key={f.id} className="figure" data-figure={f.name ?? f.id} data-value={f.raw}>
            <span className="figure-value">{f.text}</span>
            <span className="figure-label">{d.label}</span>
            <span className="figure-note" title={d.definition}>
              {d.definition}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
