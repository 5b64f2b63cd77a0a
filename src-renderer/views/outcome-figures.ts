import { formatCount, formatPercent, formatRatio, partOf, plural } from '../../src-main/shared/format.js';
import { type Headline, resultHeadlines } from '../../src-main/shared/headlines.js';
import type { DashboardIndicators } from '../../src-main/shared/indicators.js';

const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const compactEuros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });

/**
 * The Outcomes view's figures: resultHeadlines' own (outcomes, two-way share) and three it
 * leaves to this view (reciprocity, substantiation, investment), worded the same way.
 */
export function outcomeFigures(ind: DashboardIndicators): Headline[] {
  const o = ind.outcomes;
  const own = resultHeadlines(ind).filter((h) => h.id.startsWith('outcomes.'));
  if (o.outcomes === 0) return own;
  const investing = o.byType.find((t) => t.type === 'investment')?.outcomes ?? 0;
  return [
    ...own,
    {
      id: 'outcomes.meanReciprocity',
      label: 'Mean reciprocity',
      value: o.meanReciprocity,
      kind: 'ratio',
      display: o.meanReciprocity === null ? 'n/a' : formatRatio(o.meanReciprocity),
      sentence:
        o.meanReciprocity === null
          ? 'No pairing has outcomes.'
          : `On average the member that changed least has ${formatPercent(o.meanReciprocity)} as many outcomes as the one that changed most, over ${plural(o.pairingsWithOutcomes, 'pairing')} with outcomes.`,
    },
    {
      id: 'outcomes.substantiatedShare',
      label: 'Substantiated',
      value: o.substantiatedShare,
      kind: 'percent',
      display: formatPercent(o.substantiatedShare),
      sentence: `${partOf(Math.round(o.substantiatedShare * o.outcomes), o.outcomes, 'outcome')} are substantiated and ${formatCount(o.disputed)} disputed; the rest are not verified yet.`,
    },
    {
      id: 'outcomes.investmentEur',
      label: 'Investment mobilised',
      value: o.investmentEur,
      kind: 'count',
      display: o.investmentEur >= 1_000_000 ? compactEuros.format(o.investmentEur) : euros.format(o.investmentEur),
      sentence:
        o.investmentEur === 0
          ? 'No outcome in scope records money committed or mobilised.'
          : `${euros.format(o.investmentEur)} committed or mobilised, the sum of the amounts the outcomes record; ${plural(investing, 'outcome is an investment', 'outcomes are investments')}.`,
    },
  ];
}
