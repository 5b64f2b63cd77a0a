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

const USAGE = `Usage: twinlens <command> [options]

  validate FILE...                     check files without importing
  import FILE... --project P.duckdb    import files into a project (replaces its dataset)
  indicators SOURCE [filters] [--json] print the indicators of a project or of data files
  compare SOURCE --by X [filters] [--json]
                                       the indicators once per programme, component,
                                       region, theme, status or start-year, side by side
  report SOURCE [filters] --xlsx OUT.xlsx --pdf OUT.pdf [--title T] [--by X] [--lang L]
                                       write the Excel workbook and/or the PDF report
  export SOURCE [filters] --iati OUT.xml --reporting-org REF --reporting-org-type CODE
         --reporting-org-name NAME
                                       write the programme as IATI activity XML 2.03 (a
                                       .duckdb project remembers the reporting org)
  export SOURCE [filters] --parquet DIR
                                       write the dataset as Parquet, one file per table,
                                       with manifest.json (DuckDB, Spark, pandas read it)

SOURCE: a .duckdb project, data files (imported into memory), or one or more
folders written by export --parquet (read as one dataset, without an import).

Filters (repeatable; values OR-ed within a filter, filters AND-ed):
  --programme X  --component X  --theme X  --region X  --status X
  --from YYYY-MM-DD  --to YYYY-MM-DD   (pairing start date)
  --as-of YYYY-MM-DD                   results and outcomes as they stood that day
                                       (leaves out later result values and outcomes)

Report: --xlsx OUT.xlsx  --pdf OUT.pdf  --title T  --lang en|fr|es (the reports' language,
        default en; the JSON output of every command is the same in every language)
IATI: --iati OUT.xml  --reporting-org REF (prefix from IATI's OrganisationRegistrationAgency,
      e.g. XI-IATI-...)  --reporting-org-type CODE (OrganisationType, e.g. 15)
      --reporting-org-name NAME; data errors exit 1 with nothing written
Options: --json  --mapping MAP.json (header -> data-model column)  --debug
Exit codes: 0 ok, 1 invalid data, 2 unreadable file or bad usage.`;

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
    throw new UsageError(`--mapping ${path} cannot be read as JSON (${(e as Error).message}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new UsageError(`--mapping ${path} must be a JSON object of "header in your file": "data-model column" pairs.`);
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

/** Prints an import's problems; returns the exit code it deserves. */
function reportOutcome(outcome: ImportOutcome, json: boolean): number {
  const code = exitCode(outcome);
  if (json) {
    if (!outcome.ok) out(JSON.stringify(plainReport(outcome.report), null, 2));
  } else {
    for (const e of outcome.report.errors) err(`error: ${formatIssue(e)}`);
    for (const w of outcome.report.warnings) err(`warning: ${formatIssue(w)}`);
    if (!outcome.ok) err(`${outcome.report.errors.length} error(s): nothing was imported.`);
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
  if (files.length === 0) throw new UsageError('validate needs at least one file.');
  const project = await Project.open();
  try {
    const outcome = await importWithProgress((onProgress) => project.importFiles(files, { mapping: readMapping(v.mapping), onProgress }));
    if (v.json) {
      out(JSON.stringify(plainReport(outcome.report), null, 2));
      return exitCode(outcome);
    }
    const code = reportOutcome(outcome, false);
    if (outcome.ok) out(`valid: ${Object.entries(outcome.rows).map(([t, n]) => `${n} ${t}`).join(', ')}; ${outcome.report.warnings.length} warning(s).`);
    return code;
  } finally {
    project.close();
  }
}

async function importCommand(files: string[], v: Values): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one file.');
  if (!v.project) throw new UsageError('import needs --project P.duckdb (created if it does not exist).');
  let outcome: ImportOutcome;
  try {
    outcome = await importWithProgress((onProgress) => importIntoProjectFile(v.project!, files, { mapping: readMapping(v.mapping), onProgress }));
  } catch (error) {
    if (!(error instanceof CheckpointError)) throw error;
    // Committed: the data is in the project, only not yet folded into its file.
    outcome = error.outcome;
    const storage = storageProblem(error.cause, v.project);
    err(`twinlens: warning: the data was imported, but ${storage ?? error.message}. It is safe in ${v.project}.wal and joins the project file the next time the project is opened with room on the disk.`);
  }
  const code = reportOutcome(outcome, Boolean(v.json));
  if (outcome.ok) {
    if (v.json) out(JSON.stringify({ importId: outcome.importId, rows: outcome.rows, warnings: outcome.report.warnings.map(plainIssue) }, null, 2));
    else out(`imported into ${v.project}: ${Object.entries(outcome.rows).map(([t, n]) => `${n} ${t}`).join(', ')}.`);
  }
  return code;
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Opens SOURCE (a `.duckdb` project, data files imported into memory, or Parquet folders read
 * as they are) and runs `work` on it.
 */
async function withSource(command: string, sources: string[], v: Values, work: (project: Project) => Promise<number>): Promise<number> {
  if (sources.length === 0) throw new UsageError(`${command} needs a .duckdb project, data files or Parquet folders.`);
  const folders = sources.filter(isFolder);
  if (folders.length > 0) {
    if (folders.length < sources.length) {
      throw new UsageError(`${command} reads Parquet folders or data files, not both: ${sources.filter((s) => !isFolder(s)).join(', ')} is not a folder.`);
    }
    const project = await openParquetFolders(folders);
    try {
      return await work(project);
    } finally {
      project.close();
    }
  }
  const isProject = sources.length === 1 && /\.duckdb$/i.test(sources[0]!);
  if (isProject && !existsSync(sources[0]!)) throw new UsageError(`${sources[0]} does not exist: import data into it first.`);
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
  if (!isGrouping(by)) throw new UsageError(`--by "${v.by}" is not a grouping: use one of ${GROUPINGS.join(', ')}.`);
  return by;
}

/** indicators.md section 7: `compare SOURCE --by X [filters] [--json]`. */
async function compareCommand(sources: string[], v: Values): Promise<number> {
  const by = groupingOf(v);
  if (!by) throw new UsageError(`compare needs --by, one of ${GROUPINGS.join(', ')}.`);
  const filters = filtersOf(v);
  return withSource('compare', sources, v, async (project) => {
    const comparison = await project.withConnection((c) => compareGroups(c, by, filters));
    const warning = leftOutWarning(comparison);
    if (warning) err(`twinlens: warning: ${warning}`);
    out(v.json ? JSON.stringify({ by: comparison.by, groups: comparison.groups }, null, 2) : formatComparison(comparison));
    return 0;
  });
}

/** --lang, checked: an unknown language is bad usage naming those Twinlens speaks. */
function languageOf(v: Values): Language {
  if (v.lang === undefined) return 'en';
  if (!isLanguage(v.lang)) throw new UsageError(`--lang "${v.lang}" is not a language Twinlens speaks: use one of ${LANGUAGES.join(', ')}.`);
  return v.lang;
}

async function reportCommand(sources: string[], v: Values): Promise<number> {
  if (!v.xlsx && !v.pdf) throw new UsageError('report needs --xlsx OUT.xlsx and/or --pdf OUT.pdf.');
  if (v.xlsx && !/\.xlsx$/i.test(v.xlsx)) throw new UsageError(`--xlsx ${v.xlsx} must end in .xlsx.`);
  if (v.pdf && !/\.pdf$/i.test(v.pdf)) throw new UsageError(`--pdf ${v.pdf} must end in .pdf.`);
  const language = languageOf(v);
  const filters = filtersOf(v);
  const by = groupingOf(v);
  return withSource('report', sources, v, async (project) => {
    const started = performance.now();
    // Loaded here: ECharts, pdfkit and resvg would slow every other command's start.
    const { writeReports } = await import('../core/report/write-reports.js');
    const result = await writeReports(project, filters, { xlsx: v.xlsx, pdf: v.pdf, title: v.title, compare: by ? { by } : undefined, language, onProgress: (m) => err(`${m}...`) });
    if (result.comparison) {
      const warning = leftOutWarning(result.comparison);
      if (warning) err(`twinlens: warning: ${warning}`);
    }
    const written = [result.xlsx, result.pdf].filter(Boolean).join(' and ');
    err(`wrote ${written} (${result.pairings} pairing(s) in scope) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
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
    const missing = (['ref', 'type', 'name'] as const).filter((k) => given[k] === undefined).map((k) => (k === 'ref' ? '--reporting-org REF' : `--reporting-org-${k} ${k === 'type' ? 'CODE' : 'NAME'}`));
    if (missing.length > 0) throw new UsageError(`export --iati needs the reporting organisation: give ${missing.join(', ')} (for example --reporting-org XI-IATI-EC_INTPA --reporting-org-type 15 --reporting-org-name "European Commission").`);
    org = { ref: given.ref!.trim(), type: given.type!.trim(), name: given.name!.trim() };
  }
  const problems = checkReportingOrg(org);
  if (problems.length > 0) throw new UsageError(problems.map((p) => p.message).join('\n'));
  return org;
}

/** cli.md: `export SOURCE [filters] --iati OUT.xml --reporting-org REF --reporting-org-type CODE --reporting-org-name NAME`. */
async function exportIatiCommand(sources: string[], v: Values): Promise<number> {
  const output = v.iati!.trim();
  if (!/\.xml$/i.test(output)) throw new UsageError(`--iati ${v.iati} must end in .xml.`);
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
      for (const p of e.problems) err(`${p.severity}: ${p.rule ? `[IATI rule ${p.rule}] ` : ''}${p.message}`);
      err(`twinlens: nothing was written to ${output}: correct the data above (${e.problems.filter((p) => p.severity === 'error').length} error(s)).`);
      return 1;
    }
    for (const w of summary.warnings) err(`warning: ${w.rule ? `[IATI rule ${w.rule}] ` : ''}${w.message}`);
    const bytes = statSync(output).size;
    err(`wrote ${output}: ${summary.programmes} programme(s), ${summary.pairings} pairing(s), ${summary.results} result(s), ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s; ${summary.warnings.length} warning(s).`);
    if (v.json) out(JSON.stringify({ ...summary, bytes }, null, 2));
    return 0;
  });
}

/** cli.md: `export SOURCE [filters] --iati OUT.xml ...` or `--parquet DIR`, one target a run. */
async function exportCommand(sources: string[], v: Values): Promise<number> {
  if (v.iati !== undefined && v.parquet !== undefined) throw new UsageError('export writes one target at a time: give --iati OUT.xml or --parquet DIR, not both.');
  if (v.iati !== undefined) return exportIatiCommand(sources, v);
  if (!v.parquet) throw new UsageError('export needs a target: --iati OUT.xml or --parquet DIR.');
  if (v.parquet.trim() === '') throw new UsageError('--parquet needs a folder name.');
  const filters = filtersOf(v);
  return withSource('export', sources, v, async (project) => {
    const started = performance.now();
    const result = await writeParquetFolder(project, filters, v.parquet!);
    const tables = Object.keys(result.rows).filter((t) => !t.startsWith('derived/')).length;
    err(`wrote ${result.dir}: ${tables} table(s), ${result.pairings} pairing(s) in scope, ${(result.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    if (v.json) out(JSON.stringify(result, null, 2));
    return 0;
  });
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    err(`twinlens: ${(e as Error).message}\n\n${USAGE}`);
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
        throw new UsageError(`unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof ReportWriteError || e instanceof MissingFontError || e instanceof ParquetSourceError || e instanceof ParquetExportError || e instanceof ManifestError) {
      err(`twinlens: ${e.message}`);
      return 2;
    }
    if (e instanceof UsageError || e instanceof FilterError) {
      err(`twinlens: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ProjectFormatError) {
      err(`twinlens: ${values.project ?? rest[0]} ${e.message}.`);
      return 2;
    }
    const storage = storageProblem(e, values.project ?? rest[0] ?? 'the project');
    if (storage) {
      // Imports are atomic (project.ts, project-file.ts): a failed write changed nothing.
      const after = values.project && existsSync(values.project) ? 'the project is as it was' : 'no project file was created';
      err(`twinlens: ${storage}. ${command === 'import' ? `Nothing was imported; ${after}.` : ''}`.trimEnd());
      if (values.debug) err(String((e as Error).stack));
      return 2;
    }
    err(`twinlens: ${(e as Error).message}`);
    if (values.debug) err(String((e as Error).stack));
    else err('(run again with --debug for details)');
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
