import { existsSync } from 'node:fs';
import type { CoreRunner } from '../runner/core-runner.js';
import { scratchProjectPath } from '../runner/scratch-project.js';
import type { OpenedProject, ProjectSource } from '../runner/protocol.js';
import type { AppEventListener, Result } from '../shared/api-contract.js';
import { readRecentProjects, withRecent, withoutRecent, writeRecentProjects } from './recent-projects.js';

export interface ProjectManagerOptions {
  runner: CoreRunner;
  /** The recent-projects JSON file (in Electron's userData folder). */
  recentFile: string;
  /** The bundled sample programme, shown when no project is open. */
  sample: string;
  /** Sends events to the window (project changes). */
  emit: AppEventListener;
  /** Told whenever the recent list changes (the menu is rebuilt). */
  onRecentChanged?: (recent: readonly string[]) => void;
}

/**
 * Which project the app shows: the last one on start (or the sample), New, Open, Open
 * Recent. Keeps the recent list in step; knows nothing of Electron, so it runs in tests.
 */
export class ProjectManager {
  private recentList: string[];

  constructor(private readonly options: ProjectManagerOptions) {
    this.recentList = readRecentProjects(options.recentFile);
  }

  get recent(): readonly string[] {
    return this.recentList;
  }

  get current(): OpenedProject | null {
    return this.options.runner.project;
  }

  /** The most recent project if it still opens, else the sample; `problem` says why the last one did not. */
  async openOnStart(): Promise<{ opened: Result<OpenedProject>; problem: string | null }> {
    const last = this.recentList[0];
    let problem: string | null = null;
    if (last) {
      const opened = await this.open({ kind: 'file', path: last });
      if (opened.ok) return { opened, problem };
      problem = opened.error.message;
    }
    return { opened: await this.openSample(), problem };
  }

  openSample(): Promise<Result<OpenedProject>> {
    return this.open({ kind: 'scratch', path: scratchProjectPath(), files: [this.options.sample] });
  }

  openProject(path: string): Promise<Result<OpenedProject>> {
    return this.open({ kind: 'file', path });
  }

  /** A new empty project at `path` (the save dialog has confirmed replacing a file there). */
  newProject(path: string): Promise<Result<OpenedProject>> {
    return this.open({ kind: 'new', path });
  }

  clearRecent(): void {
    this.setRecent([]);
  }

  private async open(source: ProjectSource): Promise<Result<OpenedProject>> {
    const opened = await this.options.runner.open(source);
    if (opened.ok) {
      if (!opened.value.scratch) this.setRecent(withRecent(this.recentList, opened.value.path));
      this.options.emit({ type: 'project-changed' });
    } else if (source.kind === 'file' && this.recentList.includes(source.path) && !existsSync(source.path)) {
      // Gone for good; a project that failed for another reason (locked, damaged) stays listed.
      this.setRecent(withoutRecent(this.recentList, source.path));
    }
    return opened;
  }

  private setRecent(list: string[]): void {
    this.recentList = list;
    try {
      writeRecentProjects(this.options.recentFile, list);
    } catch {
      // The list is a convenience: an unwritable settings folder must not stop the app.
    }
    this.options.onRecentChanged?.(list);
  }
}
