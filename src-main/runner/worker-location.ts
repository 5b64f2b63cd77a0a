import { existsSync } from 'node:fs';

export interface WorkerLocation {
  /** The script the Worker starts. */
  script: URL;
  /** workerData the script needs (the shim's TypeScript entry). */
  workerData: Record<string, string>;
}

/**
 * Where the core worker's code is. From source (vitest, tsx) this module is a `.ts` file and
 * the worker starts through a shim that registers tsx; built, electron-vite writes the worker
 * to out/main/core-worker.js while this module lands in out/main or out/main/chunks.
 */
export function coreWorkerLocation(here: string = import.meta.url): WorkerLocation {
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    return {
      script: new URL('./worker-shim.mjs', here),
      workerData: { twinlensWorkerEntry: new URL('./worker.ts', here).href },
    };
  }
  for (const candidate of ['./core-worker.js', '../core-worker.js']) {
    const script = new URL(candidate, here);
    if (existsSync(script)) return { script, workerData: {} };
  }
  throw new Error(`The core worker (core-worker.js) is missing beside ${here}: rebuild with \`npm run build\`.`);
}
