/** k shortest simple paths between two nodes, ranked by length then lexicographically. */
import { adjacency, normaliseGraph, type ProjectedGraph } from "./projected-graph";
import { bfs, checkMaxDepth, DEFAULT_MAX_DEPTH } from "./reachability";

/** Options of {@link kShortestPaths}. */
export interface KShortestPathsOptions {
  /** Number of paths wanted (integer ≥ 1). Default 3. */
  k?: number;
  /** Longest path, in edges. Default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
  /** Ignore edge direction. Default false (follow consumer → dependency). */
  undirected?: boolean;
  /** Cap on edge expansions of the enumeration; when hit, `truncated` is true. Default 100,000. */
  maxExpansions?: number;
}

/** A path and its length in edges. */
export interface GraphPath {
  length: number;
  nodes: string[];
}

/** Output of {@link kShortestPaths}. */
export interface KShortestPathsResult {
  paths: GraphPath[];
  /** True when the expansion cap stopped the enumeration early. */
  truncated: boolean;
}

/**
 * The k shortest simple paths from `from` to `to` (no repeated node), ordered by length then by the
 * node-id sequence (lexicographic). Bounded enumeration: for each length L = 1…maxDepth, a
 * depth-first walk over neighbours in id order (so paths of one length come out in lexicographic
 * order), pruned by the BFS distance to `to`. Returns [] when from = to or a node is unknown.
 *
 * References: https://neo4j.com/docs/cypher-manual/current/patterns/shortest-paths/ (`SHORTEST k`),
 * https://en.wikipedia.org/wiki/Yen%27s_algorithm (same ranking by length)
 */
export function kShortestPaths(
  graph: ProjectedGraph,
  from: string,
  to: string,
  options: KShortestPathsOptions = {},
): KShortestPathsResult {
  const k = options.k ?? 3;
  const maxDepth = checkMaxDepth(options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const budget = options.maxExpansions ?? 100_000;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
  }
  const g = normaliseGraph(graph);
  const direction = options.undirected === true ? "BOTH" : "OUT";
  const adj = adjacency(g, direction);
  if (from === to || !adj.has(from) || !adj.has(to)) {
    return { paths: [], truncated: false };
  }
  const toTarget = bfs(adjacency(g, direction === "OUT" ? "IN" : "BOTH"), to, maxDepth).depth;
  const paths: GraphPath[] = [];
  let expansions = 0;
  const longest = Math.min(maxDepth, g.nodes.length - 1);
  for (let length = toTarget.get(from) ?? Infinity; length <= longest; length++) {
    const path = [from];
    const onPath = new Set(path);
    const stack = [{ node: from, i: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = adj.get(frame.node) ?? [];
      if (frame.i >= next.length || path.length - 1 >= length) {
        stack.pop();
        onPath.delete(path.pop()!);
        continue;
      }
      const nb = next[frame.i++]!;
      if (++expansions > budget) {
        return { paths, truncated: true };
      }
      const remaining = length - path.length;
      if (onPath.has(nb)) {
        continue;
      }
      if (nb === to) {
        if (remaining === 0) {
          paths.push({ length, nodes: [...path, nb] });
          if (paths.length === k) {
            return { paths, truncated: false };
          }
        }
        continue;
      }
      if ((toTarget.get(nb) ?? Infinity) <= remaining) {
        stack.push({ node: nb, i: 0 });
        path.push(nb);
        onPath.add(nb);
      }
    }
  }
  return { paths, truncated: false };
}
