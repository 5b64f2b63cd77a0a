import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeDashboardIndicators, computeIndicators } from '../../src-main/core/indicators/compute.js';
import { labelComponents } from '../../src-main/core/indicators/network.js';
import { closeScope, openScope } from '../../src-main/core/indicators/scope.js';
import { networkGraph } from '../../src-main/core/queries/network-graph.js';
import { inTransaction } from '../../src-main/core/store/transaction.js';
import type { Project } from '../../src-main/core/store/project.js';
import type { Filters, Network } from '../../src-main/shared/indicators.js';
import { writeNetworkProgramme } from '../fixtures/network-programme.js';
import { importedProject, tempDir, writeCsv } from '../helpers/programme.js';

// Every expected number below is worked out by hand from test/fixtures/network-programme.ts.
let project: Project;
const network = async (filters: Filters = {}): Promise<Network> => (await project.withConnection((c) => computeIndicators(c, filters))).network;
const hub = (entity: string, name: string, country: string, pairings: number) => ({ entity, name, country, pairings });

beforeAll(async () => {
  project = await importedProject(writeNetworkProgramme(tempDir()));
});
afterAll(() => project.close());

describe('the hand-built graph', () => {
  test('every pairing in scope: chain, triangle, two pairs, the four-member pairing with its tail', async () => {
    // Components: {A B C D R}, {E F G}, {H I}, {J K}, {L M N O P S}; Q is in no pairing.
    // Hubs: C in chain2, chain3, branch (3); B, E, F, G, O, P in two each. By name, then
    // entity: Essen, Faro (F), Faro (G), Oslo, Pune, Zagreb.
    expect(await network()).toEqual({
      multiPairingEntities: 7,
      hubs: [hub('C', 'Cali', 'CO', 3), hub('E', 'Essen', 'DE', 2), hub('F', 'Faro', 'PT', 2), hub('G', 'Faro', 'BR', 2),
        hub('O', 'Oslo', 'NO', 2), hub('P', 'Pune', 'IN', 2), hub('B', 'Zagreb', 'HR', 2)],
      components: 5,
      largestComponent: 6,
    });
  });

  test('a filter cuts the graph: the IUC pairings alone', async () => {
    // Without chain2, tri3, pair2, tail2: {A B}, {C D R}, {E F G} (a chain now), {H I},
    // {L M N O P}. J, K and S leave the graph. Hubs: C (chain3, branch), F (tri1, tri2), O.
    expect(await network({ programme: ['IUC'] })).toEqual({
      multiPairingEntities: 3,
      hubs: [hub('C', 'Cali', 'CO', 2), hub('F', 'Faro', 'PT', 2), hub('O', 'Oslo', 'NO', 2)],
      components: 5,
      largestComponent: 5,
    });
  });

  test('pairings started in 2018: the branch knits two of them together, the rest stand alone', async () => {
    // chain2 B-C, branch C-R, tri3 G-E, pair2 J-K, tail2 P-S: C is in chain2 and branch.
    expect(await network({ from: '2018-01-01', to: '2018-12-31' })).toEqual({
      multiPairingEntities: 1,
      hubs: [hub('C', 'Cali', 'CO', 2)],
      components: 4,
      largestComponent: 3,
    });
  });

  test('an empty scope has no components', async () => {
    expect(await network({ programme: ['none such'] })).toEqual({ multiPairingEntities: 0, hubs: [], components: 0, largestComponent: 0 });
  });
});

/**
 * Every entity's label from the union-find (network.ts) and from label propagation in SQL,
 * the definition the indicators used to run (test/fixtures/network-label-propagation.sql),
 * over the same scope: [ek, union-find label, propagated label].
 */
const PROPAGATION = readFileSync(join(import.meta.dirname, '../fixtures/network-label-propagation.sql'), 'utf8');
async function labelsBothWays(of: Project, filters: Filters): Promise<[number, number, number][]> {
  return of.withConnection((c) =>
    inTransaction(c, async () => {
      await openScope(c, filters);
      try {
        await labelComponents(c);
        await c.run(PROPAGATION);
        const read = await c.runAndReadAll(
          `SELECT coalesce(u.ek, p.ek) AS ek, u.label, p.label FROM network_labels u
           FULL JOIN network_labels_by_propagation p USING (ek) ORDER BY 1`,
        );
        return read.getRows() as [number, number, number][];
      } finally {
        await c.run('DROP TABLE IF EXISTS network_labels_by_propagation');
        await closeScope(c);
      }
    }),
  );
}

describe('the union-find labels every entity as label propagation did', () => {
  test('the hand-built graph, whole and within filters', async () => {
    const scopes: Filters[] = [{}, { programme: ['IUC'] }, { from: '2018-01-01', to: '2018-12-31' }, { programme: ['none such'] }];
    const sizes: number[] = [];
    for (const filters of scopes) {
      const labels = await labelsBothWays(project, filters);
      for (const [ek, unionFind, propagated] of labels) expect({ ek, label: unionFind }).toEqual({ ek, label: propagated });
      sizes.push(labels.length);
    }
    // The entities of each scope, counted by hand: 18 in pairings, 15 in IUC ones, 9 in 2018's, none.
    expect(sizes).toEqual([18, 15, 9, 0]);
  });
});

describe('the graph the Network view draws', () => {
  test('carries the network figures and hubs of indicators; the dashboard\'s indicators are the rest', async () => {
    for (const filters of [{}, { programme: ['IUC'] }] as Filters[]) {
      const { network: full, ...rest } = await project.withConnection((c) => computeIndicators(c, filters));
      const graph = await project.withConnection((c) => networkGraph(c, filters, 3));
      expect(graph.summary).toEqual(full);
      expect(await project.withConnection((c) => computeDashboardIndicators(c, filters))).toEqual(rest);
    }
  });

  test('every entity and link when the limit allows', async () => {
    const graph = await project.withConnection((c) => networkGraph(c, {}, 100));
    // 18 entities in pairings (Q is in none); links: chain 3 + branch 1 + triangle 3 + pairs 2
    // + the four-member pairing's 6 + tail 2 = 17.
    expect(graph.nodes.length).toBe(18);
    expect(graph.entities).toBe(18);
    expect(graph.links.length).toBe(17);
    expect(graph.components).toBe(5);
    expect(graph.componentsShown).toBe(5);
    expect(graph.nodes.find((n) => n.entity === 'C')).toEqual({ entity: 'C', name: 'Cali', country: 'CO', region: 'Latin America & Caribbean', pairings: 3 });
    expect(graph.pairings.find((p) => p.pairing_id === 'four')?.members).toEqual(['L', 'M', 'N', 'O']);
  });

  test('capped: the hubs of the largest component with their partners first, and the totals say what is left out', async () => {
    const graph = await project.withConnection((c) => networkGraph(c, {}, 6));
    expect(graph.nodes.map((n) => n.entity).sort()).toEqual(['L', 'M', 'N', 'O', 'P', 'S']);
    // O and P, in two pairings each, come first within their component.
    expect(graph.nodes.slice(0, 2).map((n) => n.entity)).toEqual(['O', 'P']);
    expect(graph.links.length).toBe(8);
    expect(graph.pairings.map((p) => p.pairing_id)).toEqual(['four', 'tail1', 'tail2']);
    expect({ entities: graph.entities, components: graph.components, shown: graph.componentsShown }).toEqual({ entities: 18, components: 5, shown: 1 });
    // Three: the first hub (O), then its partners by pairings and name (P, then Lima): two links, both O's.
    const three = await project.withConnection((c) => networkGraph(c, {}, 3));
    expect(three.nodes.map((n) => n.entity)).toEqual(['O', 'P', 'L']);
    expect(three.links).toEqual([{ source: 'L', target: 'O', pairings: 1 }, { source: 'O', target: 'P', pairings: 1 }]);
  });

  test('within filters: the IUC graph', async () => {
    const graph = await project.withConnection((c) => networkGraph(c, { programme: ['IUC'] }, 100));
    expect(graph.nodes.length).toBe(15);
    expect(graph.components).toBe(5);
  });
});

const parentCount = (pairings: string[][]) => new Set(pairings.flat()).size;

/** Components by union-find: an independent way to the same answer. */
function unionFind(pairings: string[][]): { components: number; largest: number } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const members of pairings) for (const m of members) if (!parent.has(m)) parent.set(m, m);
  for (const members of pairings) for (const m of members.slice(1)) parent.set(find(m), find(members[0]!));
  const sizes = new Map<string, number>();
  for (const x of parent.keys()) sizes.set(find(x), (sizes.get(find(x)) ?? 0) + 1);
  return { components: sizes.size, largest: Math.max(0, ...sizes.values()) };
}

test('random graphs with long chains agree with union-find', async () => {
  // A seeded generator (mulberry32), so a failure reproduces.
  let seed = 13;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const dir = tempDir();
  const entities = Array.from({ length: 400 }, (_, i) => `e${i}`);
  const pairings: string[][] = [];
  // A chain of 150 pairings: the longest path label propagation has to walk.
  for (let i = 0; i < 150; i++) pairings.push([`e${i}`, `e${i + 1}`]);
  // Random pairings of two to four members among the rest.
  for (let i = 0; i < 120; i++) {
    const size = 2 + Math.floor(random() * 3);
    const members = new Set<string>();
    while (members.size < size) members.add(`e${160 + Math.floor(random() * 240)}`);
    pairings.push([...members]);
  }
  const files = [
    writeCsv(join(dir, 'entities.csv'), [['entity_id', 'name', 'country'], ...entities.map((e) => [e, `City ${e}`, 'NL'])]),
    writeCsv(join(dir, 'pairings.csv'), [['pairing_id'], ...pairings.map((_, i) => [`p${i}`])]),
    writeCsv(join(dir, 'members.csv'), [['pairing_id', 'entity_id'], ...pairings.flatMap((members, i) => members.map((m) => [`p${i}`, m]))]),
  ];
  const random_ = await importedProject(files);
  try {
    const got = (await random_.withConnection((c) => computeIndicators(c))).network;
    const expected = unionFind(pairings);
    expect({ components: got.components, largest: got.largestComponent }).toEqual(expected);
    expect(expected.largest).toBeGreaterThanOrEqual(151);
    const counts = new Map<string, number>();
    for (const members of pairings) for (const m of members) counts.set(m, (counts.get(m) ?? 0) + 1);
    expect(got.multiPairingEntities).toBe([...counts.values()].filter((n) => n >= 2).length);
    // And entity by entity, as the definition labels them (the smallest key of each component).
    const labels = await labelsBothWays(random_, {});
    expect(labels.length).toBe(parentCount(pairings));
    expect(labels.filter(([, unionFind, propagated]) => unionFind !== propagated)).toEqual([]);
  } finally {
    random_.close();
  }
});
