import { IndicatorChart } from '../charts/IndicatorChart.js';
import { FigureList } from '../components/FigureList.js';
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
          { id: 'gcom.signatories', text: t.number(g.signatories, 0), raw: g.signatories },
          { id: 'gcom.share', text: t.percent(g.share), raw: g.share },
          { id: 'gcom.joinedDuringPairing', text: t.number(g.joinedDuringPairing, 0), raw: g.joinedDuringPairing },
          { id: 'gcom.actionPlans', text: t.number(g.actionPlans, 0), raw: g.actionPlans },
        ];
        return (
          <div className="view-stack">
            <FigureList label={t.t('gcom.figures')} busy={busy} figures={figures} />
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
