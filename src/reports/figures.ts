/** How reports write figures: shares, percentages and "found, unknown of total" headline lines. */

/** A share written with 4 decimals (tables, CSV). */
export const share = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A share written as a percentage with one decimal (prose). */
export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** `a / b` as a share, or null when there is nothing to divide. */
export const shareOf = (a: number, b: number): number | null => (b ? share(a / b) : null);

/** "found, unknown of total" headline of one finding class (unknown null = not counted). */
export function foundBesideUnknown(
  kind: string,
  found: number,
  unknown: number | null,
  total: number,
): string {
  const unknownText =
    unknown === null ? "unknowns not counted" : `${unknown} of ${total} unknown`;
  return `- ${kind}: ${found} found, ${unknownText}`;
}
