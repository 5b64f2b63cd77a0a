/**
 * A number as IATI's value attributes want it: plain decimal digits, never an exponent
 * (rules 8.8.2, 8.9.2, 8.10.2 compare number(@value) with @value), -0 as 0.
 */
export function decimalText(value: number): string {
  if (Object.is(value, -0)) return '0';
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
