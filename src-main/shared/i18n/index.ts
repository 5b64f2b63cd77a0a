export { CATALOGUES, type Catalogue } from './catalogue.js';
export type { AppKey, CommonKey, IssueKey, MessageKey, ReportKey } from './catalogue-keys.js';
export { LANGUAGE_NAMES, LANGUAGES, type Language, isLanguage, matchLanguage } from './languages.js';
export { type LabelKind, type MessageValues, type Translator, translator } from './translator.js';
export { pseudoLocalize, pseudoTranslator } from './pseudo.js';
