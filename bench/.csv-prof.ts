import { Project } from '../src-main/core/store/project.js';
import { programmeFiles } from './generate.js';
const f = await programmeFiles('M');
for (let i = 0; i < 3; i++) {
  const project = await Project.open();
  const t0 = performance.now();
  const o = await project.importFiles(f.csv);
  console.log(((performance.now() - t0) / 1000).toFixed(3), o.ok);
  project.close();
}
