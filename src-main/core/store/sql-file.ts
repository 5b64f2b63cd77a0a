import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/**
 * The text of a `.sql` file kept next to the module that runs it. `base` is that module's
 * `import.meta.url`; files are read once and cached.
 */
export function sqlFile(base: string, name: string): string {
  const url = new URL(name, base);
  let text = cache.get(url.href);
  if (text === undefined) {
    text = readFileSync(url, 'utf8');
    cache.set(url.href, text);
  }
  return text;
}

/** Quotes an identifier for SQL; values are always bound, never quoted by hand. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
