import type { ImportProgress } from '../core/import/stage-files.js';

const WIDTH = 28;

/** A one-line progress bar on standard error, drawn only when it is a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: ImportProgress) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let drawn = false;
  return {
    update(p) {
      const filled = Math.round(p.fraction * WIDTH);
      const what = p.phase === 'reading' ? `reading ${p.file ?? ''}${p.sheet ? ` / ${p.sheet}` : ''}` : p.phase;
      const rows = p.rows ? ` ${p.rows.toLocaleString('en')} rows` : '';
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(p.fraction * 100)).padStart(3)}% ${what}${rows}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
