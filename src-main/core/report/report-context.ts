import type { ChartDescriptor, ChartId } from '../../shared/charts/types.js';
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
}

/** "2026-11-23 16:40 UTC": the moment a report was made, the same in both documents. */
export function formatGeneratedAt(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
