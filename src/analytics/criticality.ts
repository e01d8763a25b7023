/** The OpenSSF criticality_score generic scorer (weighted mean of capped, log-scaled signals). */
import {
  CRITICALITY_PROFILES,
  type CriticalityProfile,
  type CriticalityProfileName,
  type CriticalitySignalSpec,
} from "./criticality-profiles";
import { buildMethod } from "./method";

import type { CriticalityBreakdown, CriticalityResult } from "./types/criticality.type";

/** One line of the score breakdown, and the scorer's output (declared once, with the API). */
export type { CriticalityBreakdown, CriticalityResult };

/** Signal values; `null`/`undefined` = missing (dropped from the mean, never read as 0). */
export type CriticalitySignals = Readonly<Record<string, number | null | undefined>>;

/**
 * Normalises one signal as the OpenSSF v2 scorer does: clamp v to [L, U], v ← v − L, if smaller is
 * better v ← (U − L) − v, then zipfian `log(1+v)/log(1+(U−L))` or linear `v/(U−L)`.
 *
 * Reference: https://github.com/ossf/criticality_score/tree/main/internal/scorer/algorithm
 */
export function normaliseSignal(value: number, spec: CriticalitySignalSpec): number {
  if (Number.isNaN(value)) {
    throw new RangeError(`signal ${spec.signal} is NaN`);
  }
  const lower = spec.lower ?? 0;
  const range = spec.upper - lower;
  if (!(range > 0)) {
    throw new RangeError(`signal ${spec.signal}: upper must be > lower`);
  }
  let v = Math.min(spec.upper, Math.max(lower, value)) - lower;
  if (spec.smallerIsBetter === true) {
    v = range - v;
  }
  return spec.distribution === "linear" ? v / range : Math.log1p(v) / Math.log1p(range);
}

/**
 * OpenSSF criticality score: `Σ wᵢ·normᵢ / Σ wᵢ` over the signals **present** in `signals`
 * (missing ones leave both sums and are reported as missing).
 *
 * Reference: https://github.com/ossf/criticality_score (README, `Quantifying_criticality_algorithm.pdf`,
 * `internal/scorer/algorithm/wam/wam.go`).
 * @param profile a shipped profile name or a custom profile.
 */
export function criticalityScore(
  signals: CriticalitySignals,
  profile: CriticalityProfileName | CriticalityProfile = "ECOSYSTEM_FR",
  computedAt?: string,
): CriticalityResult {
  const p = typeof profile === "string" ? CRITICALITY_PROFILES[profile] : profile;
  const rows = p.signals.map(spec => {
    const raw = signals[spec.signal];
    const value = raw === null || raw === undefined ? null : raw;
    return { spec, value, normalised: value === null ? null : normaliseSignal(value, spec) };
  });
  const weightSum = rows.reduce((s, r) => s + (r.normalised === null ? 0 : r.spec.weight), 0);
  const breakdown = rows.map(({ spec, value, normalised }) => ({
    signal: spec.signal,
    value,
    weight: spec.weight,
    threshold: spec.upper,
    lower: spec.lower ?? 0,
    smallerIsBetter: spec.smallerIsBetter === true,
    normalised,
    contribution:
      normalised === null || weightSum === 0 ? null : (spec.weight * normalised) / weightSum,
    missing: normalised === null,
  }));
  const score = weightSum === 0 ? null : breakdown.reduce((s, b) => s + (b.contribution ?? 0), 0);
  const missingSignals = breakdown.filter(b => b.missing).map(b => b.signal);
  const known = new Set(p.signals.map(s => s.signal));
  const ignoredSignals = Object.keys(signals)
    .filter(k => !known.has(k))
    .sort();
  const method = buildMethod({
    name: `OpenSSF criticality_score, profile ${p.name}${p.origin === "ours" ? " (ours)" : ""}`,
    formula:
      "C = Σ wᵢ·log(1+vᵢ)/log(1+(Uᵢ−Lᵢ)) / Σ wᵢ over present signals, vᵢ clamped and shifted",
    parameters: Object.fromEntries(
      p.signals.map(s => [
        s.signal,
        `w=${s.weight} L=${s.lower ?? 0} U=${s.upper}${s.smallerIsBetter ? " smaller-is-better" : ""}`,
      ]),
    ),
    references: p.references,
    coverageNotes: missingSignals.length ? [`missing signals: ${missingSignals.join(", ")}`] : [],
    computedAt,
  });
  return { score, breakdown, profile: p.name, missingSignals, ignoredSignals, method };
}
