/** The small projected graph the analytics receive from Cypher, and its normalised forms. */
import { DirectedGraph, UndirectedGraph } from "graphology";

/** A directed edge `[from, to]`; for dependencies `from` needs `to` (consumer → dependency). */
export type Edge = readonly [string, string];

/** A projected graph: node ids and directed edges. */
export interface ProjectedGraph {
  nodes: readonly string[];
  edges: readonly Edge[];
}

/** Simple directed graph: sorted unique nodes (edge endpoints included), sorted unique edges. */
export interface NormalisedGraph {
  nodes: string[];
  edges: [string, string][];
  /** Self-loops dropped. */
  selfLoops: number;
  /** Repeated `[from, to]` edges collapsed. */
  duplicateEdges: number;
}

/** A node with a score and its 1-based rank (score desc, then node id asc). */
export interface RankedNode {
  node: string;
  score: number;
  rank: number;
}

/** Lexicographic comparison of ids (code-unit order, locale independent). */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Normalises a projected graph so results do not depend on input order: nodes (plus any edge
 * endpoint not listed) sorted and deduplicated; self-loops dropped; duplicate edges collapsed.
 */
export function normaliseGraph(graph: ProjectedGraph): NormalisedGraph {
  const nodes = new Set<string>(graph.nodes);
  const edges = new Map<string, [string, string]>();
  let selfLoops = 0;
  let duplicateEdges = 0;
  for (const [from, to] of graph.edges) {
    nodes.add(from);
    nodes.add(to);
    if (from === to) {
      selfLoops += 1;
      continue;
    }
    const id = JSON.stringify([from, to]);
    if (edges.has(id)) {
      duplicateEdges += 1;
    } else {
      edges.set(id, [from, to]);
    }
  }
  return {
    nodes: [...nodes].sort(compareIds),
    edges: [...edges.values()].sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1])),
    selfLoops,
    duplicateEdges,
  };
}

/** Builds a graphology `DirectedGraph` (simple, no self-loops) in sorted order. */
export function toDirectedGraphology(g: NormalisedGraph): DirectedGraph {
  const out = new DirectedGraph({ allowSelfLoops: false });
  g.nodes.forEach(n => out.addNode(n));
  g.edges.forEach(([a, b]) => out.addEdge(a, b));
  return out;
}

/** Builds a graphology `UndirectedGraph`: `a→b` and `b→a` become one edge. */
export function toUndirectedGraphology(g: NormalisedGraph): UndirectedGraph {
  const out = new UndirectedGraph({ allowSelfLoops: false });
  g.nodes.forEach(n => out.addNode(n));
  g.edges.forEach(([a, b]) => {
    if (!out.hasEdge(a, b)) {
      out.addEdge(a, b);
    }
  });
  return out;
}

/** Adjacency lists with sorted neighbours: `OUT` (edge direction), `IN` (reversed) or `BOTH`. */
export function adjacency(
  g: NormalisedGraph,
  direction: "OUT" | "IN" | "BOTH",
): Map<string, string[]> {
  const sets = new Map<string, Set<string>>(g.nodes.map(n => [n, new Set<string>()]));
  for (const [a, b] of g.edges) {
    if (direction !== "IN") {
      sets.get(a)?.add(b);
    }
    if (direction !== "OUT") {
      sets.get(b)?.add(a);
    }
  }
  return new Map([...sets].map(([n, s]) => [n, [...s].sort(compareIds)]));
}

/** Ranks a score mapping: score desc, then node id asc; rank = position (1-based). */
export function rankScores(scores: Readonly<Record<string, number>>): RankedNode[] {
  return Object.entries(scores)
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .map(([node, score], i) => ({ node, score, rank: i + 1 }));
}
