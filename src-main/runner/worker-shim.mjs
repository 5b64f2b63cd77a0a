// Runs the TypeScript core worker from source (vitest, tsx): worker threads do not inherit
// tsx's loader, so register it here first. Built code (out/main) starts core-worker.js instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.twinlensWorkerEntry);
