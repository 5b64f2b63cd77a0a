import { computeIndicators } from './indicators/compute.js';
import { FilterError } from './indicators/filters.js';
import { Project } from './store/project.js';
import { type ApiHandlers, fail, ok } from '../shared/api-contract.js';
import { formatIssue } from '../shared/issues.js';

/**
 * The contract's handlers over one open project: plain async functions that neither know
 * nor care whether Electron IPC or the loopback HTTP host reached them.
 */
export function createHandlers(project: Project): ApiHandlers {
  return {
    'indicators/compute': async (filters) => {
      try {
        return ok(await project.withConnection((c) => computeIndicators(c, filters)));
      } catch (error) {
        if (error instanceof FilterError) return fail('bad-argument', error.message);
        throw error;
      }
    },
  };
}

/** An in-memory project holding `files` (the sample programme, or what the user passed). */
export async function openFilesProject(files: readonly string[]): Promise<Project> {
  const project = await Project.open(':memory:');
  try {
    const outcome = await project.importFiles(files);
    if (!outcome.ok) {
      const first = outcome.report.errors.slice(0, 5).map(formatIssue).join('\n  ');
      throw new Error(`${files.join(', ')} could not be imported (${outcome.report.errors.length} error(s)):\n  ${first}`);
    }
    return project;
  } catch (error) {
    project.close();
    throw error;
  }
}
