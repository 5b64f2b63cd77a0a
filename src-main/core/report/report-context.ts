import type { ChartDescriptor, ChartId } from '../../shared/charts/types.js';
import type { Comparison } from '../../shared/compare.js';
import type { Scope } from '../../shared/indicators.js';
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
}

/** "2026-11-23 16:40 UTC": the moment a report was made, the same in both documents. */
export function formatGeneratedAt(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The scope in words with the as-of day (results.md section 2), which is no pairing filter
 * but changes every result and outcome figure, so every place that states the scope says it.
 */
export function reportScopeText(scope: Scope): string {
  const { asOf, ...lists } = scope;
  const filters = describeScopeText(lists as Record<string, readonly string[]>);
  return asOf === null ? filters : `${filters}; results and outcomes as of ${asOf}`;
}
