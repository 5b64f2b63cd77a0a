import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Writes uploaded files (the browser host's import) to a private temporary folder under
 * their own base names, so import errors name the file the user chose; `work` runs over
 * their paths and the folder is removed afterwards, whatever happens. Each file gets a
 * subfolder of its own, so two uploads with one name never overwrite each other.
 */
export async function withUploadedFiles<T>(files: ReadonlyArray<{ name: string; base64: string }>, work: (paths: string[]) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'twinlens-upload-'));
  try {
    const paths: string[] = [];
    for (const [index, file] of files.entries()) {
      const folder = join(dir, String(index));
      await mkdir(folder, { mode: 0o700 });
      const path = join(folder, basename(file.name));
      await writeFile(path, Buffer.from(file.base64, 'base64'), { mode: 0o600 });
      paths.push(path);
    }
    return await work(paths);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
