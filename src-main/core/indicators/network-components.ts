/**
 * indicators.md section 6: the connected components of the member graph, by union-find over
 * the memberships (pairing key, entity key). Linking every member of a pairing to the
 * pairing's first member links them all, so no member pair is ever built (a pairing of n
 * members would give n(n-1) links). Pure: no DuckDB, no Node.
 */

/** Each entity of the graph, ascending, with its component's label: the smallest entity key in it. */
export interface ComponentLabels {
  entities: Int32Array;
  labels: Int32Array;
}

/** Keys are the store's dense integer keys (row numbers from 1): arrays indexed by key. */
export function labelComponents(pairings: Int32Array, entities: Int32Array): ComponentLabels {
  if (pairings.length !== entities.length) throw new Error('labelComponents: one pairing key per entity key');
  let maxEntity = -1;
  let maxPairing = -1;
  for (let i = 0; i < entities.length; i++) {
    if (entities[i]! < 0 || pairings[i]! < 0) throw new Error('labelComponents: keys are non-negative integers');
    if (entities[i]! > maxEntity) maxEntity = entities[i]!;
    if (pairings[i]! > maxPairing) maxPairing = pairings[i]!;
  }
  // parent[e] = -1 for a key that is no member of the graph.
  const parent = new Int32Array(maxEntity + 1).fill(-1);
  const firstMember = new Int32Array(maxPairing + 1).fill(-1);
  const root = (e: number): number => {
    while (parent[e] !== e) {
      parent[e] = parent[parent[e]!]!; // path halving
      e = parent[e]!;
    }
    return e;
  };
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (parent[e] === -1) parent[e] = e;
    const p = pairings[i]!;
    if (firstMember[p] === -1) {
      firstMember[p] = e;
      continue;
    }
    const a = root(firstMember[p]!);
    const b = root(e);
    // The smaller root wins, so every root is its component's smallest key: the label.
    if (a < b) parent[b] = a;
    else if (b < a) parent[a] = b;
  }
  let count = 0;
  for (let e = 0; e <= maxEntity; e++) if (parent[e] !== -1) count++;
  const out = { entities: new Int32Array(count), labels: new Int32Array(count) };
  let at = 0;
  for (let e = 0; e <= maxEntity; e++) {
    if (parent[e] === -1) continue;
    out.entities[at] = e;
    out.labels[at++] = root(e);
  }
  return out;
}

/** The number of components and the entities in the largest (0 and 0 for an empty graph). */
export function componentSizes(labels: Int32Array): { components: number; largestComponent: number } {
  let maxLabel = -1;
  for (const label of labels) if (label > maxLabel) maxLabel = label;
  const size = new Int32Array(maxLabel + 1);
  let components = 0;
  let largestComponent = 0;
  for (const label of labels) {
    if (size[label] === 0) components++;
    const n = ++size[label]!;
    if (n > largestComponent) largestComponent = n;
  }
  return { components, largestComponent };
}
