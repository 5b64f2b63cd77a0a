import type { AppKey } from '../catalogue-keys.js';

/** French messages of the app (app.en.ts). */
export const appFr: Partial<Record<AppKey, string>> = {
  'language.switch': 'Langue',
};
