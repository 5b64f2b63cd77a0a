import type { CellValue } from '../../src-main/shared/api-contract.js';
import { type Translator, translator } from '../../src-main/shared/i18n/index.js';
import type { PairingReciprocity } from '../../src-main/shared/results.js';

/** "Rotterdam 3 · Surat 0": each member's outcomes, members in the order the workbook lists them. */
export const perMember = (r: PairingReciprocity): string => r.members.map((m) => `${m.name} ${m.outcomes}`).join(' · ');

/**
 * A row of the pairings behind the two-way share and the mean reciprocity, as the Outcomes
 * view shows, copies and exports it (the core searches the same cells).
 */
export const reciprocityCells = (r: PairingReciprocity, t: Translator = translator('en')): CellValue[] => [
  r.pairing_id,
  r.title,
  perMember(r),
  // In the app's language ("1 de 2"); the core's search matches the English "1 of 2".
  t.t('outcomes.membersOf', { part: r.membersWithOutcomes, whole: r.members.length }),
  // Four decimals as the indicators round them (the table prints two): a copy or export adds up to the mean reciprocity.
  Math.round(r.reciprocity * 10_000) / 10_000,
  r.twoWay,
];
