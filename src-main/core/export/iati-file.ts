import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExportIatiArg, type IatiExportResult, type IatiSettings, type Result, fail, ok } from '../../shared/api-contract.js';
import { FilterError } from '../indicators/filters.js';
import type { Project } from '../store/project.js';
import { ORGANISATION_TYPE } from './iati/codelists.js';
import { IatiExportError, exportIati } from './iati/export-iati.js';
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
 * project first, so a data problem does not cost the user retyping it; problems come back as
 * a bad-argument error whose details list them.
 */
export async function iatiFile(project: Project, arg: ExportIatiArg): Promise<Result<IatiExportResult>> {
  const org = { ref: arg.reportingOrg.ref.trim(), type: arg.reportingOrg.type.trim(), name: arg.reportingOrg.name.trim() };
  const orgProblems = checkReportingOrg(org);
  if (orgProblems.length > 0) return fail('bad-argument', `export/iati: ${orgProblems.map((p) => p.message).join(' ')}`, { field: 'reportingOrg', problems: orgProblems });
  const warnings = [];
  try {
    await project.withConnection((c) => saveReportingOrg(c, org));
  } catch (error) {
    warnings.push({ rule: null, subject: null, message: `The reporting organisation could not be remembered in the project (${(error as Error).message}); the file was written all the same.` });
  }
  const dir = await mkdtemp(join(tmpdir(), 'twinlens-iati-'));
  try {
    const fileName = 'twinlens-iati-activities.xml';
    const path = join(dir, fileName);
    const summary = await exportIati(project, arg.filters, path, { reportingOrg: org });
    warnings.push(...summary.warnings.map(({ rule, subject, message }) => ({ rule, subject, message })));
    return ok({ file: { fileName, mimeType: 'application/xml', base64: (await readFile(path)).toString('base64') }, pairings: summary.pairings, programmes: summary.programmes, warnings });
  } catch (error) {
    if (error instanceof IatiExportError) return fail('bad-argument', `export/iati: ${error.message}`, { problems: error.problems });
    if (error instanceof FilterError) return fail('bad-argument', error.message);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
