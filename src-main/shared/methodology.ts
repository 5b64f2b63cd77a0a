/**
 * "How this is measured": the definitions of spec/indicators.md, word for word where the
 * spec is a sentence for a person. One module, read by the dashboard's chart notes, the
 * workbook's Methodology sheet and the PDF report, so every surface explains a number the
 * same way. The words live in the report catalogue (i18n/messages/report.*.ts, keys
 * `methodology.<id>.label|definition` and `methodology.rule.*`), English being the spec's;
 * change a definition only together with indicators.md (results.md for the families
 * `results` and `outcomes`) and its French and Spanish.
 */
import { type Translator, translator } from './i18n/index.js';
import type { ReportKey } from './i18n/index.js';

export type IndicatorFamily = 'summary' | 'regions' | 'themes' | 'stakeholders' | 'gcom' | 'delivery' | 'network' | 'results' | 'outcomes';

export interface Definition {
  /** Stable id: the indicator's key path in `indicators --json`, e.g. `stakeholderMix.meanEvenness`. */
  id: string;
  family: IndicatorFamily;
  /** Short name for a table row or a heading. */
  label: string;
  definition: string;
}

const english = translator('en');

/** The scope rule, the ratio rule and the as-of rule, in a language (English by default). */
export const scopeRule = (t: Translator = english) => t.t('methodology.rule.scope');
export const ratioRule = (t: Translator = english) => t.t('methodology.rule.ratio');
export const asOfRule = (t: Translator = english) => t.t('methodology.rule.asOf');

export const SCOPE_RULE = scopeRule();
export const RATIO_RULE = ratioRule();
export const AS_OF_RULE = asOfRule();

/** Every indicator with a definition, in the order the Methodology sheet lists them. */
const INDICATORS: ReadonlyArray<readonly [string, IndicatorFamily]> = [
  ['summary.pairings', 'summary'],
  ['summary.entities', 'summary'],
  ['summary.countries', 'summary'],
  ['summary.regions', 'summary'],
  ['summary.themes', 'summary'],
  ['summary.organisations', 'summary'],
  ['summary.participants', 'summary'],
  ['summary.activities', 'summary'],
  ['pairingsByRegion.pairings', 'regions'],
  ['pairingsByRegion.entities', 'regions'],
  ['regionMatrix', 'regions'],
  ['countryMatrix', 'regions'],
  ['themes', 'themes'],
  ['themeOverlap', 'themes'],
  ['multiThemeShare', 'themes'],
  ['stakeholderMix.byHelix', 'stakeholders'],
  ['stakeholderMix.quadrupleHelixShare', 'stakeholders'],
  ['stakeholderMix.meanHelixCoverage', 'stakeholders'],
  ['stakeholderMix.meanEvenness', 'stakeholders'],
  ['gcom.entities', 'gcom'],
  ['gcom.signatories', 'gcom'],
  ['gcom.share', 'gcom'],
  ['gcom.actionPlans', 'gcom'],
  ['gcom.joinedDuringPairing', 'gcom'],
  ['gcom.byRegion', 'gcom'],
  ['delivery.actionPlans', 'delivery'],
  ['delivery.pilotProjects', 'delivery'],
  ['delivery.activitiesByType', 'delivery'],
  ['delivery.medianDurationMonths', 'delivery'],
  ['network.multiPairingEntities', 'network'],
  ['network.hubs', 'network'],
  ['network.components', 'network'],
  ['network.largestComponent', 'network'],
  ['results.achievement', 'results'],
  ['results.status', 'results'],
  ['results.indicators', 'results'],
  ['results.byLevel', 'results'],
  ['results.byStatus', 'results'],
  ['results.onTrackShare', 'results'],
  ['results.medianAchievement', 'results'],
  ['results.completeness', 'results'],
  ['results.progress', 'results'],
  ['results.frameworkTotals', 'results'],
  ['results.sdgTargets', 'results'],
  ['results.byLevelStatus', 'results'],
  ['results.byTheme', 'results'],
  ['results.byRegion', 'results'],
  ['outcomes.outcomes', 'outcomes'],
  ['outcomes.pairingsWithOutcomes', 'outcomes'],
  ['outcomes.pairingsWithOutcomesShare', 'outcomes'],
  ['outcomes.byType', 'outcomes'],
  ['outcomes.byHelix', 'outcomes'],
  ['outcomes.twoWayShare', 'outcomes'],
  ['outcomes.meanReciprocity', 'outcomes'],
  ['outcomes.substantiatedShare', 'outcomes'],
  ['outcomes.disputed', 'outcomes'],
  ['outcomes.investmentEur', 'outcomes'],
  ['outcomes.byYear', 'outcomes'],
];

// Per translator, not per language: a wrapped translator (the pseudo-locale) shares its
// language with the plain one but not its words.
const definitionsByTranslator = new WeakMap<Translator, readonly Definition[]>();

/** The definitions in a translator's words (English by default), in the order of the Methodology sheet. */
export function definitions(t: Translator = english): readonly Definition[] {
  let made = definitionsByTranslator.get(t);
  if (!made) {
    made = INDICATORS.map(([id, family]) => ({
      id,
      family,
      label: t.t(`methodology.${id}.label` as ReportKey),
      definition: t.t(`methodology.${id}.definition` as ReportKey),
    }));
    definitionsByTranslator.set(t, made);
  }
  return made;
}

/** The English definitions, the spec's words. */
export const DEFINITIONS: readonly Definition[] = definitions();

/** The definition of one indicator; throws on an unknown id so a typo fails in tests, not in a report. */
export function definitionOf(id: string, t: Translator = english): Definition {
  const found = definitions(t).find((d) => d.id === id);
  if (!found) throw new Error(`no definition for indicator "${id}"`);
  return found;
}

/** Several definitions as one paragraph: "Label: definition. Label: definition." */
export function howMeasured(ids: readonly string[], t: Translator = english): string {
  return ids.map((id) => definitionOf(id, t)).map((d) => `${d.label}${t.t('punctuation.colon')} ${d.definition}`).join(' ');
}
