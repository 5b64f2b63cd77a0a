import type { Indicators } from '../shared/indicators.js';
import type { Outcomes, Results } from '../shared/results.js';
import { cliText as say } from '../shared/i18n/cli-text.js';

/** A terminal shows the first hubs; --json carries every one. */
const HUBS_SHOWN = 20;

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function table(title: string, header: string[], rows: Array<Array<string | number>>): string {
  if (rows.length === 0) return `${title}\n  ${say('cli.table.none')}\n`;
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  return `${title}\n${line(header)}\n${cells.slice(1).map(line).join('\n')}\n`;
}

/** The indicators as plain text tables, for a person at a terminal. */
export function formatIndicators(ind: Indicators): string {
  const s = ind.summary;
  const { asOf, ...lists } = ind.scope;
  const filters = Object.entries(lists).map(([name, v]) => say('cli.scope.filter', { name, values: (v ?? []).join(say('cli.scope.or')) })).join('; ') || say('cli.scope.all');
  const scope = asOf ? say('cli.scope.asOf', { filters, asOf }) : filters;
  const out = [
    `${say('cli.scope', { scope })}\n`,
    table(say('cli.summary'), [say('cli.col.figure'), say('cli.col.value')], Object.entries(s)),
    table(say('cli.byRegion'), [say('cli.col.region'), say('cli.col.pairings'), say('cli.col.entities')], ind.pairingsByRegion.map((r) => [r.region, r.pairings, r.entities])),
    table(say('cli.regionFlow'), [say('cli.col.regionA'), say('cli.col.regionB'), say('cli.col.pairings')], ind.regionMatrix.map((r) => [r.a, r.b, r.pairings])),
    table(say('cli.countryFlow'), [say('cli.col.countryA'), say('cli.col.countryB'), say('cli.col.pairings')], ind.countryMatrix.map((r) => [r.a, r.b, r.pairings])),
    table(say('cli.themes'), [say('cli.col.theme'), say('cli.col.pairings')], ind.themes.map((r) => [r.theme, r.pairings])),
    table(say('cli.themeOverlap'), [say('cli.col.themeA'), say('cli.col.themeB'), say('cli.col.pairings'), say('cli.col.jaccard')], ind.themeOverlap.map((r) => [r.a, r.b, r.pairings, r.jaccard.toFixed(4)])),
    `${say('cli.multiTheme', { share: pct(ind.multiThemeShare) })}\n`,
    table(say('cli.helixMix'), [say('cli.col.helix'), say('cli.col.organisations'), say('cli.col.participants'), say('cli.col.share')],
      ind.stakeholderMix.byHelix.map((r) => [r.helix, r.organisations, r.participants, pct(r.share)])),
    `${say('cli.helices', { share: pct(ind.stakeholderMix.quadrupleHelixShare), coverage: pct(ind.stakeholderMix.meanHelixCoverage), evenness: ind.stakeholderMix.meanEvenness.toFixed(4) })}\n`,
    `${say('cli.gcom', { signatories: ind.gcom.signatories, entities: ind.gcom.entities, share: pct(ind.gcom.share), actionPlans: ind.gcom.actionPlans, joined: ind.gcom.joinedDuringPairing })}\n`,
    table(say('cli.gcomByRegion'), [say('cli.col.region'), say('cli.col.entities'), say('cli.col.signatories'), say('cli.col.share')], ind.gcom.byRegion.map((r) => [r.region, r.entities, r.signatories, pct(r.share)])),
    `${say('cli.delivery', { adopted: ind.delivery.actionPlans.adopted, drafting: ind.delivery.actionPlans.drafting, none: ind.delivery.actionPlans.none, pilots: ind.delivery.pilotProjects, months: ind.delivery.medianDurationMonths ?? say('cli.na') })}\n`,
    table(say('cli.activities'), [say('cli.col.type'), say('cli.col.activities'), say('cli.col.participants')], ind.delivery.activitiesByType.map((r) => [r.type, r.activities, r.participants])),
    `${say('cli.network', { components: ind.network.components, largest: ind.network.largestComponent, multi: ind.network.multiPairingEntities })}\n`,
    table(say('cli.hubs'), [say('cli.col.entity'), say('cli.col.name'), say('cli.col.country'), say('cli.col.pairings')],
      ind.network.hubs.slice(0, HUBS_SHOWN).map((h) => [h.entity, h.name, h.country, h.pairings])) +
      (ind.network.hubs.length > HUBS_SHOWN ? `${say('cli.hubs.more', { count: ind.network.hubs.length - HUBS_SHOWN })}\n` : ''),
    formatResults(ind.results),
    formatOutcomes(ind.outcomes),
  ];
  if (ind.warnings.length > 0) out.push(`${say('cli.importWarnings')}\n${ind.warnings.map((w) => `  - ${w}`).join('\n')}\n`);
  return out.join('\n');
}

const orNa = (v: number | null, shown: (v: number) => string = String) => (v === null ? say('cli.na') : shown(v));

function formatResults(r: Results): string {
  if (r.indicators === 0) return `${say('cli.results.none')}\n`;
  const st = r.byStatus;
  const lines = [
    say('cli.results', { indicators: r.indicators, levels: r.byLevel.map((l) => say('cli.results.level', { count: l.indicators, level: l.level })).join(', ') }),
    say('cli.results.statuses', { ...st }),
    say('cli.results.shares', { share: pct(r.onTrackShare), median: orNa(r.medianAchievement, (v) => `${v}%`) }),
    say('cli.results.completeness', { reported: r.completeness.reported, due: r.completeness.due, share: pct(r.completeness.share) }),
    say('cli.results.progress', { improved: r.progress.improved, compared: r.progress.compared, change: orNa(r.progress.meanChangePoints, (value) => say('cli.results.points', { value })) }),
  ];
  return [
    `${lines.join('\n')}\n`,
    table(say('cli.frameworkTotals'), [say('cli.col.framework'), say('cli.col.unit'), say('cli.col.indicators'), say('cli.col.pairings'), say('cli.col.baseline'), say('cli.col.actual'), say('cli.col.target')],
      r.frameworkTotals.map((f) => [f.frameworkRef, f.unit, f.indicators, f.pairings, f.baseline, f.actual, f.target])),
    table(say('cli.sdgTargets'), [say('cli.col.target'), say('cli.col.indicators'), say('cli.col.outcomes'), say('cli.col.pairings')], r.sdgTargets.map((t) => [t.target, t.indicators, t.outcomes, t.pairings])),
  ].join('\n');
}

function formatOutcomes(o: Outcomes): string {
  if (o.outcomes === 0) return `${say('cli.outcomes.none')}\n`;
  const lines = [
    say('cli.outcomes', { outcomes: o.outcomes, pairings: o.pairingsWithOutcomes, share: pct(o.pairingsWithOutcomesShare) }),
    say('cli.outcomes.twoWay', { share: pct(o.twoWayShare), reciprocity: orNa(o.meanReciprocity, (v) => v.toFixed(4)) }),
    say('cli.outcomes.substantiated', { share: pct(o.substantiatedShare), disputed: o.disputed, investment: o.investmentEur.toFixed(2) }),
  ];
  return [
    `${lines.join('\n')}\n`,
    table(say('cli.outcomesByType'), [say('cli.col.type'), say('cli.col.outcomes'), say('cli.col.high')], o.byType.map((t) => [t.type, t.outcomes, t.high])),
    table(say('cli.outcomesByYear'), [say('cli.col.year'), say('cli.col.outcomes')], o.byYear.map((y) => [String(y.year), y.outcomes])),
  ].join('\n');
}
