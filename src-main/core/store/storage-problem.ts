/**
 * What went wrong with the disk under a project or an export, as a sentence a person can
 * act on, or null when the error is not about the disk. DuckDB reports these as text
 * ("IO Error: ... No space left on device"), Node as codes; both are recognised.
 */
export function storageProblem(error: unknown, path: string): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = ` (${message.split('\n')[0]})`;
  if (code === 'ENOSPC' || code === 'EDQUOT' || /No space left on device|Disk quota exceeded/i.test(message)) {
    return `the disk holding ${path} is full${detail}: free some space and try again`;
  }
  if (code === 'EROFS' || /Read-only file system/i.test(message)) {
    return `${path} is on a read-only disk${detail}: copy the project to a folder you can write to`;
  }
  if (code === 'EACCES' || code === 'EPERM' || /Permission denied/i.test(message)) {
    return `${path} cannot be written: you are not allowed to change it${detail}. Check the file's permissions, or copy it to a folder of your own`;
  }
  return null;
}
