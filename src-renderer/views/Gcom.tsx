import { definitionOf } from '../../src-main/shared/methodology.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { formatInt, formatPercent } from '../lib/format.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

export function Gcom({ indicators, addFilter }: ViewProps) {
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => {
        const g = ind.gcom;
        const figures = [
          { id: 'gcom.signatories', value: formatInt(g.signatories), raw: g.signatories },
          { id: 'gcom.share', value: formatPercent(g.share), raw: g.share },
          { id: 'gcom.joinedDuringPairing', value: formatInt(g.joinedDuringPairing), raw: g.joinedDuringPairing },
          { id: 'gcom.actionPlans', value: formatInt(g.actionPlans), raw: g.actionPlans },
        ];
        return (
          <div className="view-stack">
            <ul className="figures" aria-label="GCoM figures" aria-busy={busy}>
              {figures.map((f) => {
                const d = definitionOf(f.id);
                return (
                  <li key={f.id} className="figure" data-figure={f.id} data-value={f.raw}>
                    <span className="figure-value">{f.value}</span>
                    <span className="figure-label">{d.label}</span>
                    <span className="figure-note" title={d.definition}>
                      {d.definition}
                    </span>
                  </li>
                );
              })}
            </ul>
            <IndicatorChart
              id="gcom-by-region"
              indicators={ind}
              busy={busy}
              clickHint="Click a bar to filter every view to that region."
              onClick={(p) => p.name && addFilter('region', p.name)}
            />
          </div>
        );
      }}
    </IndicatorView>
  );
}
