/**
 * The matching key of a sheet or column name: `Pairing ID`, `pairing_id`, `PAIRING-ID` and
 * `Pairing Íd` all become `pairingid`. Accents, case, spaces, underscores and punctuation
 * never decide whether a header is recognised.
 */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
