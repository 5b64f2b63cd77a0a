import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';

/**
 * The recent projects list, kept as JSON in Electron's userData folder:
 * `{"version": 1, "projects": ["/abs/path/a.duckdb", ...]}`, newest first. The file is
 * checked when read (another program, or a broken disk, may have written it): anything
 * that is not a list of absolute .duckdb paths is dropped.
 */
export const MAX_RECENT = 10;
const MAX_PATH_LENGTH = 4096;

function isProjectPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_PATH_LENGTH &&
    !value.includes('\0') &&
    isAbsolute(value) &&
    value.toLowerCase().endsWith('.duckdb')
  );
}

/** The valid entries of a parsed recent-projects file, deduplicated, at most MAX_RECENT. */
export function parseRecentProjects(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const { version, projects } = data as { version?: unknown; projects?: unknown };
  if (version !== 1 || !Array.isArray(projects)) return [];
  return [...new Set(projects.filter(isProjectPath))].slice(0, MAX_RECENT);
}

export function readRecentProjects(file: string): string[] {
  try {
    return parseRecentProjects(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}

/** Writes the list to a temporary file renamed into place: a crash never leaves half a list. */
export function writeRecentProjects(file: string, projects: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, projects: parseRecentProjects({ version: 1, projects }) }, null, 2)}\n`);
  renameSync(temporary, file);
}

/** `path` moved to the front. */
export function withRecent(projects: readonly string[], path: string): string[] {
  return [path, ...projects.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

export function withoutRecent(projects: readonly string[], path: string): string[] {
  return projects.filter((p) => p !== path);
}
