import type { Indicators } from '../shared/indicators.js';
import type { Outcomes, Results } from '../shared/results.js';

/** A terminal shows the first hubs; --json carries every one. */
const HUBS_SHOWN = 20;

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function table(title: string, header: string[], rows: Array<Array<string | number>>): string {
  if (rows.length === 0) return `${title}\n  (none in scope)\n`;
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  return `${title}\n${line(header)}\n${cells.slice(1).map(line).join('\n')}\n`;
}

/** The indicators as plain text tables, for a person at a terminal. */
export function formatIndicators(ind: Indicators): string {
  const s = ind.summary;
  const { asOf, ...lists } = ind.scope;
  const filters = Object.entries(lists).map(([k, v]) => `${k} = ${(v ?? []).join(' or ')}`).join('; ') || 'all pairings';
  const scope = asOf ? `${filters}; as of ${asOf}` : filters;
  const out = [
    `Scope: ${scope}\n`,
    table('Summary', ['figure', 'value'], Object.entries(s)),
    table('Pairings by region', ['region', 'pairings', 'entities'], ind.pairingsByRegion.map((r) => [r.region, r.pairings, r.entities])),
    table('Region-to-region flow', ['region a', 'region b', 'pairings'], ind.regionMatrix.map((r) => [r.a, r.b, r.pairings])),
    table('Country-to-country flow', ['country a', 'country b', 'pairings'], ind.countryMatrix.map((r) => [r.a, r.b, r.pairings])),
    table('Themes', ['theme', 'pairings'], ind.themes.map((r) => [r.theme, r.pairings])),
    table('Theme overlap', ['theme a', 'theme b', 'pairings', 'jaccard'], ind.themeOverlap.map((r) => [r.a, r.b, r.pairings, r.jaccard.toFixed(4)])),
    `Pairings with two or more themes: ${pct(ind.multiThemeShare)}\n`,
    table('Stakeholder mix (quadruple helix)', ['helix', 'organisations', 'participants', 'share'],
      ind.stakeholderMix.byHelix.map((r) => [r.helix, r.organisations, r.participants, pct(r.share)])),
    `Pairings covering all four helices: ${pct(ind.stakeholderMix.quadrupleHelixShare)}; mean helix coverage ${pct(ind.stakeholderMix.meanHelixCoverage)}; mean evenness ${ind.stakeholderMix.meanEvenness.toFixed(4)}\n`,
    `GCoM: ${ind.gcom.signatories} of ${ind.gcom.entities} entities are signatories (${pct(ind.gcom.share)}); ${ind.gcom.actionPlans} with an action plan; ${ind.gcom.joinedDuringPairing} joined during a pairing\n`,
    table('GCoM by region', ['region', 'entities', 'signatories', 'share'], ind.gcom.byRegion.map((r) => [r.region, r.entities, r.signatories, pct(r.share)])),
    `Joint action plans: ${ind.delivery.actionPlans.adopted} adopted, ${ind.delivery.actionPlans.drafting} drafting, ${ind.delivery.actionPlans.none} none; pilot projects: ${ind.delivery.pilotProjects}; median duration: ${ind.delivery.medianDurationMonths ?? 'n/a'} months\n`,
    table('Activities by type', ['type', 'activities', 'participants'], ind.delivery.activitiesByType.map((r) => [r.type, r.activities, r.participants])),
    `Network: ${ind.network.components} connected component(s), the largest with ${ind.network.largestComponent} entities; ${ind.network.multiPairingEntities} entities in two or more pairings\n`,
    table('Hubs (entities in two or more pairings)', ['entity', 'name', 'country', 'pairings'],
      ind.network.hubs.slice(0, HUBS_SHOWN).map((h) => [h.entity, h.name, h.country, h.pairings])) +
      (ind.network.hubs.length > HUBS_SHOWN ? `  ... and ${ind.network.hubs.length - HUBS_SHOWN} more (all of them with --json)\n` : ''),
    formatResults(ind.results),
    formatOutcomes(ind.outcomes),
  ];
  if (ind.warnings.length > 0) out.push(`Warnings from the import:\n${ind.warnings.map((w) => `  - ${w}`).join('\n')}\n`);
  return out.join('\n');
}

const orNa = (v: number | null, unit = '') => (v === null ? 'n/a' : `${v}${unit}`);

function formatResults(r: Results): string {
  if (r.indicators === 0) return 'Results\n  (no result indicators in scope)\n';
  const st = r.byStatus;
  const lines = [
    `Results: ${r.indicators} result indicators (${r.byLevel.map((l) => `${l.indicators} ${l.level}`).join(', ')})`,
    `  on track ${st.onTrack}, at risk ${st.atRisk}, off track ${st.offTrack}; no actual ${st.noActual}, no target ${st.noTarget}, ` +
      `no baseline ${st.noBaseline}, no change targeted ${st.noChangeTargeted}, qualitative ${st.qualitative}`,
    `  on-track share ${pct(r.onTrackShare)}; median achievement ${orNa(r.medianAchievement, '%')}`,
    `  completeness: ${r.completeness.reported} of ${r.completeness.due} due values reported (${pct(r.completeness.share)})`,
    `  progress: ${r.progress.improved} of ${r.progress.compared} compared indicators improved; mean change ${orNa(r.progress.meanChangePoints, ' points')}`,
  ];
  return [
    `${lines.join('\n')}\n`,
    table('Results-framework totals', ['framework', 'unit', 'indicators', 'pairings', 'baseline', 'actual', 'target'],
      r.frameworkTotals.map((f) => [f.frameworkRef, f.unit, f.indicators, f.pairings, f.baseline, f.actual, f.target])),
    table('SDG targets', ['target', 'indicators', 'outcomes', 'pairings'], r.sdgTargets.map((t) => [t.target, t.indicators, t.outcomes, t.pairings])),
  ].join('\n');
}

function formatOutcomes(o: Outcomes): string {
  if (o.outcomes === 0) return 'Outcomes\n  (no harvested outcomes in scope)\n';
  const lines = [
    `Outcomes: ${o.outcomes} harvested outcomes in ${o.pairingsWithOutcomes} pairings (${pct(o.pairingsWithOutcomesShare)} of pairings in scope)`,
    `  two-way share ${pct(o.twoWayShare)}; mean reciprocity ${o.meanReciprocity === null ? 'n/a' : o.meanReciprocity.toFixed(4)}`,
    `  substantiated ${pct(o.substantiatedShare)}; disputed ${o.disputed}; investment EUR ${o.investmentEur.toFixed(2)}`,
  ];
  return [
    `${lines.join('\n')}\n`,
    table('Outcomes by type', ['type', 'outcomes', 'high'], o.byType.map((t) => [t.type, t.outcomes, t.high])),
    table('Outcomes by year', ['year', 'outcomes'], o.byYear.map((y) => [String(y.year), y.outcomes])),
  ].join('\n');
}
