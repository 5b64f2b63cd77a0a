import { type Headline, resultHeadlines } from '../../src-main/shared/headlines.js';
import type { Translator } from '../../src-main/shared/i18n/index.js';
import type { DashboardIndicators } from '../../src-main/shared/indicators.js';

/**
 * The Outcomes view's figures: resultHeadlines' own (outcomes, two-way share) and three it
 * leaves to this view (reciprocity, substantiation, investment), worded the same way, in the
 * translator's language (euros as that language writes them).
 */
export function outcomeFigures(ind: DashboardIndicators, t: Translator): Headline[] {
  const o = ind.outcomes;
  const own = resultHeadlines(ind, t).filter((h) => h.id.startsWith('outcomes.'));
  if (o.outcomes === 0) return own;
  const euros = new Intl.NumberFormat(t.language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const compactEuros = new Intl.NumberFormat(t.language, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
  const ratio = new Intl.NumberFormat(t.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const investing = o.byType.find((type) => type.type === 'investment')?.outcomes ?? 0;
  return [
    ...own,
    {
      id: 'outcomes.meanReciprocity',
      label: t.t('outcomes.fig.reciprocity'),
      value: o.meanReciprocity,
      kind: 'ratio',
      display: o.meanReciprocity === null ? t.t('chart.compare.na') : ratio.format(o.meanReciprocity),
      sentence:
        o.meanReciprocity === null
          ? t.t('outcomes.fig.reciprocity.none')
          : t.t('outcomes.fig.reciprocity.text', { share: t.percent(o.meanReciprocity), pairings: o.pairingsWithOutcomes }),
    },
    {
      id: 'outcomes.substantiatedShare',
      label: t.t('outcomes.fig.substantiated'),
      value: o.substantiatedShare,
      kind: 'percent',
      display: t.percent(o.substantiatedShare),
      sentence: t.t('outcomes.fig.substantiated.text', { part: Math.round(o.substantiatedShare * o.outcomes), whole: o.outcomes, disputed: o.disputed }),
    },
    {
      id: 'outcomes.investmentEur',
      label: t.t('outcomes.fig.investment'),
      value: o.investmentEur,
      kind: 'count',
      display: o.investmentEur >= 1_000_000 ? compactEuros.format(o.investmentEur) : euros.format(o.investmentEur),
      sentence:
        o.investmentEur === 0
          ? t.t('outcomes.fig.investment.none')
          : t.t('outcomes.fig.investment.text', { amount: euros.format(o.investmentEur), count: investing }),
    },
  ];
}
