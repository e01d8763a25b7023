/** PageRank over the dependency projection (consumer → dependency), via graphology-metrics. */
import pagerank from "graphology-metrics/centrality/pagerank";
import { buildMethod, type Method } from "../method";
import {
  normaliseGraph,
  rankScores,
  toDirectedGraphology,
  type ProjectedGraph,
  type RankedNode,
} from "./projected-graph";

/** Fixed PageRank parameters (graphology-metrics defaults, pinned here). */
export const PAGERANK_PARAMETERS = { alpha: 0.85, tolerance: 1e-6, maxIterations: 100 } as const;

/** Output of {@link pageRank}. */
export interface PageRankResult {
  /** Scores sum to 1 (networkx / graphology normalisation), ranked score desc then id asc. */
  ranking: RankedNode[];
  method: Method;
}

/**
 * PageRank `PR(v) = (1−α)/N + α·(Σ_{u→v} PR(u)/outdeg(u) + Σ_{dangling d} PR(d)/N)` with
 * α = 0.85, tolerance 1e-6 (L1 error < N·tol), at most 100 iterations, unweighted edges; self-loops
 * and duplicate edges are dropped first and nodes inserted in sorted order, so results do not
 * depend on input order. With edges consumer → dependency, importance flows to what is depended upon.
 * Only rankings are comparable with Neo4j GDS (which uses the unnormalised `(1−α) + …` form).
 *
 * References: https://graphology.github.io/standard-library/metrics.html#pagerank ,
 * https://neo4j.com/docs/graph-data-science/current/algorithms/page-rank/
 */
export function pageRank(graph: ProjectedGraph, computedAt?: string): PageRankResult {
  const g = normaliseGraph(graph);
  const scores =
    g.nodes.length === 0
      ? {}
      : pagerank(toDirectedGraphology(g), {
          ...PAGERANK_PARAMETERS,
          getEdgeWeight: null,
        });
  return {
    ranking: rankScores(scores),
    method: buildMethod({
      name: "PageRank (graphology-metrics)",
      formula: "PR(v) = (1−α)/N + α·Σ_{u→v} PR(u)/outdeg(u), dangling mass spread uniformly",
      parameters: { ...PAGERANK_PARAMETERS, weighted: false, direction: "consumer→dependency" },
      references: [
        "https://graphology.github.io/standard-library/metrics.html#pagerank",
        "https://neo4j.com/docs/graph-data-science/current/algorithms/page-rank/",
      ],
      coverageNotes: [
        `${g.selfLoops} self-loop(s) dropped, ${g.duplicateEdges} duplicate edge(s) collapsed`,
      ],
      computedAt,
    }),
  };
}
