import { DuckDBInstance, DuckDBDataChunk, VARCHAR, INTEGER } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
const N = 100_000;
const rows = Array.from({ length: N }, (_, i) => [`P${i % 10000}`, null, `Agency ${i % 33333}`, 'government', i % 20, 1, i + 2] as const);
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
const ddl = (t: string) => `CREATE OR REPLACE TABLE ${t}(pairing_id VARCHAR, entity_id VARCHAR, organisation VARCHAR, helix VARCHAR, participants INTEGER, _src INTEGER, _row INTEGER)`;
for (let rep = 0; rep < 3; rep++) {
  await c.run(ddl('a'));
  let t0 = performance.now();
  const ap = await c.createAppender('a');
  for (const r of rows) {
    ap.appendVarchar(r[0]); ap.appendNull(); ap.appendVarchar(r[2]); ap.appendVarchar(r[3]); ap.appendInteger(r[4]); ap.appendInteger(r[5]); ap.appendInteger(r[6]); ap.endRow();
  }
  ap.flushSync(); ap.closeSync();
  const t1 = performance.now() - t0;
  await c.run(ddl('b'));
  t0 = performance.now();
  const ap2 = await c.createAppender('b');
  const types = [VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER, INTEGER, INTEGER];
  for (let at = 0; at < N; at += 2048) {
    const slice = rows.slice(at, at + 2048);
    const chunk = DuckDBDataChunk.create(types, slice.length);
    chunk.setColumns(types.map((_, k) => slice.map((r) => r[k] as never)));
    ap2.appendDataChunk(chunk);
  }
  ap2.flushSync(); ap2.closeSync();
  const t2 = performance.now() - t0;
  await c.run(ddl('d'));
  t0 = performance.now();
  let s = '';
  for (const r of rows) s += `${r[0]}\t${r[1] ?? ''}\t${r[2]}\t${r[3]}\t${r[4]}\t${r[5]}\t${r[6]}\n`;
  writeFileSync('/tmp/stage.tsv', s);
  await c.run(`INSERT INTO d SELECT * FROM read_csv('/tmp/stage.tsv', delim='\t', header=false, quote='', escape='', columns={'a':'VARCHAR','b':'VARCHAR','c':'VARCHAR','d':'VARCHAR','e':'INTEGER','f':'INTEGER','g':'INTEGER'})`);
  const t3 = performance.now() - t0;
  console.log(`appender ${t1.toFixed(0)} ms, chunk ${t2.toFixed(0)} ms, tsv ${t3.toFixed(0)} ms`);
}
