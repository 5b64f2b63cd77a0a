import { createWriteStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { buildCharts } from '../../shared/charts/index.js';
import { buildCompareCharts } from '../../shared/charts/compare.js';
import { networkHubsChart } from '../../shared/charts/network.js';
import type { Comparison, Grouping } from '../../shared/compare.js';
import { buildOutcomeCharts } from '../../shared/charts/outcomes.js';
import { buildResultCharts } from '../../shared/charts/results.js';
import type { ChartId } from '../../shared/charts/types.js';
import { type Language, translator } from '../../shared/i18n/index.js';
import type { Filters } from '../../shared/indicators.js';
import { compareGroups } from '../compare/compare.js';
import type { Project } from '../store/project.js';
import { inTransaction } from '../store/transaction.js';
import { writeFilesAtomically } from './atomic-files.js';
import { buildPdf } from './pdf-report.js';
import { chartSvg } from './render-chart.js';
import { type RenderedChart, type ReportContext, reportLanguage, reportScopeText } from './report-context.js';
import { withReportData } from './report-data.js';
import { buildWorkbook } from './workbook.js';
import { writeWorkbookFile } from './bulk-sheets.js';

/** The steps of writing reports, in order; "comparing" only with a comparison. */
export type ReportStep = 'comparing' | 'indicators' | 'charts' | 'workbook' | 'pdf';

export interface ReportOptions {
  /** Where to write the Excel workbook; none when absent. */
  xlsx?: string;
  /** Where to write the PDF report; none when absent. */
  pdf?: string;
  /** Report title; defaults to "<programme> evaluation report". */
  title?: string;
  /** Each step as it starts, as a code: the CLI words it from its catalogue; the app passes it on as its export's phase. */
  onProgress?: (step: ReportStep) => void;
  /** The moment printed as "generated at" (tests pin it). */
  now?: Date;
  /** `report --by`: a comparison section in the PDF and a Comparison sheet in the workbook. */
  compare?: { by: Grouping; values?: readonly string[] };
  /**
   * The language of every word of both documents and of their figures' formats (default
   * English). The workbook's coded columns and Data sheets keep the data's canonical values.
   */
  language?: Language;
}

export interface ReportResult {
  xlsx: string | null;
  pdf: string | null;
  pairings: number;
  /** The groups of `compare`, when asked for. */
  comparison?: Comparison;
}

/** Pipes an ended pdfkit document into a file; resolves once every byte is on disk. */
function savePdf(doc: PDFKit.PDFDocument, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
    doc.pipe(out);
  });
}

/** The workbook and/or the PDF over the scope the filters select, from an open connection. */
export async function writeReportsFrom(connection: DuckDBConnection, filters: Filters, options: ReportOptions): Promise<ReportResult> {
  if (!options.xlsx && !options.pdf) throw new Error('writeReports needs an xlsx or a pdf path.');
  const progress = options.onProgress ?? (() => undefined);
  // One snapshot for the groups and the report; the groups first, as each fills the scope tables the report then keeps open.
  return inTransaction(connection, async () => {
    let comparison: Comparison | undefined;
    if (options.compare) {
      progress('comparing');
      comparison = await compareGroups(connection, options.compare.by, filters, { values: options.compare.values });
    }
    progress('indicators');
    return withReportData(connection, filters, async (data) => {
      const programme = data.programmes.length > 0 ? data.programmes.join(', ') : null;
      const t = translator(options.language ?? 'en');
      progress('charts');
      // The charts speak the report's language.
      const descriptors = buildCharts(data.indicators, { mode: 'print', t });
      // A programme that tracks no results gets a line saying so, not empty charts.
      if (data.dataset.resultIndicators > 0) descriptors.push(...buildResultCharts(data.results, 'print', t));
      if (data.dataset.resultIndicators > 0 || data.dataset.outcomes > 0) descriptors.push(...buildOutcomeCharts(data.indicators, 'print', t));
      descriptors.push(networkHubsChart(data.indicators, 'print', t));
      if (comparison) descriptors.push(...buildCompareCharts(comparison, 'print', t));
      const charts = new Map<ChartId, RenderedChart>(descriptors.map((chart) => [chart.id, { chart, svg: chartSvg(chart) }]));
      const ctx: ReportContext = {
        title: options.title?.trim() || t.t('report.defaultTitle', { programme: programme ?? t.t('term.programme') }),
        programme,
        scopeText: reportScopeText(data.indicators.scope, t),
        ...reportLanguage(t),
        generatedAt: options.now ?? new Date(),
        data,
        charts,
        comparison,
      };
      const targets: Array<{ path: string; write: (temp: string) => Promise<void> }> = [];
      if (options.xlsx) {
        targets.push({
          path: options.xlsx,
          write: async (temp) => {
            progress('workbook');
            const { workbook, bulk } = buildWorkbook(ctx);
            // The long lists are read from the scope as they are written, a chunk at a time.
            await writeWorkbookFile(temp, workbook, bulk);
          },
        });
      }
      if (options.pdf) {
        targets.push({
          path: options.pdf,
          write: async (temp) => {
            progress('pdf');
            await savePdf(buildPdf(ctx), temp);
          },
        });
      }
      await writeFilesAtomically(targets);
      return { xlsx: options.xlsx ?? null, pdf: options.pdf ?? null, pairings: data.indicators.summary.pairings, comparison };
    });
  });
}

/** The same for a project: what the app's Export menu and the `report` command call. */
export function writeReports(project: Project, filters: Filters, options: ReportOptions): Promise<ReportResult> {
  return project.withConnection((connection) => writeReportsFrom(connection, filters, options));
}
