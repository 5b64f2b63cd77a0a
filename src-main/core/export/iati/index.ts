export { IatiExportError, type IatiExportOptions, type IatiExportSummary, exportIati } from './export-iati.js';
export type { IatiProblem, ReportingOrg } from './model.js';
export { CHECKED_CODELISTS, CHECKED_RULES } from './rules.js';
