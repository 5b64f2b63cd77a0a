import type { Translator } from '../i18n/index.js';
import { ENGLISH, countText, ratioText } from './words.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function helixMixChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const mix = ind.stakeholderMix;
  const indicators = ['stakeholderMix.byHelix', 'stakeholderMix.quadrupleHelixShare', 'stakeholderMix.meanHelixCoverage', 'stakeholderMix.meanEvenness'];
  const base = { id: 'helix-mix', family: 'stakeholders', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: 240 } } as const;
  const totalParticipants = mix.byHelix.reduce((s, h) => s + h.participants, 0);
  if (totalParticipants === 0) {
    const none = ind.summary.pairings === 0 ? t.t('chart.noPairings') : t.t('chart.helix.none');
    return { ...base, title: t.t('chart.helix.none.title', { none }), option: emptyOption(mode, none), empty: true };
  }
  // byHelix is sorted by organisations; the finding is about participants.
  const lead = [...mix.byHelix].sort((a, b) => b.participants - a.participants || (a.helix < b.helix ? -1 : 1))[0]!;
  const shown = t.label('helix', lead.helix);
  const helix = shown.charAt(0).toUpperCase() + shown.slice(1);
  return {
    ...base,
    title: t.t('chart.helix.title', { helix, share: t.percent(lead.share), quadruple: t.percent(mix.quadrupleHelixShare) }),
    empty: false,
    option: barOption({
      mode,
      categories: mix.byHelix.map((h) => t.label('helix', h.helix)),
      valueAxisName: t.t('chart.participants'),
      series: [
        {
          name: t.t('chart.participants'),
          values: mix.byHelix.map((h) => h.participants),
          labels: mix.byHelix.map((h) => `${countText(t, h.participants)} (${t.percent(h.share)})`),
        },
      ],
      tooltip: (i) => {
        const h = mix.byHelix[i]!;
        return [
          [t.t('chart.organisations'), countText(t, h.organisations)],
          [t.t('chart.participants'), countText(t, h.participants)],
          [t.t('chart.participantsShare'), t.percent(h.share)],
          [t.t('chart.meanEvenness'), ratioText(t, mix.meanEvenness)],
        ];
      },
    }),
  };
}
