/** Articulation points and bridges (structural single points of failure), iterative Tarjan. */
import { compareIds, type ProjectedGraph } from "./projected-graph";

/** Options of {@link articulationPointsAndBridges}. */
export interface ArticulationOptions {
  /**
   * `COLLAPSE` (default): the undirected view is a simple graph, each unordered pair {a, b} is one
   * link whatever the number or direction of input edges. `MULTIGRAPH`: each input edge is its own
   * link, so a pair joined by two edges is never a bridge.
   */
  parallelEdges?: "COLLAPSE" | "MULTIGRAPH";
}

/** Output of {@link articulationPointsAndBridges}. */
export interface ArticulationResult {
  /** Sorted node ids whose removal increases the number of connected components. */
  articulationPoints: string[];
  /** Number of connected components once the node is removed (articulation points only). */
  componentsAfterRemoval: Record<string, number>;
  /** Sorted `[a, b]` pairs (a < b) whose removal increases the number of connected components. */
  bridges: [string, string][];
  /** Connected components of the undirected view (isolated nodes included). */
  components: number;
}

interface Link {
  to: string;
  id: number;
}

/**
 * Tarjan's low-link algorithm (Hopcroft–Tarjan 1973) on the undirected view of the graph, with an
 * explicit stack (no recursion, so long chains do not overflow). Self-loops are ignored; parallel
 * edges are handled by edge id (see {@link ArticulationOptions}); disconnected graphs are walked
 * component by component. O(V + E).
 *
 * References: https://en.wikipedia.org/wiki/Biconnected_component ,
 * https://neo4j.com/docs/graph-data-science/current/algorithms/articulation-points/ ,
 * https://neo4j.com/docs/graph-data-science/current/algorithms/bridges/
 */
export function articulationPointsAndBridges(
  graph: ProjectedGraph,
  options: ArticulationOptions = {},
): ArticulationResult {
  const collapse = (options.parallelEdges ?? "COLLAPSE") === "COLLAPSE";
  const adj = new Map<string, Link[]>();
  const link = (n: string): Link[] => {
    const l = adj.get(n) ?? [];
    adj.set(n, l);
    return l;
  };
  graph.nodes.forEach(link);
  const seen = new Set<string>();
  let nextId = 0;
  for (const [a, b] of graph.edges) {
    link(a);
    link(b);
    const key = JSON.stringify(compareIds(a, b) <= 0 ? [a, b] : [b, a]);
    if (a === b || (collapse && seen.has(key))) {
      continue;
    }
    seen.add(key);
    link(a).push({ to: b, id: nextId });
    link(b).push({ to: a, id: nextId });
    nextId += 1;
  }
  adj.forEach(l => l.sort((x, y) => compareIds(x.to, y.to) || x.id - y.id));

  const disc = new Map<string, number>();
  const low = new Map<string, number>();
  const splits = new Map<string, number>();
  const roots = new Set<string>();
  const bridges: [string, string][] = [];
  let time = 0;
  let components = 0;
  for (const root of [...adj.keys()].sort(compareIds)) {
    if (disc.has(root)) {
      continue;
    }
    components += 1;
    roots.add(root);
    disc.set(root, time);
    low.set(root, time++);
    const stack = [{ node: root, parentEdge: -1, i: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const links = adj.get(frame.node) ?? [];
      if (frame.i < links.length) {
        const { to, id } = links[frame.i++]!;
        if (id === frame.parentEdge) {
          continue;
        }
        if (disc.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, disc.get(to)!));
        } else {
          disc.set(to, time);
          low.set(to, time++);
          stack.push({ node: to, parentEdge: id, i: 0 });
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        continue;
      }
      const p = parent.node;
      low.set(p, Math.min(low.get(p)!, low.get(frame.node)!));
      if (low.get(frame.node)! > disc.get(p)!) {
        bridges.push(compareIds(p, frame.node) < 0 ? [p, frame.node] : [frame.node, p]);
      }
      if (low.get(frame.node)! >= disc.get(p)!) {
        splits.set(p, (splits.get(p) ?? 0) + 1);
      }
    }
  }
  const componentsAfterRemoval: Record<string, number> = {};
  const articulationPoints: string[] = [];
  for (const [node, k] of [...splits].sort((a, b) => compareIds(a[0], b[0]))) {
    const pieces = roots.has(node) ? k : k + 1;
    if (pieces >= 2) {
      componentsAfterRemoval[node] = components - 1 + pieces;
      articulationPoints.push(node);
    }
  }
  return {
    articulationPoints,
    componentsAfterRemoval,
    bridges: bridges.sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1])),
    components,
  };
}
