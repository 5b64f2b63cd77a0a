import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { type AppEventListener, type ApiHandlers, type ColumnMapping, type ImportResult, fail, failSaying, ok } from '../shared/api-contract.js';
import { formatIssue, issueText } from '../shared/issues.js';
import { iatiFile, iatiSettings } from './export/iati-file.js';
import { reportFile } from './export/report-file.js';
import { writeTableFile } from './export/table-file.js';
import type { ImportProgress } from './import/stage-files.js';
import { withUploadedFiles } from './import/upload-files.js';
import { compareGroups } from './compare/compare.js';
import { computeDashboardIndicators, computeIndicatorFamilies } from './indicators/compute.js';
import { FilterError, bindFilters } from './indicators/filters.js';
import { filterOptions } from './queries/filter-options.js';
import { mapData, pairingCoverage } from './queries/map-data.js';
import { mapLayer, mapScope } from './queries/map-layer.js';
import { networkGraph } from './queries/network-graph.js';
import { listPairings, pairingDetail } from './queries/pairings.js';
import { importHistory, projectInfo } from './queries/provenance-queries.js';
import { outcomesPage, reciprocityPage, trackingPage } from './queries/result-pages.js';
import { resultsDetail } from './queries/results-detail.js';
import { tableRows } from './queries/table-arrow.js';
import { type ImportOutcome, Project } from './store/project.js';

export interface HandlerOptions {
  /** Receives progress and project-changed events (the host streams them, Electron sends them over IPC). */
  emit?: AppEventListener;
}

/** Turns a FilterError (a bad date that passed the shape check) into a bad-argument value. */
async function filtered<T>(work: () => Promise<T>) {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof FilterError) return fail('bad-argument', error.message);
    throw error;
  }
}

function importResult(files: readonly string[], outcome: ImportOutcome): ImportResult {
  return {
    ok: outcome.ok,
    files: files.map((f) => f.split(/[\\/]/).pop() ?? f),
    errors: outcome.report.errors,
    warnings: outcome.report.warnings,
    rows: outcome.rows,
    importId: outcome.importId,
  };
}

/**
 * The contract's handlers over one open project: plain async functions that neither know
 * nor care whether Electron IPC or the loopback HTTP host reached them.
 */
export function createHandlers(project: Project, options: HandlerOptions = {}): ApiHandlers {
  const emit = options.emit ?? (() => undefined);
  // Names this project's data in the map's generation, with the import id: two in-memory
  // projects both start at import 1.
  const instance = randomUUID();
  const onProgress = (p: ImportProgress) =>
    emit({ type: 'progress', task: 'import', phase: p.phase, done: Math.round(p.fraction * 1000), total: 1000, detail: [p.file, p.sheet].filter(Boolean).join(', ') });

  const exportProgress = (format: string) => {
    let step = 0;
    return (message: string) => emit({ type: 'progress', task: `export-${format}`, phase: message, done: ++step, total: 4 });
  };

  async function runImport(paths: string[], names: readonly string[], mapping: ColumnMapping | undefined): Promise<ImportResult> {
    emit({ type: 'progress', task: 'import', phase: 'reading', done: 0, total: 1000 });
    const outcome = await project.importFiles(paths, mapping ? { onProgress, mapping } : { onProgress });
    if (outcome.ok) {
      await project.checkpoint().catch(() => undefined);
      emit({ type: 'project-changed' });
    }
    return importResult(names, outcome);
  }

  return {
    'project/info': () => project.withConnection((c) => projectInfo(c, project.path)).then(ok),
    'filters/options': () => project.withConnection(filterOptions).then(ok),
    'indicators/compute': (filters) => filtered(() => project.withConnection((c) => computeDashboardIndicators(c, filters))),
    'indicators/families': ({ filters, families }) => filtered(() => project.withConnection((c) => computeIndicatorFamilies(c, filters, families))),
    'pairings/list': (query) => filtered(() => project.withConnection((c) => listPairings(c, query))),
    'pairings/detail': async ({ pairingId, asOf }) => {
      const found = await filtered(() => project.withConnection((c) => pairingDetail(c, pairingId, bindFilters({ asOf }).asOf)));
      if (!found.ok) return found;
      return found.value ? ok(found.value) : failSaying('bad-argument', issueText('issue.api.noSuchPairing', { id: pairingId.slice(0, 80) }), { field: 'pairingId' });
    },
    'pairings/map': (filters) => filtered(() => project.withConnection((c) => mapData(c, filters))),
    'pairings/mapLayer': () => project.withConnection((c) => mapLayer(c, instance)).then(ok),
    'pairings/mapScope': (filters) => filtered(() => project.withConnection((c) => mapScope(c, instance, filters))),
    'stakeholders/coverage': (filters) => filtered(() => project.withConnection((c) => pairingCoverage(c, filters))),
    'results/detail': (filters) => filtered(() => project.withConnection((c) => resultsDetail(c, filters))),
    'results/tracking': (query) => filtered(() => project.withConnection((c) => trackingPage(c, query))),
    'outcomes/list': (query) => filtered(() => project.withConnection((c) => outcomesPage(c, query))),
    'outcomes/reciprocity': (query) => filtered(() => project.withConnection((c) => reciprocityPage(c, query))),
    'imports/history': () => project.withConnection(importHistory).then(ok),
    'table/rows': (query) => project.withConnection((c) => tableRows(c, query)).then(ok),
    'import/files': async ({ paths, mapping }) => {
      for (const path of paths) {
        const info = await stat(path).catch(() => null);
        if (!info?.isFile()) return failSaying('bad-argument', issueText('issue.api.notAFile', { path: path.slice(0, 200) }), { field: 'paths' });
      }
      return ok(await runImport(paths, paths, mapping));
    },
    'import/upload': async ({ files, mapping }) =>
      ok(
        await withUploadedFiles(files, (paths) =>
          runImport(
            paths,
            files.map((f) => f.name),
            mapping,
          ),
        ),
      ),
    'compare/groups': ({ filters, compare }) => filtered(() => project.withConnection((c) => compareGroups(c, compare.by, filters, { values: compare.values }))),
    'network/graph': ({ filters, limit }) => filtered(() => project.withConnection((c) => networkGraph(c, filters, limit))),
    'export/xlsx': ({ filters, title, compare, language }) => filtered(() => reportFile(project, 'xlsx', filters, title, exportProgress('xlsx'), compare, language)),
    'export/pdf': ({ filters, title, compare, language }) => filtered(() => reportFile(project, 'pdf', filters, title, exportProgress('pdf'), compare, language)),
    'export/table': async (arg) => ok(await writeTableFile(arg)),
    'iati/settings': () => iatiSettings(project).then(ok),
    'export/iati': (arg) => iatiFile(project, arg),
  };
}

/** An in-memory project holding `files` (the sample programme, or what the user passed). */
export async function openFilesProject(files: readonly string[]): Promise<Project> {
  const project = await Project.open(':memory:');
  try {
    const outcome = await project.importFiles(files);
    if (!outcome.ok) {
      const first = outcome.report.errors.slice(0, 5).map(formatIssue).join('\n  ');
      throw new Error(`${files.join(', ')} could not be imported (${outcome.report.errors.length} error(s)):\n  ${first}`);
    }
    return project;
  } catch (error) {
    project.close();
    throw error;
  }
}
