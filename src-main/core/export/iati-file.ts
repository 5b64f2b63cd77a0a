import { issueText } from '../../shared/issues.js';
import { problem } from './iati/problem.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExportIatiArg, type IatiExportResult, type IatiSettings, type IatiWarning, type Result, fail, ok } from '../../shared/api-contract.js';
import { FilterError } from '../indicators/filters.js';
import type { Project } from '../store/project.js';
import { ORGANISATION_TYPE } from './iati/codelists.js';
import { IatiExportError, exportIati } from './iati/export-iati.js';
import type { IatiProblem } from './iati/model.js';
import { readReportingOrg, saveReportingOrg } from './iati/reporting-org-setting.js';
import { checkReportingOrg } from './iati/rules.js';

/** The Export > IATI XML dialog's starting point: the remembered reporting org and the OrganisationType codes. */
export async function iatiSettings(project: Project): Promise<IatiSettings> {
  const reportingOrg = await project.withConnection(readReportingOrg);
  const organisationTypes = [...ORGANISATION_TYPE.entries()].filter(([, i]) => i.active).map(([code, i]) => ({ code, name: i.name }));
  return { reportingOrg, organisationTypes };
}

/**
 * The scope as an IATI file, as the renderer saves it (written in a private temporary folder,
 * read back, the folder removed). A reporting org that passes the checks is remembered in the
 * project first, so a data problem does not cost the user retyping it. Problems that stop the
 * export come back as `errors` with no file.
 */
export async function iatiFile(project: Project, arg: ExportIatiArg): Promise<Result<IatiExportResult>> {
  const org = { ref: arg.reportingOrg.ref.trim(), type: arg.reportingOrg.type.trim(), name: arg.reportingOrg.name.trim() };
  const orgProblems = checkReportingOrg(org);
  const plain = (problems: readonly IatiProblem[]): IatiWarning[] => problems.map(({ rule, subject, message, key, args }) => ({ rule, subject, message, key, args }));
  if (orgProblems.length > 0) return ok({ file: null, programmes: 0, pairings: 0, warnings: [], errors: plain(orgProblems) });
  const warnings: IatiWarning[] = [];
  try {
    await project.withConnection((c) => saveReportingOrg(c, org));
  } catch (error) {
    warnings.push(plain([problem('warning', null, null, issueText('issue.iati.org.notRemembered', { detail: (error as Error).message }))])[0]!);
  }
  const dir = await mkdtemp(join(tmpdir(), 'twinlens-iati-'));
  try {
    const fileName = 'twinlens-iati-activities.xml';
    const path = join(dir, fileName);
    const summary = await exportIati(project, arg.filters, path, { reportingOrg: org });
    warnings.push(...plain(summary.warnings));
    const file = { fileName, mimeType: 'application/xml', base64: (await readFile(path)).toString('base64') };
    return ok({ file, pairings: summary.pairings, programmes: summary.programmes, warnings, errors: [] });
  } catch (error) {
    if (error instanceof IatiExportError) {
      return ok({ file: null, programmes: 0, pairings: 0, warnings: [...warnings, ...plain(error.problems.filter((p) => p.severity === 'warning'))], errors: plain(error.problems.filter((p) => p.severity === 'error')) });
    }
    if (error instanceof FilterError) return fail('bad-argument', error.message);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
