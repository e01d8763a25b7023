/**
 * The critical-mass verdict's criteria said in French, from their structured fields (the API's
 * `reasons` are English sentences for API users; the explorer writes its own).
 */
import { formatNumber, formatShare } from "./format";

export interface CriterionFields {
  criterion: string;
  comparator: string;
  threshold: number;
  value: number;
  passed: boolean;
}

const NAMES: Record<string, string> = {
  activeContributors: "contributeurs actifs",
  contributorAbsenceFactor: "facteur d'absence (CAF)",
  elephantFactor: "facteur éléphant (EF)",
  organizations: "organisations distinctes",
  unknownAffiliationShare: "part d'affiliation inconnue",
};

const SHARES = new Set(["unknownAffiliationShare"]);

/** "atteint : contributeurs actifs = 46 ≥ 10" / "non atteint : … = 2 < 3". */
export function describeCriterion(c: CriterionFields): string {
  const atLeast = c.comparator === ">=";
  const op = c.passed ? (atLeast ? "≥" : "≤") : atLeast ? "<" : ">";
  const format = SHARES.has(c.criterion) ? formatShare : formatNumber;
  const name = NAMES[c.criterion] ?? c.criterion;
  return `${c.passed ? "atteint" : "non atteint"} : ${name} = ${format(c.value)} ${op} ${format(c.threshold)}`;
}
