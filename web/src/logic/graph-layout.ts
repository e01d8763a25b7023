/**
 * Positions for the WebGL graph: rings by depth first (instant, drawn at once), then ForceAtlas2
 * computed off the main thread (web/src/workers/layout.worker.ts) and applied when it is ready.
 * Pure functions (unit-tested): the component only draws their result.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { GraphData } from "./graph-data";

export type Positions = Record<string, { x: number; y: number }>;

/** What the layout worker receives: the ring positions and the edges, nothing else. */
export interface LayoutRequest {
  positions: Positions;
  edges: Array<[string, string]>;
}

/** Below this many nodes ForceAtlas2 changes little: the rings are kept. */
const MIN_FORCE_NODES = 13;
/** Above this many nodes ForceAtlas2 takes too long even in a worker: the rings are kept. */
const MAX_FORCE_NODES = 3000;

/** Whether a graph of this order gets a ForceAtlas2 pass. */
export const needsForceLayout = (order: number): boolean =>
  order >= MIN_FORCE_NODES && order <= MAX_FORCE_NODES;

/**
 * Rings by depth (the subject in the centre); each ring is turned a little, so that a path (one
 * node per ring) becomes a spiral, not a line. `jitter` (0..1) keeps nodes of a ring apart for
 * ForceAtlas2; it is a parameter so that tests are deterministic.
 */
export function ringPositions(data: GraphData, jitter: () => number = Math.random): Positions {
  const byDepth = new Map<number, number>();
  const rings = new Map<number, number>();
  data.nodes.forEach(n => rings.set(n.depth ?? 1, (rings.get(n.depth ?? 1) ?? 0) + 1));
  const positions: Positions = {};
  for (const n of data.nodes) {
    const depth = n.depth ?? 1;
    const index = byDepth.get(depth) ?? 0;
    byDepth.set(depth, index + 1);
    const angle = (2 * Math.PI * index) / Math.max(1, rings.get(depth) ?? 1) + depth * 0.9;
    const radius = depth === 0 ? 0 : 10 * depth;
    positions[n.id] = {
      x: radius * Math.cos(angle) + (depth === 0 ? 0 : jitter()),
      y: radius * Math.sin(angle) + (depth === 0 ? 0 : jitter()),
    };
  }
  return positions;
}

/** The layout request for a graph: its ring positions and the edges between drawn nodes. */
export function layoutRequest(data: GraphData, positions: Positions): LayoutRequest {
  return {
    positions,
    edges: data.edges
      .filter(e => e.source in positions && e.target in positions)
      .map(e => [e.source, e.target]),
  };
}

/**
 * ForceAtlas2 from the ring positions (Barnes-Hut past 500 nodes, fewer iterations): what the
 * worker computes. Returns the new position of every node.
 */
export function forceLayout({ positions, edges }: LayoutRequest): Positions {
  const graph = new Graph({ multi: false, type: "undirected" });
  for (const [id, p] of Object.entries(positions)) {
    graph.addNode(id, { x: p.x, y: p.y });
  }
  for (const [source, target] of edges) {
    if (source !== target) {
      graph.mergeEdge(source, target);
    }
  }
  if (!needsForceLayout(graph.order)) {
    return positions;
  }
  const large = graph.order > 500;
  forceAtlas2.assign(graph, {
    iterations: large ? 20 : 50,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: large },
  });
  const out: Positions = {};
  graph.forEachNode((id, a) => (out[id] = { x: a.x as number, y: a.y as number }));
  return out;
}
