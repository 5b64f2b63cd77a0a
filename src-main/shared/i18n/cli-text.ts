import { createIntl, createIntlCache } from '@formatjs/intl';
import { cliEn } from './messages/cli.en.js';

export type CliKey = keyof typeof cliEn;

const intl = createIntl(
  {
    locale: 'en',
    messages: cliEn,
    onError: (error) => {
      throw error;
    },
  },
  createIntlCache(),
);

/**
 * A line of the command line from its catalogue (messages/cli.en.ts), arguments filled in.
 * Numbers go in as text: the CLI prints 1234 and 0.1 as it always has, not as Intl would.
 */
export function cliText(key: CliKey, values?: Record<string, string | number>): string {
  const text = values ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) : undefined;
  // The usage names `<command>`: text, not a rich-text tag.
  return intl.formatMessage({ id: key }, text, { ignoreTag: true }) as string;
}
