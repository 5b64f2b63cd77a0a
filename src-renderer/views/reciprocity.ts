import type { OutcomeRow } from '../../src-main/shared/results.js';

export interface PairingReciprocity {
  pairing_id: string;
  title: string | null;
  members: number;
  membersWithOutcomes: number;
  /** "Rotterdam 3 · Surat 0", members in the order the workbook lists them. */
  perMember: string;
  outcomes: number;
  /** min / max of the members' outcome counts (results.md section 5). */
  reciprocity: number;
  twoWay: boolean;
}

/**
 * Per pairing with outcomes, how evenly its members changed: the pairings behind the
 * two-way share and the mean reciprocity (results.md section 5), computed here from the
 * outcome list and the pairings' members so the view can list them.
 */
export function reciprocityByPairing(
  outcomes: readonly OutcomeRow[],
  members: ReadonlyArray<{ pairing_id: string; entity_id: string }>,
  nameOf: (entityId: string) => string,
): PairingReciprocity[] {
  const counts = new Map<string, Map<string, number>>();
  const titles = new Map<string, string | null>();
  for (const o of outcomes) {
    const perEntity = counts.get(o.pairing_id) ?? new Map<string, number>();
    perEntity.set(o.entity_id, (perEntity.get(o.entity_id) ?? 0) + 1);
    counts.set(o.pairing_id, perEntity);
    titles.set(o.pairing_id, o.pairing_title);
  }
  const membersOf = new Map<string, string[]>();
  for (const m of members) {
    if (!counts.has(m.pairing_id)) continue;
    const list = membersOf.get(m.pairing_id) ?? [];
    if (!list.includes(m.entity_id)) list.push(m.entity_id);
    membersOf.set(m.pairing_id, list);
  }
  const out: PairingReciprocity[] = [];
  for (const [pairing, perEntity] of counts) {
    // An outcome's member is a member of its pairing (checked at import): list it even if the members table were to lack it.
    const ids = [...(membersOf.get(pairing) ?? [])];
    for (const id of perEntity.keys()) if (!ids.includes(id)) ids.push(id);
    const values = ids.map((id) => perEntity.get(id) ?? 0);
    const max = Math.max(...values);
    out.push({
      pairing_id: pairing,
      title: titles.get(pairing) ?? null,
      members: ids.length,
      membersWithOutcomes: values.filter((v) => v > 0).length,
      perMember: ids.map((id, i) => `${nameOf(id)} ${values[i]}`).join(' · '),
      outcomes: values.reduce((s, v) => s + v, 0),
      reciprocity: max === 0 ? 0 : Math.min(...values) / max,
      twoWay: values.every((v) => v > 0),
    });
  }
  return out.sort((a, b) => a.reciprocity - b.reciprocity || (a.pairing_id < b.pairing_id ? -1 : 1));
}
