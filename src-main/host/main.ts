import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CoreRunner, scratchProjectPath } from '../runner/core-runner.js';
import type { ProjectSource } from '../runner/protocol.js';
import { type ImportResult, createEventHub, dispatch } from '../shared/api-contract.js';
import { formatIssue } from '../shared/issues.js';
import { startHost } from './server.js';

const USAGE = `Usage: node out/main/host.js [FILE...] [--project P.duckdb] [--port N]

Serves Twinlens to your browser on 127.0.0.1 and prints the address to open, token included.

  FILE...              data files to show (default: the bundled IUC sample programme)
  --project P.duckdb   work in the project file P (created when absent); FILEs given are
                       imported into it first. Without it the data lives in a temporary
                       project that is removed on exit.
  --port N             the port to listen on (default: any free port)`;

// Built: out/main/host.js; from source (tsx): src-main/host/main.ts. Both sit two levels deep.
const SAMPLE = fileURLToPath(new URL('../../sample-data/iuc-programme.xlsx', import.meta.url));
const RENDERER_DIRS = [new URL('../renderer/', import.meta.url), new URL('../../out/renderer/', import.meta.url)].map((u) => fileURLToPath(u));

function fail(message: string): never {
  process.stderr.write(`twinlens host: ${message}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: { port: { type: 'string' }, project: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function importFailure(result: ImportResult): string {
  const first = result.errors.slice(0, 5).map(formatIssue).join('\n  ');
  return `${result.files.join(', ')} could not be imported (${result.errors.length} error(s)):\n  ${first}`;
}

async function main(): Promise<void> {
  const parsed = parse();
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(parsed.values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${parsed.values.port} is not a port number.`);
  const rendererDir = RENDERER_DIRS.find((dir) => existsSync(`${dir}/index.html`));
  if (!rendererDir) fail('the renderer is not built: run `npm run build` first.');
  const files = parsed.positionals.map((f) => resolve(f));
  for (const file of files) if (!existsSync(file)) fail(`${file} does not exist.`);

  const projectPath = parsed.values.project === undefined ? null : resolve(parsed.values.project);
  const source: ProjectSource = projectPath
    ? { kind: existsSync(projectPath) ? 'file' : 'new', path: projectPath }
    : { kind: 'scratch', path: scratchProjectPath(), files: files.length > 0 ? files : [SAMPLE] };

  const events = createEventHub();
  const runner = new CoreRunner({ onCrash: (error) => process.stderr.write(`twinlens host: the core stopped (${error.message}); restarting it\n`) });
  runner.onEvent(events.emit);
  const stopRunner = async (message: string) => {
    await runner.close();
    fail(message);
  };
  const opened = await runner.open(source);
  if (!opened.ok) return stopRunner(opened.error.message);
  if (projectPath && files.length > 0) {
    const imported = await dispatch(runner.handlers, 'import/files', { paths: files });
    if (!imported.ok) return stopRunner(imported.error.message);
    const result = imported.value as ImportResult;
    if (!result.ok) return stopRunner(importFailure(result));
  }

  const host = await startHost({ rendererDir, handlers: runner.handlers, events, port });
  const what = projectPath ? `the project ${projectPath}` : (files.length > 0 ? files : [SAMPLE]).join(', ');
  process.stdout.write(`Twinlens is serving ${what} at ${host.url}\n`);

  const stop = () => {
    host
      .close()
      .finally(() => runner.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
