import { type ResourceLimits, Worker } from 'node:worker_threads';
import { issueText } from '../shared/issues.js';
import { API_METHODS, type ApiHandlers, type ApiMethod, type AppEvent, type AppEventListener, type Result, fail, failSaying } from '../shared/api-contract.js';
import type { FromWorker, OpenedProject, ProjectSource, ToWorker } from './protocol.js';
import { removeProjectFile } from './remove-project-file.js';
import { removeAbandonedScratchProjects } from './scratch-project.js';

export { scratchProjectPath } from './scratch-project.js';
import { type WorkerLocation, coreWorkerLocation } from './worker-location.js';

export interface CoreRunnerOptions {
  /** The worker's script; default: found beside this module (source or built). */
  worker?: WorkerLocation;
  /** JS heap limits for the worker (default: DEFAULT_RESOURCE_LIMITS). */
  resourceLimits?: ResourceLimits;
  /** Crashes in a row (without one good reply between them) after which no new worker starts. */
  maxRestarts?: number;
  /** Told about each crash, e.g. to log it. */
  onCrash?: (error: Error) => void;
}

/**
 * With limits set, a worker that runs out of heap (a hostile or huge workbook) ends alone
 * with ERR_WORKER_OUT_OF_MEMORY and is replaced; without them V8 would abort the whole app.
 * 4 GB is V8's own ceiling on 64-bit machines, far above what an L-scale import uses.
 */
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 4096 };

interface Pending {
  method: string;
  /** A scratch project being built: its file is removed if the worker dies first. */
  scratch?: string;
  resolve: (result: Result<unknown>) => void;
}

/**
 * Runs the core (the project's DuckDB and the contract's handlers) in a worker thread and
 * answers calls with the worker's replies, matched by request id. Arguments must already
 * have passed the contract's `dispatch`: `handlers` is what the IPC layer and the browser
 * host hand to `dispatch`. If the worker dies, calls in flight fail with a clear error and a
 * new worker reopens the last project that opened.
 */
export class CoreRunner {
  readonly handlers: ApiHandlers;
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<AppEventListener>();
  private opened: OpenedProject | null = null;
  private closing = false;
  private dead: string | null = null;
  private crashesInARow = 0;
  private restartCount = 0;

  constructor(private readonly options: CoreRunnerOptions = {}) {
    removeAbandonedScratchProjects();
    this.worker = this.spawn();
    this.handlers = Object.fromEntries(API_METHODS.map((method) => [method, (arg: unknown) => this.call(method, arg)])) as ApiHandlers;
  }

  /** Starts a runner with `source` open; throws with the reason when it cannot be opened. */
  static async start(source: ProjectSource, options: CoreRunnerOptions = {}): Promise<CoreRunner> {
    const runner = new CoreRunner(options);
    const opened = await runner.open(source);
    if (!opened.ok) {
      await runner.close();
      throw new Error(opened.error.message);
    }
    return runner;
  }

  /** The project open now, or null before the first successful open. */
  get project(): OpenedProject | null {
    return this.opened;
  }

  /** How many times a crashed worker has been replaced. */
  get restarts(): number {
    return this.restartCount;
  }

  /** Opens `source` in place of the current project; on failure the current project stays open. */
  async open(source: ProjectSource): Promise<Result<OpenedProject>> {
    const result = (await this.request({ kind: 'open', source })) as Result<OpenedProject>;
    if (result.ok) {
      const previous = this.opened;
      this.opened = result.value;
      if (previous?.scratch && previous.path !== result.value.path) removeProjectFile(previous.path);
    }
    return result;
  }

  /** Runs one contract method in the worker. The argument must have passed `dispatch`. */
  call(method: ApiMethod, arg: unknown): Promise<Result<unknown>> {
    return this.request({ kind: 'call', method, arg });
  }

  /** Events from the worker (import progress, project changes); returns the unsubscribe function. */
  onEvent(listener: AppEventListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Ends the worker abruptly, as a crash would: what fault tests use. */
  async kill(): Promise<void> {
    await this.worker.terminate();
  }

  /** Closes the project and ends the worker; a scratch project's file is removed. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (!this.dead) {
      const closed = this.request({ kind: 'close' }, true);
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
      await Promise.race([closed, timeout]);
    }
    await this.worker.terminate();
    if (this.opened?.scratch) removeProjectFile(this.opened.path);
    this.opened = null;
  }

  private request(message: DistributiveOmit<ToWorker, 'id'>, evenWhenClosing = false): Promise<Result<unknown>> {
    if (this.dead) return Promise.resolve(fail('internal', this.dead));
    if (this.closing && !evenWhenClosing) return Promise.resolve(failSaying('internal', issueText('issue.api.closing')));
    const id = this.nextId++;
    const method = message.kind === 'call' ? message.method : message.kind;
    const scratch = message.kind === 'open' && message.source.kind === 'scratch' ? message.source.path : undefined;
    return new Promise((resolve) => {
      this.pending.set(id, { method, resolve, ...(scratch ? { scratch } : {}) });
      this.worker.postMessage({ ...message, id } as ToWorker);
    });
  }

  private spawn(): Worker {
    const location = this.options.worker ?? coreWorkerLocation();
    const worker = new Worker(location.script, {
      workerData: location.workerData,
      resourceLimits: this.options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
      // The worker's own console output reaches the app's stdout/stderr as is.
      stdout: false,
      stderr: false,
    });
    let failure: Error | null = null;
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (worker !== this.worker || this.closing) return;
      this.crashed(failure ?? new Error(`the core worker exited with code ${code}`));
    });
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.kind === 'event') {
      this.emit(message.event);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    this.crashesInARow = 0;
    pending.resolve(message.result);
  }

  private emit(event: AppEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A listener's failure is its own: the worker's replies must keep flowing.
      }
    }
  }

  private crashed(error: Error): void {
    this.options.onCrash?.(error);
    this.crashesInARow++;
    const reason = error.message;
    const restarting = this.crashesInARow <= (this.options.maxRestarts ?? 3);
    for (const [id, { method, resolve, scratch }] of this.pending) {
      this.pending.delete(id);
      if (scratch) removeProjectFile(scratch);
      resolve(
        fail(
          'internal',
          restarting
            ? `The Twinlens core stopped unexpectedly while running "${method}" (${reason}). It has been restarted with the project reopened: try again.`
            : `The Twinlens core stopped unexpectedly while running "${method}" (${reason}).`,
        ),
      );
    }
    if (!restarting) {
      this.dead = `The Twinlens core stopped ${this.crashesInARow} times in a row (last: ${reason}); restart Twinlens.`;
      return;
    }
    this.restartCount++;
    this.worker = this.spawn();
    // Posted first, so the worker reopens before it answers any later call (it runs calls after opens).
    const current = this.opened;
    if (current) {
      void this.request({ kind: 'open', source: { kind: 'file', path: current.path, scratch: current.scratch } }).then((result) => {
        if (!result.ok) this.options.onCrash?.(new Error(`reopening ${current.path} failed: ${result.error.message}`));
      });
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
