import type { Language } from './languages.js';
import type { MessageKey } from './catalogue-keys.js';
import { appEn } from './messages/app.en.js';
import { appEs } from './messages/app.es.js';
import { appFr } from './messages/app.fr.js';
import { commonEn } from './messages/common.en.js';
import { commonEs } from './messages/common.es.js';
import { commonFr } from './messages/common.fr.js';
import { issuesEn } from './messages/issues.en.js';
import { issuesEs } from './messages/issues.es.js';
import { issuesFr } from './messages/issues.fr.js';
import { reportEn } from './messages/report.en.js';
import { reportEs } from './messages/report.es.js';
import { reportFr } from './messages/report.fr.js';

export type Catalogue = Partial<Record<MessageKey, string>>;

/**
 * One catalogue per language, shared by the renderer and the report writers: the words of
 * the app (app.*), of the reports (report.*), the labels of the data's values (common.*) and
 * the errors and warnings of an import (issue.*).
 * English is complete; a key another language lacks falls back to English (translator.ts)
 * and test/unit/catalogues.test.ts names it.
 */
export const CATALOGUES: Record<Language, Catalogue> = {
  en: { ...commonEn, ...appEn, ...reportEn, ...issuesEn },
  fr: { ...commonFr, ...appFr, ...reportFr, ...issuesFr },
  es: { ...commonEs, ...appEs, ...reportEs, ...issuesEs },
};
