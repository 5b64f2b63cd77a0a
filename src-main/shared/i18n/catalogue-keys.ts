import type { appEn } from './messages/app.en.js';
import type { commonEn } from './messages/common.en.js';
import type { reportEn } from './messages/report.en.js';

export type CommonKey = keyof typeof commonEn;
export type AppKey = keyof typeof appEn;
export type ReportKey = keyof typeof reportEn;
/** Every message key: English holds them all, so a key is typed against English. */
export type MessageKey = CommonKey | AppKey | ReportKey;
