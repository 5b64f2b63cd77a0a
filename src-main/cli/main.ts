import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ManifestError } from '../core/export/parquet/manifest.js';
import { ParquetSourceError, openParquetFolders } from '../core/export/parquet/read-parquet.js';
import { ParquetExportError, writeParquetFolder } from '../core/export/parquet/write-parquet.js';
import { compareGroups, leftOutWarning } from '../core/compare/compare.js';
import type { IatiExportSummary, ReportingOrg } from '../core/export/iati/index.js';
import { readReportingOrg } from '../core/export/iati/reporting-org-setting.js';
import { checkReportingOrg } from '../core/export/iati/rules.js';
import { computeIndicators } from '../core/indicators/compute.js';
import { FilterError, bindFilters } from '../core/indicators/filters.js';
import { ReportWriteError } from '../core/report/atomic-files.js';
import type { ReportStep } from '../core/report/write-reports.js';
import { MissingFontError } from '../core/report/fonts.js';
import type { ColumnMapping } from '../core/import/header-map.js';
import { ProjectFormatError } from '../core/store/migrations.js';
import { type ImportOutcome, Project } from '../core/store/project.js';
import { CheckpointError, importIntoProjectFile } from '../core/store/project-file.js';
import { storageProblem } from '../core/store/storage-problem.js';
import type { Filters } from '../shared/indicators.js';
import { formatIssue, plainIssue, plainReport } from '../shared/issues.js';
import { GROUPINGS, type Grouping, isGrouping } from '../shared/compare.js';
import { LANGUAGES, type Language, isLanguage } from '../shared/i18n/index.js';
import { formatComparison } from './format-comparison.js';
import { formatIndicators } from './format-indicators.js';
import { progressBar } from './progress-bar.js';
import { cliText } from '../shared/i18n/cli-text.js';

const USAGE = cliText('cli.usage');

class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  project: { type: 'string' },
  mapping: { type: 'string' },
  programme: { type: 'string', multiple: true },
  component: { type: 'string', multiple: true },
  theme: { type: 'string', multiple: true },
  region: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
  xlsx: { type: 'string' },
  pdf: { type: 'string' },
  title: { type: 'string' },
  by: { type: 'string' },
  lang: { type: 'string' },
  parquet: { type: 'string' },
  iati: { type: 'string' },
  'reporting-org': { type: 'string' },
  'reporting-org-type': { type: 'string' },
  'reporting-org-name': { type: 'string' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

function readMapping(path: string | undefined): ColumnMapping | undefined {
  if (!path) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(cliText('cli.mapping.unreadable', { path, reason: (e as Error).message }));
  }
  if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new UsageError(cliText('cli.mapping.shape', { path }));
  }
  return parsed as ColumnMapping;
}

function filtersOf(v: Values): Filters {
  const f: Filters = {};
  for (const name of ['programme', 'component', 'theme', 'region', 'status'] as const) if (v[name]) f[name] = v[name];
  if (v.from) f.from = v.from;
  if (v.to) f.to = v.to;
  if (v['as-of']) f.asOf = v['as-of'];
  // A mistyped date fails before a large file is read, not after.
  bindFilters(f);
  return f;
}

/** cli.md: 0 valid, 1 invalid data, 2 a file that cannot be read at all. */
const exitCode = (outcome: ImportOutcome) => (outcome.unreadable ? 2 : outcome.ok ? 0 : 1);

/** "12 pairings, 30 entities": the rows an import holds, table by table. */
const rowsText = (rows: Record<string, number>) => Object.entries(rows).map(([table, count]) => cliText('cli.rows', { count, table })).join(', ');

/** Prints an import's problems; returns the exit code it deserves. */
function reportOutcome(outcome: ImportOutcome, json: boolean): number {
  const code = exitCode(outcome);
  if (json) {
    if (!outcome.ok) out(JSON.stringify(plainReport(outcome.report), null, 2));
  } else {
    for (const e of outcome.report.errors) err(cliText('cli.issue.error', { issue: formatIssue(e) }));
    for (const w of outcome.report.warnings) err(cliText('cli.issue.warning', { issue: formatIssue(w) }));
    if (!outcome.ok) err(cliText('cli.import.refused', { errors: outcome.report.errors.length }));
  }
  return code;
}

async function importWithProgress<T>(work: (onProgress: ReturnType<typeof progressBar>['update']) => Promise<T>): Promise<T> {
  const bar = progressBar();
  try {
    return await work(bar.update);
  } finally {
    bar.done();
  }
}

async function validate(files: string[], v: Values): Promise<number> {
  if (files.length === 0) throw new UsageError(cliText('cli.validate.needsFile'));
  const project = await Project.open();
  try {
    const outcome = await importWithProgress((onProgress) => project.importFiles(files, { mapping: readMapping(v.mapping), onProgress }));
    if (v.json) {
      out(JSON.stringify(plainReport(outcome.report), null, 2));
      return exitCode(outcome);
    }
    const code = reportOutcome(outcome, false);
    if (outcome.ok) out(cliText('cli.validate.valid', { rows: rowsText(outcome.rows), warnings: outcome.report.warnings.length }));
    return code;
  } finally {
    project.close();
  }
}

async function importCommand(files: string[], v: Values): Promise<number> {
  if (files.length === 0) throw new UsageError(cliText('cli.import.needsFile'));
  if (!v.project) throw new UsageError(cliText('cli.import.needsProject'));
  let outcome: ImportOutcome;
  try {
    outcome = await importWithProgress((onProgress) => importIntoProjectFile(v.project!, files, { mapping: readMapping(v.mapping), onProgress }));
  } catch (error) {
    if (!(error instanceof CheckpointError)) throw error;
    // Committed: the data is in the project, only not yet folded into its file.
    outcome = error.outcome;
    const storage = storageProblem(error.cause, v.project);
    err(cliText('cli.import.notCheckpointed', { problem: storage ?? error.message, project: v.project }));
  }
  const code = reportOutcome(outcome, Boolean(v.json));
  if (outcome.ok) {
    if (v.json) out(JSON.stringify({ importId: outcome.importId, rows: outcome.rows, warnings: outcome.report.warnings.map(plainIssue) }, null, 2));
    else out(cliText('cli.import.done', { project: v.project, rows: rowsText(outcome.rows) }));
  }
  return code;
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Opens SOURCE (a `.duckdb` project, data files imported into memory, or Parquet folders read
 * as they are) and runs `work` on it.
 */
async function withSource(command: string, sources: string[], v: Values, work: (project: Project) => Promise<number>): Promise<number> {
  if (sources.length === 0) throw new UsageError(cliText('cli.source.needed', { command }));
  const folders = sources.filter(isFolder);
  if (folders.length > 0) {
    if (folders.length < sources.length) {
      throw new UsageError(cliText('cli.source.mixed', { command, files: sources.filter((s) => !isFolder(s)).join(', ') }));
    }
    const project = await openParquetFolders(folders);
    try {
      return await work(project);
    } finally {
      project.close();
    }
  }
  const isProject = sources.length === 1 && /\.duckdb$/i.test(sources[0]!);
  if (isProject && !existsSync(sources[0]!)) throw new UsageError(cliText('cli.source.noProject', { path: sources[0]! }));
  const project = await Project.open(isProject ? sources[0]! : ':memory:');
  try {
    if (!isProject) {
      const outcome = await importWithProgress((onProgress) => project.importFiles(sources, { mapping: readMapping(v.mapping), onProgress }));
      if (!outcome.ok) return reportOutcome(outcome, Boolean(v.json));
    }
    return await work(project);
  } finally {
    project.close();
  }
}

async function indicatorsCommand(sources: string[], v: Values): Promise<number> {
  const filters = filtersOf(v);
  return withSource('indicators', sources, v, async (project) => {
    const indicators = await project.withConnection((c) => computeIndicators(c, filters));
    out(v.json ? JSON.stringify(indicators, null, 2) : formatIndicators(indicators));
    return 0;
  });
}

/** --by, checked: an unknown grouping is bad usage naming the allowed ones. */
function groupingOf(v: Values): Grouping | undefined {
  if (v.by === undefined) return undefined;
  const by = v.by.trim().toLowerCase();
  if (!isGrouping(by)) throw new UsageError(cliText('cli.by.unknown', { value: v.by, groupings: GROUPINGS.join(', ') }));
  return by;
}

/** indicators.md section 7: `compare SOURCE --by X [filters] [--json]`. */
async function compareCommand(sources: string[], v: Values): Promise<number> {
  const by = groupingOf(v);
  if (!by) throw new UsageError(cliText('cli.compare.needsBy', { groupings: GROUPINGS.join(', ') }));
  const filters = filtersOf(v);
  return withSource('compare', sources, v, async (project) => {
    const comparison = await project.withConnection((c) => compareGroups(c, by, filters));
    const warning = leftOutWarning(comparison);
    if (warning) err(cliText('cli.warning', { warning }));
    out(v.json ? JSON.stringify({ by: comparison.by, groups: comparison.groups }, null, 2) : formatComparison(comparison));
    return 0;
  });
}

/** --lang, checked: an unknown language is bad usage naming those Twinlens speaks. */
function languageOf(v: Values): Language {
  if (v.lang === undefined) return 'en';
  if (!isLanguage(v.lang)) throw new UsageError(cliText('cli.lang.unknown', { value: v.lang, languages: LANGUAGES.join(', ') }));
  return v.lang;
}

/** A report's step as the CLI says it on standard error ("computing indicators..."). */
function reportStepText(step: ReportStep, by: Grouping | undefined): string {
  return step === 'comparing' ? cliText('cli.report.step.comparing', { by: by ?? '' }) : cliText(`cli.report.step.${step}`);
}

async function reportCommand(sources: string[], v: Values): Promise<number> {
  if (!v.xlsx && !v.pdf) throw new UsageError(cliText('cli.report.needsOutput'));
  if (v.xlsx && !/\.xlsx$/i.test(v.xlsx)) throw new UsageError(cliText('cli.report.xlsxName', { path: v.xlsx }));
  if (v.pdf && !/\.pdf$/i.test(v.pdf)) throw new UsageError(cliText('cli.report.pdfName', { path: v.pdf }));
  const language = languageOf(v);
  const filters = filtersOf(v);
  const by = groupingOf(v);
  return withSource('report', sources, v, async (project) => {
    const started = performance.now();
    // Loaded here: ECharts, pdfkit and resvg would slow every other command's start.
    const { writeReports } = await import('../core/report/write-reports.js');
    const result = await writeReports(project, filters, { xlsx: v.xlsx, pdf: v.pdf, title: v.title, compare: by ? { by } : undefined, language, onProgress: (step) => err(reportStepText(step, by)) });
    if (result.comparison) {
      const warning = leftOutWarning(result.comparison);
      if (warning) err(cliText('cli.warning', { warning }));
    }
    const written = result.xlsx && result.pdf ? cliText('cli.report.both', { xlsx: result.xlsx, pdf: result.pdf }) : (result.xlsx ?? result.pdf ?? '');
    err(cliText('cli.report.wrote', { written, pairings: result.pairings, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
    return 0;
  });
}

/**
 * The reporting organisation of an IATI export: the three options, or, for a .duckdb project
 * given none of them, the one the project remembers (saved by the app). Checked before any
 * data is read: a bad one is bad usage (exit 2) naming what to give.
 */
async function reportingOrgOf(sources: string[], v: Values): Promise<ReportingOrg> {
  const given = { ref: v['reporting-org'], type: v['reporting-org-type'], name: v['reporting-org-name'] };
  let org: ReportingOrg | null = null;
  if (given.ref === undefined && given.type === undefined && given.name === undefined && sources.length === 1 && /\.duckdb$/i.test(sources[0]!) && existsSync(sources[0]!)) {
    const project = await Project.open(sources[0]!);
    try {
      org = await project.withConnection(readReportingOrg);
    } finally {
      project.close();
    }
  }
  if (org === null) {
    const missing = (['ref', 'type', 'name'] as const).filter((k) => given[k] === undefined).map((k) => cliText(`cli.iati.option.${k}`));
    if (missing.length > 0) throw new UsageError(cliText('cli.iati.needsOrg', { missing: missing.join(', ') }));
    org = { ref: given.ref!.trim(), type: given.type!.trim(), name: given.name!.trim() };
  }
  const problems = checkReportingOrg(org);
  if (problems.length > 0) throw new UsageError(problems.map((p) => p.message).join('\n'));
  return org;
}

/** "error: [IATI rule 1.2] ...": one problem of an IATI export; the severity is its coded value. */
const iatiProblemText = (severity: string, rule: string | undefined | null, message: string) =>
  cliText('cli.iati.problem', { severity, rule: rule ? cliText('cli.iati.rule', { rule }) : '', message });

/** cli.md: `export SOURCE [filters] --iati OUT.xml --reporting-org REF --reporting-org-type CODE --reporting-org-name NAME`. */
async function exportIatiCommand(sources: string[], v: Values): Promise<number> {
  const output = v.iati!.trim();
  if (!/\.xml$/i.test(output)) throw new UsageError(cliText('cli.iati.xmlName', { path: v.iati! }));
  const filters = filtersOf(v);
  const org = await reportingOrgOf(sources, v);
  return withSource('export', sources, v, async (project) => {
    const started = performance.now();
    // Loaded here: the XML writer would slow every other command's start.
    const { exportIati, IatiExportError } = await import('../core/export/iati/index.js');
    let summary: IatiExportSummary;
    try {
      summary = await exportIati(project, filters, output, { reportingOrg: org });
    } catch (e) {
      if (!(e instanceof IatiExportError)) throw e;
      for (const p of e.problems) err(iatiProblemText(p.severity, p.rule, p.message));
      err(cliText('cli.iati.nothingWritten', { path: output, errors: e.problems.filter((p) => p.severity === 'error').length }));
      return 1;
    }
    for (const w of summary.warnings) err(iatiProblemText('warning', w.rule, w.message));
    const bytes = statSync(output).size;
    err(
      cliText('cli.iati.wrote', {
        path: output,
        programmes: summary.programmes,
        pairings: summary.pairings,
        results: summary.results,
        megabytes: (bytes / 1e6).toFixed(1),
        seconds: ((performance.now() - started) / 1000).toFixed(1),
        warnings: summary.warnings.length,
      }),
    );
    if (v.json) out(JSON.stringify({ ...summary, bytes }, null, 2));
    return 0;
  });
}

/** cli.md: `export SOURCE [filters] --iati OUT.xml ...` or `--parquet DIR`, one target a run. */
async function exportCommand(sources: string[], v: Values): Promise<number> {
  if (v.iati !== undefined && v.parquet !== undefined) throw new UsageError(cliText('cli.export.oneTarget'));
  if (v.iati !== undefined) return exportIatiCommand(sources, v);
  if (!v.parquet) throw new UsageError(cliText('cli.export.needsTarget'));
  if (v.parquet.trim() === '') throw new UsageError(cliText('cli.parquet.needsFolder'));
  const filters = filtersOf(v);
  return withSource('export', sources, v, async (project) => {
    const started = performance.now();
    const result = await writeParquetFolder(project, filters, v.parquet!);
    const tables = Object.keys(result.rows).filter((t) => !t.startsWith('derived/')).length;
    err(
      cliText('cli.parquet.wrote', {
        dir: result.dir,
        tables,
        pairings: result.pairings,
        megabytes: (result.bytes / 1e6).toFixed(1),
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      }),
    );
    if (v.json) out(JSON.stringify(result, null, 2));
    return 0;
  });
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    err(cliText('cli.badUsage', { message: (e as Error).message, usage: USAGE }));
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'validate':
        return await validate(rest, values);
      case 'import':
        return await importCommand(rest, values);
      case 'indicators':
        return await indicatorsCommand(rest, values);
      case 'compare':
        return await compareCommand(rest, values);
      case 'report':
        return await reportCommand(rest, values);
      case 'export':
        return await exportCommand(rest, values);
      default:
        throw new UsageError(cliText('cli.unknownCommand', { command }));
    }
  } catch (e) {
    if (e instanceof ReportWriteError || e instanceof MissingFontError || e instanceof ParquetSourceError || e instanceof ParquetExportError || e instanceof ManifestError) {
      err(cliText('cli.failed', { message: e.message }));
      return 2;
    }
    if (e instanceof UsageError || e instanceof FilterError) {
      err(cliText('cli.badUsage', { message: e.message, usage: USAGE }));
      return 2;
    }
    if (e instanceof ProjectFormatError) {
      err(cliText('cli.projectFormat', { path: values.project ?? rest[0] ?? '', message: e.message }));
      return 2;
    }
    const storage = storageProblem(e, values.project ?? rest[0] ?? cliText('cli.storage.theProject'));
    if (storage) {
      // Imports are atomic (project.ts, project-file.ts): a failed write changed nothing.
      const after = values.project && existsSync(values.project) ? cliText('cli.storage.asItWas') : cliText('cli.storage.noFile');
      err(cliText('cli.storage', { problem: storage, more: command === 'import' ? cliText('cli.storage.nothingImported', { after }) : '' }).trimEnd());
      if (values.debug) err(String((e as Error).stack));
      return 2;
    }
    err(cliText('cli.failed', { message: (e as Error).message }));
    if (values.debug) err(String((e as Error).stack));
    else err(cliText('cli.debugHint'));
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
