/** The critical-mass verdict (ours): every threshold must pass. */
import type { Verdict, VerdictCriterion, VerdictThresholds } from "./critical-mass.types";

/** Figures the verdict reads. */
export interface VerdictInput {
  activeContributors: number;
  contributorAbsenceFactor: number;
  elephantFactor: number;
  organizations: number;
  unknownAffiliationShare: number;
}

function criterion(
  name: string,
  value: number,
  threshold: number,
  comparator: ">=" | "<=",
): VerdictCriterion {
  const passed = comparator === ">=" ? value >= threshold : value <= threshold;
  return { criterion: name, value, threshold, comparator, passed };
}

function describe(c: VerdictCriterion): string {
  const op = c.passed ? (c.comparator === ">=" ? "≥" : "≤") : c.comparator === ">=" ? "<" : ">";
  const value = Number.isInteger(c.value) ? String(c.value) : c.value.toFixed(3);
  return `${c.passed ? "passed" : "failed"}: ${c.criterion} = ${value} ${op} ${c.threshold}`;
}

/**
 * Checks the critical-mass thresholds (ours, inspired by the DINUM floss-criteria resilience
 * questions and the OpenSSF Scorecard "Contributors" check, ≥ 3 organisations):
 * active contributors, contributor absence factor, elephant factor, distinct organisations and,
 * when set, the maximum unknown-affiliation share. One reason per criterion, passed or failed.
 *
 * References: https://github.com/codegouvfr/floss-criteria ,
 * https://github.com/ossf/scorecard/blob/main/docs/checks.md#contributors
 */
export function criticalMassVerdict(input: VerdictInput, t: VerdictThresholds): Verdict {
  const criteria = [
    criterion("activeContributors", input.activeContributors, t.minActiveContributors, ">="),
    criterion("contributorAbsenceFactor", input.contributorAbsenceFactor, t.minAbsenceFactor, ">="),
    criterion("elephantFactor", input.elephantFactor, t.minElephantFactor, ">="),
    criterion("organizations", input.organizations, t.minOrganizations, ">="),
  ];
  if (t.maxUnknownShare !== null) {
    criteria.push(
      criterion("unknownAffiliationShare", input.unknownAffiliationShare, t.maxUnknownShare, "<="),
    );
  }
  return {
    reached: criteria.every(c => c.passed),
    reasons: criteria.map(describe),
    criteria,
  };
}
