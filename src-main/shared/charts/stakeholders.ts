import { formatCount, formatPercent, formatRatio } from '../format.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function helixMixChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const mix = ind.stakeholderMix;
  const indicators = ['stakeholderMix.byHelix', 'stakeholderMix.quadrupleHelixShare', 'stakeholderMix.meanHelixCoverage', 'stakeholderMix.meanEvenness'];
  const base = { id: 'helix-mix', family: 'stakeholders', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: 240 } } as const;
  const totalParticipants = mix.byHelix.reduce((s, h) => s + h.participants, 0);
  if (totalParticipants === 0) {
    const none = ind.summary.pairings === 0 ? 'No pairings in this scope' : 'No stakeholder participants in this scope';
    return { ...base, title: `${none}, so no helix mix`, option: emptyOption(mode, none), empty: true };
  }
  // byHelix is sorted by organisations; the finding is about participants.
  const lead = [...mix.byHelix].sort((a, b) => b.participants - a.participants || (a.helix < b.helix ? -1 : 1))[0]!;
  const helix = lead.helix.charAt(0).toUpperCase() + lead.helix.slice(1);
  return {
    ...base,
    title: `${helix} brings the most participants (${formatPercent(lead.share)}); ${formatPercent(mix.quadrupleHelixShare)} of pairings involve all four helices`,
    empty: false,
    option: barOption({
      mode,
      categories: mix.byHelix.map((h) => h.helix),
      valueAxisName: 'Participants',
      series: [
        {
          name: 'Participants',
          values: mix.byHelix.map((h) => h.participants),
          labels: mix.byHelix.map((h) => `${formatCount(h.participants)} (${formatPercent(h.share)})`),
        },
      ],
      tooltip: (i) => {
        const h = mix.byHelix[i]!;
        return [
          ['Organisations', formatCount(h.organisations)],
          ['Participants', formatCount(h.participants)],
          ['Share of participants', formatPercent(h.share)],
          ['Mean evenness (all pairings)', formatRatio(mix.meanEvenness)],
        ];
      },
    }),
  };
}
