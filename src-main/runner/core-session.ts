import { existsSync } from 'node:fs';
import { createHandlers } from '../core/api.js';
import type { ImportProgress } from '../core/import/stage-files.js';
import { Project } from '../core/store/project.js';
import { type ApiHandlers, type ApiMethod, type AppEventListener, type Result, fail, failSaying, ok } from '../shared/api-contract.js';
import { formatIssue, issueText } from '../shared/issues.js';
import { removeProjectFile } from './remove-project-file.js';
import type { OpenedProject, ProjectSource } from './protocol.js';

/** Progress events a second apart at most this often: the window cannot draw faster anyway. */
const PROGRESS_INTERVAL_MS = 50;

/**
 * The open project and the contract's handlers over it: what the core worker runs.
 * Knows nothing of threads (the worker wraps it in messages), so it runs in-process too.
 */
export class CoreSession {
  private project: Project | null = null;
  private handlers: ApiHandlers | null = null;
  private opened: OpenedProject | null = null;
  /** The latest open: calls that arrive after it wait for it, so they see the project it opens. */
  private opening: Promise<unknown> = Promise.resolve();
  /** Calls running now: a project is closed only once they have finished with it. */
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly emit: AppEventListener) {}

  get current(): OpenedProject | null {
    return this.opened;
  }

  /** Opens `source` in place of the current project; on failure the current one stays open. */
  open(source: ProjectSource): Promise<Result<OpenedProject>> {
    const run = this.opening.then(() => this.replaceProject(source));
    this.opening = run.catch(() => undefined);
    return run;
  }

  private async replaceProject(source: ProjectSource): Promise<Result<OpenedProject>> {
    if (source.kind === 'file' && !existsSync(source.path)) {
      return failSaying('bad-argument', issueText('issue.api.projectMissing', { path: source.path }));
    }
    // One DuckDB instance per file: reopening the open file closes it first.
    if (this.opened?.path === source.path) await this.closeProject();
    if (source.kind !== 'file') removeProjectFile(source.path);
    let project: Project;
    try {
      project = await Project.open(source.path);
    } catch (error) {
      return failSaying('bad-argument', issueText('issue.api.projectUnreadable', { path: source.path, detail: messageOf(error) }));
    }
    if (source.kind === 'scratch') {
      const filled = await this.fill(project, source.files);
      if (!filled.ok) {
        project.close();
        removeProjectFile(source.path);
        return filled;
      }
    }
    await this.closeProject();
    this.project = project;
    this.handlers = createHandlers(project, { emit: this.emit });
    this.opened = { path: source.path, scratch: source.kind === 'scratch' || (source.kind === 'file' && source.scratch === true) };
    return ok(this.opened);
  }

  /** Runs a contract method whose argument the caller has already checked. */
  async call(method: ApiMethod, arg: unknown): Promise<Result<unknown>> {
    await this.opening;
    if (!this.handlers) return failSaying('internal', issueText('issue.api.noProject'));
    const handler = this.handlers[method] as ((value: unknown) => Promise<Result<unknown>>) | undefined;
    if (!handler) return fail('unknown-method', `unknown method "${String(method).slice(0, 80)}"`);
    const scratch = this.opened?.scratch === true;
    const run = handler(arg)
      .then((result) => (scratch && method === 'project/info' && result.ok ? hideScratchPath(result) : result))
      .catch((error: unknown) => fail('internal', messageOf(error)));
    this.running.add(run);
    try {
      return await run;
    } finally {
      this.running.delete(run);
    }
  }

  /** Closes the project once the calls running on it have finished. */
  close(): Promise<void> {
    return this.closeProject();
  }

  private async fill(project: Project, files: readonly string[]): Promise<Result<null>> {
    try {
      const outcome = await project.importFiles(files, { onProgress: this.progressReporter('open') });
      if (outcome.ok) {
        await project.checkpoint();
        return ok(null);
      }
      const first = outcome.report.errors.slice(0, 5).map(formatIssue).join('\n  ');
      return failSaying('bad-argument', issueText('issue.api.notImported', { files: files.join(', '), count: String(outcome.report.errors.length), first }), outcome.report);
    } catch (error) {
      return fail('internal', `${files.join(', ')} could not be imported: ${messageOf(error)}`);
    }
  }

  /** An import's onProgress that forwards at most one event per interval, and every phase change. */
  progressReporter(task: string): (progress: ImportProgress) => void {
    let last = 0;
    let lastPhase = '';
    return (progress) => {
      const now = Date.now();
      if (progress.phase === lastPhase && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      lastPhase = progress.phase;
      const detail = [progress.file, progress.sheet].filter(Boolean).join(', ');
      this.emit({ type: 'progress', task, phase: progress.phase, done: Math.round(progress.fraction * 1000), total: 1000, ...(detail ? { detail } : {}) });
    };
  }

  private async closeProject(): Promise<void> {
    // DuckDB must not close under a running query: let the calls in flight finish first.
    await Promise.allSettled([...this.running]);
    this.project?.close();
    this.project = null;
    this.handlers = null;
    this.opened = null;
  }
}

/** A scratch project is temporary: to the page it is "no project file" (path null), as in-memory ones are. */
function hideScratchPath(result: Result<unknown>): Result<unknown> {
  return result.ok && typeof result.value === 'object' && result.value !== null ? ok({ ...result.value, path: null }) : result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
