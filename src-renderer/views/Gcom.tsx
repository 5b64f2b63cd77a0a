import { definitionOf } from '../../src-main/shared/methodology.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { useT } from '../i18n/language.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

export function Gcom({ indicators, addFilter }: ViewProps) {
  const t = useT();
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => {
        const g = ind.gcom;
        const figures = [
          { id: 'gcom.signatories', value: t.number(g.signatories, 0), raw: g.signatories },
          { id: 'gcom.share', value: t.percent(g.share), raw: g.share },
          { id: 'gcom.joinedDuringPairing', value: t.number(g.joinedDuringPairing, 0), raw: g.joinedDuringPairing },
          { id: 'gcom.actionPlans', value: t.number(g.actionPlans, 0), raw: g.actionPlans },
        ];
        return (
          <div className="view-stack">
            <ul className="figures" aria-label={t.t('gcom.figures')} aria-busy={busy}>
              {figures.map((f) => {
                const d = definitionOf(f.id, t);
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
              clickHint={t.t('regions.hint.bar')}
              onClick={(p) => {
                const row = g.byRegion[p.dataIndex];
                if (row) addFilter('region', row.region);
              }}
            />
          </div>
        );
      }}
    </IndicatorView>
  );
}
