import type { ImportProgress } from '../core/import/stage-files.js';
import { cliText } from '../shared/i18n/cli-text.js';

const WIDTH = 28;

/** A one-line progress bar on standard error, drawn only when it is a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: ImportProgress) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let drawn = false;
  return {
    update(p) {
      const filled = Math.round(p.fraction * WIDTH);
      const file = p.file ?? '';
      // Other phases print as their code (checking, writing), as they always have.
      const what = p.phase !== 'reading' ? p.phase : p.sheet ? cliText('cli.progress.readingSheet', { file, sheet: p.sheet }) : cliText('cli.progress.reading', { file });
      const rows = p.rows ? cliText('cli.progress.rows', { rows: p.rows.toLocaleString('en') }) : '';
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(p.fraction * 100)).padStart(3)}% ${what}${rows}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
