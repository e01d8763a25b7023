/**
 * Concentration measures: shares, Herfindahl–Hirschman index and effective number.
 * Used for organisational diversity (CHAOSS) and reuse breadth (ours).
 */
import type { KeyedValue } from "./top-k-share";

/** A keyed value with its share of the total. */
export interface KeyedShare extends KeyedValue {
  share: number;
}

function checked(values: readonly number[]): number[] {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`counts must be finite and ≥ 0, got ${v}`);
    }
  }
  return [...values];
}

/**
 * Shares of keyed counts (value / total), sorted by value desc then key asc; zero values kept with
 * share 0. Duplicate keys are summed. Empty or all-zero input gives shares of 0.
 */
export function shares(items: readonly KeyedValue[]): KeyedShare[] {
  const sums = new Map<string, number>();
  for (const { key, value } of items) {
    checked([value]);
    sums.set(key, (sums.get(key) ?? 0) + value);
  }
  const total = [...sums.values()].reduce((s, v) => s + v, 0);
  return [...sums.entries()]
    .map(([key, value]) => ({ key, value, share: total === 0 ? 0 : value / total }))
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Herfindahl–Hirschman index `HHI = Σ sᵢ²` with `sᵢ = xᵢ / Σx`. Accepts counts or shares (shares
 * that sum to 1 are unchanged by the normalisation). Returns `null` when the total is 0 (undefined).
 * Range (0, 1]: 1 = a single unit holds everything; 1/n for n equal units.
 *
 * Reference: https://en.wikipedia.org/wiki/Herfindahl%E2%80%93Hirschman_index and CHAOSS
 * Organizational Diversity https://chaoss.community/kb/metric-organizational-diversity/
 */
export function hhi(values: readonly number[]): number | null {
  const xs = checked(values);
  const total = xs.reduce((s, x) => s + x, 0);
  if (total === 0) {
    return null;
  }
  return xs.reduce((s, x) => s + (x / total) ** 2, 0);
}

/**
 * Effective number of units `1 / HHI` (the number of equal-sized units that would give the same
 * concentration); 0 when there is no data.
 *
 * Reference: https://en.wikipedia.org/wiki/Effective_number_of_parties (Laakso–Taagepera index,
 * same formula) and https://en.wikipedia.org/wiki/Herfindahl%E2%80%93Hirschman_index
 */
export function effectiveNumber(values: readonly number[]): number {
  const h = hhi(values);
  return h === null ? 0 : 1 / h;
}
