import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type ApiArg, type ApiHandlers, type ApiMethod, type ApiResult, type MapData, type MapLayer, type MapScope, dispatch } from '../../src-main/shared/api-contract.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { REPO } from '../helpers/cli.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
let project: Project;
let handlers: ApiHandlers;

beforeAll(async () => {
  project = await openFilesProject([SAMPLE]);
  handlers = createHandlers(project);
});
afterAll(() => project.close());

async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
  const result = await dispatch(handlers, method, arg);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiResult<M>;
}

/** The one-call map (`pairings/map`, whose queries are the reference) rebuilt from the layer and a scope. */
function rebuild(layer: MapLayer, scope: MapScope): MapData {
  const byKey = new Map(layer.cities.map((c) => [c.ek, c]));
  const data: MapData = { cities: [], links: [], unplaced: [] };
  scope.cities.forEach((ek, i) => {
    const c = byKey.get(ek)!;
    const pairings = scope.pairings[i]!;
    if (c.latitude === null || c.longitude === null || c.placedBy === null) data.unplaced.push({ entity_id: c.entity_id, name: c.name, country: c.country, pairings });
    else data.cities.push({ entity_id: c.entity_id, name: c.name, country: c.country, latitude: c.latitude, longitude: c.longitude, pairings, placedBy: c.placedBy } as MapData['cities'][number]);
  });
  for (let i = 0; i < scope.links.length; i += 3) data.links.push({ a: byKey.get(scope.links[i]!)!.entity_id, b: byKey.get(scope.links[i + 1]!)!.entity_id, pairings: scope.links[i + 2]! });
  return data;
}

const byId = <T extends { entity_id: string }>(rows: T[]) => [...rows].sort((x, y) => x.entity_id.localeCompare(y.entity_id));

describe('the map as a layer fetched once and a scope per filter change', () => {
  test.each<[string, Filters]>([
    ['no filter', {}],
    ['a theme', { theme: ['Circular economy'] }],
    ['a region and a start date', { region: ['Latin America & Caribbean'], from: '2018-01-01' }],
    ['nothing in scope', { theme: ['no such theme'] }],
  ])('layer + scope hold exactly what pairings/map returns (%s)', async (_name, filters) => {
    const [layer, scope, whole] = await Promise.all([call('pairings/mapLayer', null), call('pairings/mapScope', filters), call('pairings/map', filters)]);
    expect(scope.generation).toBe(layer.generation);
    expect(scope.pairings).toHaveLength(scope.cities.length);
    const rebuilt = rebuild(layer, scope);
    expect(byId(rebuilt.cities)).toEqual(byId(whole.cities.map(({ region: _r, ...c }) => c)));
    expect(byId(rebuilt.unplaced)).toEqual(byId(whole.unplaced));
    // Links in the same order: the renderer draws the strongest first and cuts the rest.
    expect(rebuilt.links).toEqual(whole.links);
  });

  test('the members in scope and their pairing counts agree with the indicators', async () => {
    const filters = { theme: ['Circular economy'] };
    const [scope, ind, all] = await Promise.all([call('pairings/mapScope', filters), project.withConnection((c) => computeIndicators(c, filters)), call('pairings/mapScope', {})]);
    expect(scope.cities.length).toBe(ind.summary.entities);
    expect(new Set(scope.cities).size).toBe(scope.cities.length);
    // A member counts each pairing in scope it is in once, so no count exceeds the pairings in scope.
    expect(Math.max(...scope.pairings)).toBeLessThanOrEqual(ind.summary.pairings);
    expect(scope.pairings.every((n) => n >= 1)).toBe(true);
    // Narrowing the scope only removes members.
    expect(scope.cities.every((ek) => all.cities.includes(ek))).toBe(true);
    expect(all.cities.length).toBeGreaterThan(scope.cities.length);
  });

  test('the layer holds every member of any pairing once; a new import is a new generation', async () => {
    const own = await openFilesProject([SAMPLE]);
    try {
      const mine = createHandlers(own);
      const get = async <M extends ApiMethod>(m: M, arg: ApiArg<M>) => {
        const r = await dispatch(mine, m, arg);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as ApiResult<M>;
      };
      const before = await get('pairings/mapLayer', null);
      const everyone = await get('pairings/mapScope', {});
      expect(before.cities.map((c) => c.ek).sort((a, b) => a - b)).toEqual([...everyone.cities].sort((a, b) => a - b));
      // Another project's layer is never taken for this one's, even at the same import id.
      expect(before.generation).not.toBe((await call('pairings/mapLayer', null)).generation);
      const imported = await get('import/files', { paths: [SAMPLE] });
      expect(imported.ok).toBe(true);
      const after = await get('pairings/mapScope', {});
      expect(after.generation).not.toBe(before.generation);
      expect((await get('pairings/mapLayer', null)).generation).toBe(after.generation);
    } finally {
      own.close();
    }
  });

  test('a bad scope argument is a clear error', async () => {
    const result = await dispatch(handlers, 'pairings/mapScope', { theme: 'Circular economy' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringContaining('theme') } });
    expect(await dispatch(handlers, 'pairings/mapLayer', { x: 1 })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });
});
