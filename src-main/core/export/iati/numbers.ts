// Made once: a NumberFormat per call costs more than the rest of the export of a value.
const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * A number as IATI's value attributes want it: plain decimal digits, never an exponent
 * (rules 8.8.2, 8.9.2, 8.10.2 compare number(@value) with @value), -0 as 0.
 */
export function decimalText(value: number): string {
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  return text.includes('e') ? PLAIN.format(value) : text;
}
