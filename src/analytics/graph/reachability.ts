/** Transitive dependencies and dependents by breadth-first search (deps.dev DIRECT / INDIRECT). */
import {
  adjacency,
  normaliseGraph,
  type NormalisedGraph,
  type ProjectedGraph,
} from "./projected-graph";

/** Relation of a reached node to the root (deps.dev semantics: direct wins over indirect). */
export const DEPENDENCY_RELATIONS = ["DIRECT", "INDIRECT"] as const;
export type DependencyRelation = (typeof DEPENDENCY_RELATIONS)[number];

/** Default depth cap, the same as the API's `maxDepth` cap. */
export const DEFAULT_MAX_DEPTH = 6;

/** A node reached from the root. */
export interface ReachedNode {
  node: string;
  /** Minimal number of edges between root and node. */
  depth: number;
  /** DIRECT iff depth = 1. */
  relation: DependencyRelation;
  /** One shortest path, in edge direction (root…node for dependencies, node…root for dependents). */
  examplePath: string[];
}

/** Output of {@link transitiveDependencies} / {@link transitiveDependents}. */
export interface ReachabilityResult {
  root: string;
  /** False when the root is not in the graph (then `nodes` is empty). */
  found: boolean;
  maxDepth: number;
  /** Sorted by depth then node id; the root itself is never listed (cycles back to it ignored). */
  nodes: ReachedNode[];
  /** True when nodes exist beyond `maxDepth`. */
  truncated: boolean;
}

/** Options of the reachability functions. */
export interface ReachabilityOptions {
  /** Integer ≥ 1 or `Infinity`. Default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
}

/** Validates a depth cap (integer ≥ 1 or Infinity). */
export function checkMaxDepth(maxDepth: number): number {
  if (maxDepth !== Infinity && (!Number.isInteger(maxDepth) || maxDepth < 1)) {
    throw new RangeError(`maxDepth must be an integer ≥ 1 or Infinity, got ${maxDepth}`);
  }
  return maxDepth;
}

/** BFS from root over sorted adjacency: depth and parent of every node within maxDepth. */
export function bfs(
  adj: ReadonlyMap<string, readonly string[]>,
  root: string,
  maxDepth: number,
): { depth: Map<string, number>; parent: Map<string, string>; truncated: boolean } {
  const depth = new Map<string, number>([[root, 0]]);
  const parent = new Map<string, string>();
  const queue = [root];
  let truncated = false;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const d = depth.get(node)!;
    for (const next of adj.get(node) ?? []) {
      if (depth.has(next)) {
        continue;
      }
      if (d >= maxDepth) {
        truncated = true;
        break;
      }
      depth.set(next, d + 1);
      parent.set(next, node);
      queue.push(next);
    }
  }
  return { depth, parent, truncated };
}

function closure(
  g: NormalisedGraph,
  root: string,
  direction: "OUT" | "IN",
  options: ReachabilityOptions,
): ReachabilityResult {
  const maxDepth = checkMaxDepth(options.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (!g.nodes.includes(root)) {
    return { root, found: false, maxDepth, nodes: [], truncated: false };
  }
  const { depth, parent, truncated } = bfs(adjacency(g, direction), root, maxDepth);
  const nodes: ReachedNode[] = [];
  for (const [node, d] of depth) {
    if (node === root) {
      continue;
    }
    const chain = [node];
    for (let p = parent.get(node); p !== undefined; p = parent.get(p)) {
      chain.push(p);
    }
    nodes.push({
      node,
      depth: d,
      relation: d === 1 ? "DIRECT" : "INDIRECT",
      examplePath: direction === "OUT" ? chain.reverse() : chain,
    });
  }
  nodes.sort((a, b) => a.depth - b.depth || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return { root, found: true, maxDepth, nodes, truncated };
}

/**
 * Transitive dependencies of `root` (edges consumer → dependency): minimal depth by BFS, DIRECT iff
 * depth 1 ("both direct and indirect → direct", deps.dev), one example path (BFS parent chain over
 * neighbours visited in id order), depth cap. Cycles and diamonds are visited once per node.
 *
 * Reference: https://docs.deps.dev/api/v3/ (GetDependencies, `relation` SELF | DIRECT | INDIRECT)
 */
export function transitiveDependencies(
  graph: ProjectedGraph,
  root: string,
  options: ReachabilityOptions = {},
): ReachabilityResult {
  return closure(normaliseGraph(graph), root, "OUT", options);
}

/**
 * Transitive dependents of `root` (reverse reachability, the blast radius): who needs root, directly
 * or not, within the depth cap; example paths read dependent → … → root.
 *
 * Reference: https://blog.deps.dev/enumerating-dependents/
 */
export function transitiveDependents(
  graph: ProjectedGraph,
  root: string,
  options: ReachabilityOptions = {},
): ReachabilityResult {
  return closure(normaliseGraph(graph), root, "IN", options);
}
