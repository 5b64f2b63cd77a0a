import { DuckDBInstance } from '@duckdb/node-api';
import { Project } from '../src-main/core/store/project.js';
import { programmeFiles } from './generate.js';
const f = await programmeFiles((process.argv[2] ?? 'M') as 'M');
for (let i = 0; i < 3; i++) {
  let t0 = performance.now();
  const inst = await DuckDBInstance.create(':memory:');
  const c = await inst.connect();
  for (const [k, p] of f.csv.entries()) await c.run(`CREATE TABLE t${k} AS SELECT * FROM read_csv('${p}')`);
  const rc = (performance.now() - t0) / 1000;
  c.closeSync(); inst.closeSync();
  const project = await Project.open();
  t0 = performance.now();
  const o = await project.importFiles(f.csv);
  const imp = (performance.now() - t0) / 1000;
  if (!o.ok) console.log(JSON.stringify(o.report.errors.slice(0, 3)));
  project.close();
  console.log(`read_csv ${rc.toFixed(3)} import ${imp.toFixed(3)} ratio ${(imp / rc).toFixed(2)}`);
}
