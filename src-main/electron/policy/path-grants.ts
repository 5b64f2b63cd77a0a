import { resolve } from 'node:path';

/**
 * The files the user has handed to the app (picked in a dialog or dropped on the window).
 * `import/files` over IPC reads only these: a compromised page cannot make the app read
 * arbitrary files from the disk by naming their paths.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(path: string): void {
    if (typeof path === 'string' && path !== '' && !path.includes('\0')) this.granted.add(resolve(path));
  }

  isGranted(path: string): boolean {
    return this.granted.has(resolve(path));
  }

  /** The first of `paths` not granted, or null when the user handed over all of them. */
  firstUngranted(paths: readonly string[]): string | null {
    return paths.find((p) => !this.isGranted(p)) ?? null;
  }
}
