import type { ChartDescriptor, ChartId } from '../../shared/charts/types.js';
import type { Comparison } from '../../shared/compare.js';
import type { Scope } from '../../shared/indicators.js';
import { type MessageValues, type ReportKey, type Translator, translator } from '../../shared/i18n/index.js';
import { type LocalFormats, localFormats } from '../../shared/local-format.js';
import { describeScopeText } from '../../shared/scope-text.js';
import type { ReportData } from './report-data.js';

export interface RenderedChart {
  chart: ChartDescriptor;
  /** ECharts SSR output of the print-mode option. */
  svg: string;
}

/** What both documents are made from: the data, the charts, and the words around them. */
export interface ReportContext {
  title: string;
  /** Programme names of the pairings in scope ("IUC, IURC"), or null when none is recorded. */
  programme: string | null;
  scopeText: string;
  generatedAt: Date;
  data: ReportData;
  charts: Map<ChartId, RenderedChart>;
  /** The groups of `report --by` (or the Compare view's export); none without. */
  comparison?: Comparison;
  /** The report's language: every word from its catalogue. */
  t: Translator;
  /** Figures the language's way. */
  f: LocalFormats;
}

/** A report message in the report's language. */
export type Words = (key: ReportKey, values?: MessageValues) => string;
export const words = (ctx: { t: Translator }): Words => (key, values) => ctx.t.t(key, values);

/** The words and figures of a language, for a ReportContext. */
export const reportLanguage = (t: Translator) => ({ t, f: localFormats(t) });

/** "2026-11-23 16:40 UTC": the moment a report was made, the same in both documents. */
export function formatGeneratedAt(date: Date, t: Translator = translator('en')): string {
  const iso = date.toISOString();
  return `${localFormats(t).day(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}

/**
 * The scope in words with the as-of day (results.md section 2), which is no pairing filter
 * but changes every result and outcome figure, so every place that states the scope says it.
 */
export function reportScopeText(scope: Scope, t: Translator = translator('en')): string {
  const { asOf, ...lists } = scope;
  const filters = describeScopeText(lists as Record<string, readonly string[]>, t);
  return asOf === null ? filters : t.t('scope.withAsOf', { filters, date: localFormats(t).day(asOf) });
}
