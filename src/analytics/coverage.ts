/**
 * Coverage of the graph: how much of it the analytics can see (issue 14 §3). Pure functions: the
 * service counts with Cypher, this module turns counts into ratios, dependency edges into chain
 * depths, and figures into the coverage notes that analytics methods cite.
 */

/** Stable names of the ratio figures (also the GraphQL field names of `Coverage`). */
export const COVERAGE_FIGURES = {
  repositoriesWithOwner: "repositories with an owner (OWNED_BY an organisation or a ministry)",
  repositoriesWithMinistry:
    "repositories that belong to a ministry (owner, or owner's ministry: docs/data-model.md)",
  startupsWithMinistry: "start-ups that belong to a ministry (through their sponsors)",
  softwareWithKnownUser:
    "software with at least one known user (USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES, or a sponsor of a start-up that PRODUCES it)",
  softwareWithContributorData:
    "software with contributor data (CONTRIBUTES_TO on a repository that implements it or one of its parts)",
  repositoriesWithContributorData: "repositories with contributor data (CONTRIBUTES_TO)",
  packagesResolvedToRepository: "packages resolved to the repository that publishes them",
} as const;

export type CoverageFigureName = keyof typeof COVERAGE_FIGURES;

/** A figure of the coverage: numerator of denominator, and the share (null when nothing to count). */
export interface CoverageRatio {
  name: CoverageFigureName;
  description: string;
  numerator: number;
  denominator: number;
  share: number | null;
}

export function coverageRatio(
  name: CoverageFigureName,
  numerator: number,
  denominator: number,
): CoverageRatio {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0) {
    throw new Error(
      `coverage ${name}: counts must be whole numbers, got ${numerator}/${denominator}`,
    );
  }
  if (numerator > denominator) {
    throw new Error(`coverage ${name}: numerator ${numerator} above denominator ${denominator}`);
  }
  return {
    name,
    description: COVERAGE_FIGURES[name],
    numerator,
    denominator,
    share: denominator === 0 ? null : numerator / denominator,
  };
}

/** Depth of the dependency chains: one depth per root (node with at least one dependency). */
export interface ChainDepths {
  /** Roots: repositories and software with at least one DEPENDS_ON. */
  roots: number;
  /** Deepest chain: the largest minimal depth at which a root reaches one of its dependencies. */
  maxDepth: number | null;
  /** Median over roots of each root's deepest chain. */
  medianDepth: number | null;
}

/**
 * Per root, the depth of its deepest dependency: breadth-first over `edges` (from → to), so a
 * node's depth is the length of its SHORTEST chain from the root (what `dependencies` reports),
 * and cycles end. Max and median over the roots.
 */
export function chainDepths(
  edges: ReadonlyArray<readonly [string, string]>,
  roots: readonly string[],
): ChainDepths {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const list = next.get(from);
    if (list) {
      list.push(to);
    } else {
      next.set(from, [to]);
    }
  }
  const depths: number[] = [];
  for (const root of roots) {
    const seen = new Set([root]);
    let frontier = [root];
    let depth = 0;
    while (frontier.length > 0) {
      const following: string[] = [];
      for (const node of frontier) {
        for (const dep of next.get(node) ?? []) {
          if (!seen.has(dep)) {
            seen.add(dep);
            following.push(dep);
          }
        }
      }
      if (following.length > 0) {
        depth += 1;
      }
      frontier = following;
    }
    if (depth > 0) {
      depths.push(depth);
    }
  }
  return { roots: depths.length, maxDepth: maxOf(depths), medianDepth: median(depths) };
}

function maxOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => Math.max(a, b));
}

/** Median (mean of the two middle values for an even count); null for no value. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const percent = (share: number | null): string =>
  share === null ? "n/a" : `${(share * 100).toFixed(1)} %`;

/** The sentence an analytics method cites: "coverage: 13 of 9,252 repositories with … (0.1 %)". */
export function coverageNote(ratio: CoverageRatio): string {
  const n = (x: number) => x.toLocaleString("en-GB");
  return (
    `coverage (query \`coverage\`): ${n(ratio.numerator)} of ${n(ratio.denominator)} ` +
    `${ratio.description} (${percent(ratio.share)})`
  );
}

/** The chain-depth sentence an analytics method cites. */
export function chainDepthNote(depths: ChainDepths, traversalLimit: number): string {
  const capped =
    depths.maxDepth !== null && depths.maxDepth > traversalLimit
      ? `; chains deeper than ${traversalLimit} are cut at ${traversalLimit}`
      : "";
  return (
    `coverage (query \`coverage\`): dependency chains of ${depths.roots} root(s): ` +
    `max depth ${depths.maxDepth ?? "n/a"}, median ${depths.medianDepth ?? "n/a"}${capped}`
  );
}
