/** In-degree (direct dependents) and transitive dependents counts for every node. */
import { adjacency, compareIds, normaliseGraph, type ProjectedGraph } from "./projected-graph";
import { bfs, checkMaxDepth } from "./reachability";

/** Dependents counts of one node. */
export interface DependentsCount {
  node: string;
  /** Distinct nodes with an edge to this node (in-degree of the simple graph). */
  directDependents: number;
  /** Distinct nodes reaching this node within the depth cap (the node itself excluded). */
  transitiveDependents: number;
}

/**
 * Direct and transitive dependents of every node (one reverse BFS per node, O(V·(V+E))), sorted by
 * transitive desc, direct desc, node id asc. Default depth: unbounded (`Infinity`).
 *
 * References: https://neo4j.com/docs/graph-data-science/current/algorithms/degree-centrality/ ,
 * https://blog.deps.dev/enumerating-dependents/
 */
export function dependentsCounts(
  graph: ProjectedGraph,
  options: { maxDepth?: number } = {},
): DependentsCount[] {
  const maxDepth = checkMaxDepth(options.maxDepth ?? Infinity);
  const g = normaliseGraph(graph);
  const reverse = adjacency(g, "IN");
  return g.nodes
    .map(node => ({
      node,
      directDependents: reverse.get(node)?.length ?? 0,
      transitiveDependents: bfs(reverse, node, maxDepth).depth.size - 1,
    }))
    .sort(
      (a, b) =>
        b.transitiveDependents - a.transitiveDependents ||
        b.directDependents - a.directDependents ||
        compareIds(a.node, b.node),
    );
}
