import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Our copy of the IATI 2.03 schema (docs/iati/, byte-identical to the spec's). */
export const IATI_SCHEMA = fileURLToPath(new URL('../../docs/iati/iati-activities-schema.xsd', import.meta.url));

const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
/** Debian's libxml2-utils, installed by .ci/run. */
export const hasXmllint = probe.status === 0;
export const xmllintMissing = `xmllint is not installed (apt-get install libxml2-utils; .ci/run installs it): ${probe.error?.message ?? probe.stderr}`;

/** xmllint's verdict on `file` against the IATI schema: ok, and its messages when not. */
export function validateIati(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', IATI_SCHEMA, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.slice(0, 4000) };
}

/** An XPath 1.0 expression evaluated by xmllint (not by the code under test), as text. */
export function xpath(file: string, expression: string): string {
  const run = spawnSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // xmllint exits 10 for an empty node set.
  if (run.status === 10) return '';
  if (run.status !== 0) throw new Error(`xmllint --xpath ${expression}: ${run.stderr}`);
  return run.stdout.trim();
}

export const xpathNumber = (file: string, expression: string) => Number(xpath(file, expression));
/** The text of every node an expression selects (xmllint prints one a line since libxml2 2.9.?; joined nodes otherwise). */
export const xpathList = (file: string, expression: string) => xpath(file, expression).split('\n').map((s) => s.trim()).filter(Boolean);
