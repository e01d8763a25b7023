/**
 * The fixed expense, in cost units, of the root fields whose work does not show in their page
 * size: analytics that traverse or compute over the whole graph. One unit is about one entity
 * read by a page (≈ 0.1 ms of server time); figures are the uncached time of one call on the
 * real graph at the arguments' defaults (`npm run bench:hostile`, 2-core machine, 2026-11-30),
 * rounded up, × 10 units/ms. A field missing here costs only its page size and arguments.
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

/**
 * The arguments that bound how deep a traversal goes (`maxDepth` of dependencies, exposure,
 * dependencyPaths and sovereigntyExposure; `maxLength` of connectionPath). The expense above is
 * measured at their default and scales linearly with them: `dependencies(maxDepth: 1)` costs a
 * sixth of `dependencies(maxDepth: 6)`.
 */
export const DEPTH_ARGUMENTS: readonly string[] = ["maxDepth", "maxLength"];

/**
 * The arguments that give a list's size: a Relay page (`first`/`last`), an analytics page
 * (`first`, deprecated `limit`), the k of `dependencyPaths(k:)`.
 */
export const LIST_SIZE_ARGUMENTS: readonly string[] = ["first", "last", "limit", "k"];

/**
 * The arguments that give the size of a list inside each item of the page: the members listed
 * per community (`communities(top:)`). They multiply the page size.
 */
export const ITEM_LIST_SIZE_ARGUMENTS: readonly string[] = ["top"];

/**
 * The fixed expense of `Parent.field` (0 for every field but the analytics above), scaled by its
 * depth: `depth` is the value of its depth argument, `defaultDepth` that argument's default.
 */
export function fieldExpense(
  parent: string,
  field: string,
  depth?: { value: number; default: number },
): number {
  const expense = parent === "Query" ? (ROOT_EXPENSE[field] ?? 0) : 0;
  if (expense === 0 || !depth || depth.default <= 0) {
    return expense;
  }
  return Math.ceil((expense * Math.max(depth.value, 1)) / depth.default);
}
