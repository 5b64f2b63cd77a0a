import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sdgTargetsModule } from '../../scripts/build-sdg-targets.js';
import { sdgTargetTitle } from '../../src-main/shared/charts/outcomes.js';
import { translator } from '../../src-main/shared/i18n/index.js';
import { SDG_TARGETS } from '../../src-main/shared/sdg-targets.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('src-main/shared/sdg-targets.ts is generated from docs/sdg-targets.csv, which is the spec\'s, and our Spanish titles', () => {
  expect(read('src-main/shared/sdg-targets.ts')).toBe(sdgTargetsModule(read('docs/sdg-targets.csv'), read('docs/sdg-targets.es.csv')));
  expect(SDG_TARGETS).toHaveLength(169);
  expect(SDG_TARGETS.find((t) => t.target === '11.3')?.goal).toBe(11);
  expect(SDG_TARGETS.find((t) => t.target === '17.19')?.title).toMatch(/^By 2030, build on existing initiatives/);
});

describe('Spanish titles', () => {
  test('every target has one, in Spanish, and none is the English or French title', () => {
    const lacking = SDG_TARGETS.filter((t) => !t.titleEs?.trim() || t.titleEs === t.title || t.titleEs === t.titleFr).map((t) => t.target);
    expect(lacking).toEqual([]);
    expect(SDG_TARGETS.find((t) => t.target === '1.1')?.titleEs).toMatch(/^Para 2030, erradicar para todas las personas y en todo el mundo la pobreza extrema/);
    expect(SDG_TARGETS.find((t) => t.target === '11.3')?.titleEs).toMatch(/urbanización inclusiva y sostenible/);
  });

  test('the generator refuses a Spanish file that misses a target or names one the list lacks', () => {
    const english = read('docs/sdg-targets.csv');
    const spanish = read('docs/sdg-targets.es.csv');
    const without = spanish.split('\n').filter((line) => !line.startsWith('11.3,')).join('\n');
    expect(() => sdgTargetsModule(english, without)).toThrow(/missing 11\.3/);
    expect(() => sdgTargetsModule(english, `${spanish}99.9,Inventado\n`)).toThrow(/not in the list 99\.9/);
  });
});

test('a target title follows the language: English, French from the spec, Spanish from ours', () => {
  const code = '13.2';
  expect(sdgTargetTitle(code, translator('en'))).toBe('Integrate climate change measures into national policies, strategies and planning');
  expect(sdgTargetTitle(code, translator('fr'))).toMatch(/^Incorporer des mesures relatives aux changements climatiques/);
  expect(sdgTargetTitle(code, translator('es'))).toBe('Incorporar medidas relativas al cambio climático en las políticas, estrategias y planes nacionales');
  expect(sdgTargetTitle('99.9', translator('es'))).toBeUndefined();
});
