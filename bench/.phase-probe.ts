import { Project } from '../src-main/core/store/project.js';
import { programmeFiles } from './generate.js';
const f = await programmeFiles((process.argv[2] ?? 'M') as 'M');
const files = process.argv[3] === 'xlsx' ? [f.xlsx] : f.csv;
for (let i = 0; i < 4; i++) {
  const project = await Project.open();
  const t0 = performance.now();
  const marks: string[] = [];
  let last = '';
  const o = await project.importFiles(files, { onProgress: (p) => { if (p.phase !== last) { last = p.phase; marks.push(`${p.phase}@${(performance.now() - t0).toFixed(0)}`); } } });
  console.log(((performance.now() - t0) / 1000).toFixed(3), o.ok, marks.join(' '));
  project.close();
}
