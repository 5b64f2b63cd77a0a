import type { ReportKey } from '../catalogue-keys.js';

/** French messages of the report (report.en.ts). */
export const reportFr: Partial<Record<ReportKey, string>> = {
  'report.language': 'Langue de ce rapport',
};
