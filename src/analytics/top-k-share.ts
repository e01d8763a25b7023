/**
 * The top-k share factor F(θ) behind the CHAOSS Contributor Absence Factor and Elephant Factor,
 * and the cumulative cut behind the GrimoireLab onion model.
 */
import { assertInRange } from "./dates";
import type { OnionLayers } from "./types/critical-mass.type";

/** A count attached to a key (a contributor, an organisation…). */
export interface KeyedValue {
  key: string;
  value: number;
}

/** Result of {@link topKShare}. */
export interface TopKShareResult {
  /** Smallest k whose top-k sum is strictly more than θ × total; 0 when the total is 0. */
  factor: number;
  /** Sum of all (positive) values. */
  total: number;
  /** Keys of the top-k units (value desc, then key asc), i.e. the units that make up the factor. */
  topKeys: string[];
  /** Share of the total held by the top-k units (0 when the total is 0). */
  topShare: number;
  /** θ used. */
  threshold: number;
}

// Relative tolerance so that θ·X computed in floating point does not flip an exact comparison.
const EPS = 1e-12;

function checkValues(values: readonly number[]): number[] {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`values must be finite and ≥ 0, got ${v}`);
    }
  }
  return values.filter(v => v > 0).sort((a, b) => b - a);
}

/**
 * Smallest k such that the k largest values sum to more (`strict`) or at least (`!strict`) than
 * `share` × total. 0 when the total is 0.
 */
export function cumulativeCut(values: readonly number[], share: number, strict: boolean): number {
  assertInRange(share, "share", 0, 1);
  const xs = checkValues(values);
  const total = xs.reduce((s, x) => s + x, 0);
  if (total === 0) {
    return 0;
  }
  const target = share * total;
  let acc = 0;
  for (let k = 0; k < xs.length; k++) {
    acc += xs[k] ?? 0;
    const reached = strict ? acc > target * (1 + EPS) : acc >= target * (1 - EPS);
    if (reached) {
      return k + 1;
    }
  }
  return xs.length;
}

/**
 * F(θ) = min { k : x₁ + … + x_k > θ·X } over values sorted in decreasing order (0 if X = 0).
 * Ties do not change the factor (equal values give the same prefix sums).
 *
 * Reference: CHAOSS Contributor Absence Factor https://chaoss.community/?p=3944 and
 * Elephant Factor https://chaoss.community/kb/metric-elephant-factor/ ("more than 50 %").
 * @param theta θ in [0, 1), default 0.5.
 */
export function topKFactor(values: readonly number[], theta = 0.5): number {
  assertInRange(theta, "theta", 0, 1, true);
  return cumulativeCut(values, theta, true);
}

/**
 * {@link topKFactor} over keyed values, also returning which keys form the top k (value desc, then
 * key asc for a deterministic choice among ties) and the share they hold.
 *
 * Reference: https://chaoss.community/?p=3944
 */
export function topKShare(items: readonly KeyedValue[], theta = 0.5): TopKShareResult {
  const factor = topKFactor(
    items.map(i => i.value),
    theta,
  );
  const sorted = items
    .filter(i => i.value > 0)
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = sorted.reduce((s, i) => s + i.value, 0);
  const top = sorted.slice(0, factor);
  const topSum = top.reduce((s, i) => s + i.value, 0);
  return {
    factor,
    total,
    topKeys: top.map(i => i.key),
    topShare: total === 0 ? 0 : topSum / total,
    threshold: theta,
  };
}

/** Onion model layer sizes (declared once, with the API's `Onion`). */
export type { OnionLayers };

/**
 * GrimoireLab onion model: core = smallest prefix (by decreasing contribution) reaching 80 % of the
 * total, regular = the next people up to 95 %, casual = the rest. "Reaching" is inclusive (≥).
 *
 * Reference: https://github.com/chaoss/grimoirelab-elk/blob/HEAD/doc/studies.md (Onion Study)
 */
export function onionLayers(
  values: readonly number[],
  coreShare = 0.8,
  regularShare = 0.95,
): OnionLayers {
  if (regularShare < coreShare) {
    throw new RangeError("regularShare must be ≥ coreShare");
  }
  const people = checkValues(values).length;
  const core = cumulativeCut(values, coreShare, false);
  const coreAndRegular = cumulativeCut(values, regularShare, false);
  return { core, regular: coreAndRegular - core, casual: people - coreAndRegular };
}
