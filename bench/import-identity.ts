/**
 * What an import leaves in the project, as one hash per table, to prove a change to the
 * import or the aggregates keeps the project identical:
 *   npx tsx bench/import-identity.ts [--root DIR] FILE-OR-CSV-FOLDER
 * With --root, imports with the code of another checkout (e.g. a worktree of the commit
 * before), so both can be compared on the same files. Each table is hashed in rowid order
 * for the dataset's tables (the order the rows were written), by their text for the aggregates; the import's provenance
 * (times, ids) is left out. Prints "table rows sha256" lines and the import's seconds on stderr.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? resolve(args.splice(rootAt, 2)[1]!) : resolve(import.meta.dirname, '..');
const input = args[0];
if (!input) throw new Error('usage: import-identity.ts [--root DIR] FILE-OR-CSV-FOLDER');
const files = statSync(input).isDirectory() ? readdirSync(input).sort().map((f) => join(input, f)) : [input];

const { Project } = (await import(pathToFileURL(join(root, 'src-main/core/store/project.ts')).href)) as typeof import('../src-main/core/store/project.js');
const project = await Project.open();
const t0 = performance.now();
const outcome = await project.importFiles(files);
const seconds = (performance.now() - t0) / 1000;
if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
const SKIP = new Set(['import_files', 'imports', 'import_rows', 'import_warnings', 'schema_version', 'project_settings']);
const DATASET = new Set(['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities', 'result_indicators', 'result_values', 'outcomes']);
await project.withConnection(async (c) => {
  const tables = (await c.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name`)).getRows().map((r) => String(r[0]));
  for (const table of tables) {
    if (SKIP.has(table)) continue;
    const hash = createHash('sha256');
    // The dataset's own tables keep file order; an aggregate's row order is DuckDB's to choose.
    const order = DATASET.has(table) ? 'rowid' : 'ALL';
    // A DOUBLE an aggregate sums in parallel (a pairing's evenness) may differ in its last bit
    // from run to run of the same code: such columns are compared to 12 significant digits.
    const doubles = DATASET.has(table) ? [] : (await c.runAndReadAll(`SELECT column_name FROM (DESCRIBE "${table}") WHERE column_type = 'DOUBLE'`)).getRows().map((r) => String(r[0]));
    const replace = doubles.length ? ` REPLACE (${doubles.map((d) => `format('{:.12g}', "${d}") AS "${d}"`).join(', ')})` : '';
    const rows = (await c.runAndReadAll(`SELECT t::VARCHAR FROM (SELECT *${replace} FROM "${table}" ORDER BY ${order}) t`)).getRows();
    for (const [row] of rows) hash.update(String(row)).update('\n');
    console.log(`${table} ${rows.length} ${hash.digest('hex').slice(0, 16)}`);
  }
  console.log(`warnings ${JSON.stringify(outcome.report.warnings).length} ${createHash('sha256').update(JSON.stringify(outcome.report.warnings)).digest('hex').slice(0, 16)}`);
});
project.close();
console.error(`import ${seconds.toFixed(2)} s`);
