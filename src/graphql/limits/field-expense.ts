/**
 * The fixed expense, in cost units, of the root fields whose work does not show in their page
 * size: analytics that traverse or compute over the whole graph. One unit is about one entity
 * read by a page (≈ 0.1 ms of server time); figures are the uncached time of one call on the
 * real graph (`npm run bench:hostile`, 2-core machine, 2026-11-30), rounded up, × 10 units/ms.
 * A field missing here costs only its page size and arguments.
 */
const ROOT_EXPENSE: Readonly<Record<string, number>> = {
  // whole-graph algorithms in process (worker threads), one call ≈ 0.5–2 s uncached
  singlePointsOfFailure: 2_000,
  criticalMassRanking: 1_500,
  communities: 300,
  centralityRanking: 100,
  // traversals in Neo4j (quantified path patterns, depth ≤ 6) ≈ 50–200 ms
  dependencies: 500,
  dependencyPaths: 500,
  exposure: 1_000,
  sovereigntyExposure: 1_000,
  connectionPath: 500,
  reuseMatrix: 800,
  reuseBreadth: 300,
  criticalMass: 300,
  contributorActivity: 300, // the records of criticalMass, read once
  criticalityScore: 300,
};

/** The fixed expense of `Parent.field` (0 for every field but the analytics above). */
export function fieldExpense(parent: string, field: string): number {
  return parent === "Query" ? (ROOT_EXPENSE[field] ?? 0) : 0;
}
