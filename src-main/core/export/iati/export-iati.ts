import { issueText } from '../../../shared/issues.js';
import { problem } from './problem.js';
import type { Filters } from '../../../shared/indicators.js';
import { bindFilters } from '../../indicators/filters.js';
import type { Project } from '../../store/project.js';
import { ReportWriteError } from '../../report/atomic-files.js';
import { writeAtomically } from '../atomic-write.js';
import { buildActivities } from './activities.js';
import { loadIatiData } from './iati-data.js';
import type { IatiProblem, ReportingOrg } from './model.js';
import { checkActivities, checkReportingOrg } from './rules.js';
import { writeIatiXml } from './write-xml.js';

/** The export refused to write: the problems (errors first) say what to correct. */
export class IatiExportError extends Error {
  constructor(readonly problems: IatiProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`the IATI file was not written (${errors.length} error(s)):\n  ${errors.slice(0, 20).map((p) => p.message).join('\n  ')}${errors.length > 20 ? `\n  ... and ${errors.length - 20} more` : ''}`);
  }
}

export interface IatiExportOptions {
  reportingOrg: ReportingOrg;
  /** The moment of the export (tests fix it): decides which dates are past, and generated-datetime. */
  now?: Date;
}

export interface IatiExportSummary {
  path: string;
  /** Activities written: programmes (hierarchy 1) and pairings (hierarchy 2). */
  programmes: number;
  pairings: number;
  results: number;
  warnings: IatiProblem[];
}

const isoSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
const WRITE_PROBLEMS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EISDIR']);

/**
 * Writes the scope of `filters` (as-of included) as an IATI 2.03 activities file at `path`
 * (docs/iati.md): reads the same scope as the reports, maps it, checks the result against
 * the rules Twinlens enforces (rules.ts), and only then streams it to a temporary file
 * renamed into place. Throws IatiExportError, with nothing written, when a check fails.
 */
export async function exportIati(project: Project, filters: Filters, path: string, options: IatiExportOptions): Promise<IatiExportSummary> {
  const org = { ref: options.reportingOrg.ref.trim(), type: options.reportingOrg.type.trim(), name: options.reportingOrg.name.trim() };
  const orgProblems = checkReportingOrg(org);
  if (orgProblems.length > 0) throw new IatiExportError(orgProblems);
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const data = await project.withConnection((c) => loadIatiData(c, filters, bindFilters(filters).asOf));
  if (data.pairings.length === 0) throw new IatiExportError([problem('error', null, null, issueText('issue.iati.nothingInScope'))]);
  const problems: IatiProblem[] = [];
  const activities = buildActivities(data, org, today, problems);
  // The data cannot have changed after the moment of the export (a test may set that moment earlier).
  const lastUpdated = data.importedAt !== null && data.importedAt < isoSeconds(now) ? data.importedAt : isoSeconds(now);
  problems.push(...checkActivities(activities, org, today, lastUpdated));
  if (problems.some((p) => p.severity === 'error')) throw new IatiExportError(problems);
  try {
    await writeAtomically(path, (temporary) => writeIatiXml(temporary, activities, org, { generated: isoSeconds(now), lastUpdated }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The reports' error for a file that cannot be written: the CLI says it plainly (exit 2).
    if (code && WRITE_PROBLEMS.has(code)) throw new ReportWriteError(`${path} cannot be written (${code}): check that its folder exists, is writable and has free space.`);
    throw error;
  }
  const programmes = activities.filter((a) => a.hierarchy === 1).length;
  return { path, programmes, pairings: activities.length - programmes, results: activities.reduce((n, a) => n + a.results.length, 0), warnings: problems };
}
