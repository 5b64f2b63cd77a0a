import type { AppKey } from '../catalogue-keys.js';

/** Spanish messages of the app (app.en.ts). */
export const appEs: Partial<Record<AppKey, string>> = {
  'language.switch': 'Idioma',
};
