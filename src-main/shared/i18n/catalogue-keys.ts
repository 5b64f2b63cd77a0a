import type { appEn } from './messages/app.en.js';
import type { commonEn } from './messages/common.en.js';
import type { issuesEn } from './messages/issues.en.js';
import type { reportEn } from './messages/report.en.js';

export type CommonKey = keyof typeof commonEn;
export type AppKey = keyof typeof appEn;
export type ReportKey = keyof typeof reportEn;
export type IssueKey = keyof typeof issuesEn;
/** Every message key: English holds them all, so a key is typed against English. */
export type MessageKey = CommonKey | AppKey | ReportKey | IssueKey;
