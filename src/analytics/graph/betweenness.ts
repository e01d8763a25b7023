/** Betweenness centrality (brokers), via graphology-metrics (Brandes). */
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { buildMethod, type Method } from "../method";
import {
  normaliseGraph,
  rankScores,
  toDirectedGraphology,
  toUndirectedGraphology,
  type ProjectedGraph,
  type RankedNode,
} from "./projected-graph";

/** Options of {@link betweenness}. */
export interface BetweennessOptions {
  /** Follow edge direction (default true); false = undirected view. */
  directed?: boolean;
  /** Divide by the number of ordered (directed) or unordered pairs excluding v. Default true. */
  normalized?: boolean;
  computedAt?: string;
}

/** Output of {@link betweenness}. */
export interface BetweennessResult {
  ranking: RankedNode[];
  method: Method;
}

/**
 * Betweenness `B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st` (Brandes 2001), unweighted (graphology treats weights
 * as distances, so weights are disabled). Normalised by (n−1)(n−2) when directed and
 * (n−1)(n−2)/2 when undirected.
 *
 * References: https://graphology.github.io/standard-library/metrics.html#betweenness-centrality ,
 * https://neo4j.com/docs/graph-data-science/current/algorithms/betweenness-centrality/
 */
export function betweenness(
  graph: ProjectedGraph,
  options: BetweennessOptions = {},
): BetweennessResult {
  const directed = options.directed ?? true;
  const normalized = options.normalized ?? true;
  const g = normaliseGraph(graph);
  const gg = directed ? toDirectedGraphology(g) : toUndirectedGraphology(g);
  const scores =
    g.nodes.length === 0 ? {} : betweennessCentrality(gg, { getEdgeWeight: null, normalized });
  return {
    ranking: rankScores(scores),
    method: buildMethod({
      name: "Betweenness centrality (graphology-metrics, Brandes)",
      formula: "B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st",
      parameters: { directed, normalized, weighted: false },
      references: [
        "https://graphology.github.io/standard-library/metrics.html#betweenness-centrality",
        "https://doi.org/10.1080/0022250X.2001.9990249",
      ],
      coverageNotes: [
        `${g.selfLoops} self-loop(s) dropped, ${g.duplicateEdges} duplicate edge(s) collapsed`,
      ],
      computedAt: options.computedAt,
    }),
  };
}
