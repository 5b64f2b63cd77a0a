import { parentPort } from 'node:worker_threads';
import { fail } from '../shared/api-contract.js';
import { CoreSession } from './core-session.js';
import type { FromWorker, ToWorker } from './protocol.js';

/**
 * The core worker: owns the project (DuckDB) and runs the contract's handlers off the main
 * thread, so a long import never stalls the window or the browser host. Requests arrive
 * already checked by the main thread's `dispatch`; each reply repeats its request's id.
 */
const port = parentPort;
if (!port) throw new Error('The core worker must run in a worker thread.');

const post = (message: FromWorker) => port.postMessage(message);
const session = new CoreSession((event) => post({ kind: 'event', event }));

port.on('message', (message: ToWorker) => {
  void handle(message)
    .then(
      (result) => post({ kind: 'reply', id: message.id, result }),
      (error: unknown) => post({ kind: 'reply', id: message.id, result: fail('internal', error instanceof Error ? error.message : String(error)) }),
    )
    .then(() => {
      if (message.kind === 'close') port.close();
    });
});

async function handle(message: ToWorker) {
  switch (message.kind) {
    case 'open':
      return session.open(message.source);
    case 'call':
      return session.call(message.method, message.arg);
    case 'close':
      await session.close();
      return { ok: true as const, value: null };
  }
}
