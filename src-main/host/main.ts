import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandlers, openFilesProject } from '../core/api.js';
import { createEventHub } from '../shared/api-contract.js';
import { startHost } from './server.js';

const USAGE = `Usage: node out/main/host.js [FILE...] [--port N]

Serves Twinlens to your browser on 127.0.0.1 over the data FILEs (default: the bundled
IUC sample programme) and prints the address to open, token included.`;

// Built: out/main/host.js; from source (tsx): src-main/host/main.ts. Both sit two levels deep.
const SAMPLE = fileURLToPath(new URL('../../sample-data/iuc-programme.xlsx', import.meta.url));
const RENDERER_DIRS = [new URL('../renderer/', import.meta.url), new URL('../../out/renderer/', import.meta.url)].map((u) => fileURLToPath(u));

function fail(message: string): never {
  process.stderr.write(`twinlens host: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(parsed.values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${parsed.values.port} is not a port number.`);
  const rendererDir = RENDERER_DIRS.find((dir) => existsSync(`${dir}/index.html`));
  if (!rendererDir) fail('the renderer is not built: run `npm run build` first.');
  const files = parsed.positionals.length > 0 ? parsed.positionals : [SAMPLE];

  const project = await openFilesProject(files);
  const events = createEventHub();
  const host = await startHost({ rendererDir, handlers: createHandlers(project, { emit: events.emit }), events, port });
  process.stdout.write(`Twinlens is serving ${files.join(', ')} at ${host.url}\n`);

  const stop = () => {
    host.close().finally(() => {
      project.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
