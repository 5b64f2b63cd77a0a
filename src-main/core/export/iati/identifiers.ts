import { ORGANISATION_REGISTRATION_AGENCY } from './codelists.js';

/**
 * IATI identifiers (iati.md, "Identifiers"): no whitespace and none of / & | ? (rules 1.3.1,
 * 1.3.13: each becomes "-"), built from the reporting org's ref, so they start with it
 * (1.1.21) and differ from it (1.1.3).
 */
export function identifierPart(text: string): string {
  return text.trim().replace(/[\s/&|?]+/g, '-');
}

/** The registration agency whose code starts `ref` (the longest one: "XM-DAC" before "XM"), or null. */
export function registrationAgencyOf(ref: string): { code: string; active: boolean } | null {
  let found: { code: string; active: boolean } | null = null;
  for (const [code, item] of ORGANISATION_REGISTRATION_AGENCY) {
    if (ref.startsWith(`${code}-`) && ref.length > code.length + 1 && (found === null || code.length > found.code.length)) found = { code, active: item.active };
  }
  return found;
}

/**
 * `base`, or `base-2`, `base-3`, ... when an earlier activity of the file already holds it
 * ("P 1" and "P/1" clean to the same id; so do programme "A" with pairing "B-1" and programme
 * "A-B" with pairing "1"). Called in a fixed order, so the ids are stable between runs.
 */
export function claimIdentifier(used: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
