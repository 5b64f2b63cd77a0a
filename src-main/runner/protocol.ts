import type { ApiMethod, AppEvent, Result } from '../shared/api-contract.js';

/**
 * Messages between the main thread and the core worker. Every request carries an id that
 * its reply repeats; events (import progress) flow without one.
 */

/** Where the worker's project lives: a `.duckdb` file, or a fresh one built from data files. */
export type ProjectSource =
  /** `scratch`: the temporary project of an earlier `scratch` source, reopened after a crash. */
  | { kind: 'file'; path: string; scratch?: boolean }
  /** A new empty project at `path` (an existing file there is replaced: the user confirmed). */
  | { kind: 'new'; path: string }
  /** A scratch project at `path` (a temporary file) filled by importing `files`. */
  | { kind: 'scratch'; path: string; files: readonly string[] };

export interface OpenedProject {
  path: string;
  /** A temporary project made from data files (the sample), not a file the user named. */
  scratch: boolean;
}

export type ToWorker =
  | { kind: 'open'; id: number; source: ProjectSource }
  | { kind: 'call'; id: number; method: ApiMethod; arg: unknown }
  | { kind: 'close'; id: number };

/** Replies, and the events handlers emit (import progress, project changes). */
export type FromWorker =
  | { kind: 'reply'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: AppEvent };
