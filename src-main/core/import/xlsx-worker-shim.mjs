// Runs the TypeScript workbook reader's thread from source (vitest, tsx): worker threads do
// not inherit tsx's loader, so register it here first. Built code starts xlsx-worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.twinlensXlsxWorkerEntry);
