import { articulationPointsAndBridges } from "./articulation-points-and-bridges";
import { adjacency, type Edge, normaliseGraph } from "./projected-graph";
import { bfs } from "./reachability";

/** Input of {@link spofStructure}: the projection (node ids `Label:key`) and what to rank. */
export interface SpofStructureInput {
  nodes: string[];
  edges: Edge[];
  /** Labels whose articulation points are reported (tools). */
  toolLabels: string[];
  /** Labels counted as consumers when measuring exposure. */
  consumerLabels: string[];
  /** Further nodes whose exposure is needed (sole providers, human single points). */
  extraIds: string[];
}

/** Who depends on a node, transitively. */
export interface Exposure {
  exposedConsumers: number;
  exposedStartups: number;
  exposedOrganizations: number;
}

export interface SpofStructure {
  components: number;
  /** Tool articulation points with the number of components once removed. */
  articulationPoints: Array<{ id: string; componentsAfterRemoval: number }>;
  /** Bridges oriented consumer → dependency when the projection says so. */
  bridges: Edge[];
  /** Exposure of every articulation point, bridge consumer end and extra id. */
  exposures: Record<string, Exposure>;
}

const labelOf = (id: string) => id.slice(0, id.indexOf(":"));

/**
 * The whole-graph part of the single points of failure: Tarjan's articulation points and bridges,
 * then the reverse reachability of each candidate. Pure and CPU-bound (seconds on the real graph):
 * it runs in a worker thread (analytics/worker), off the server's event loop.
 */
export function spofStructure(input: SpofStructureInput): SpofStructure {
  const graph = { nodes: input.nodes, edges: input.edges };
  const tools = new Set(input.toolLabels);
  const consumers = new Set(input.consumerLabels);
  const directed = new Set(input.edges.map(([a, b]) => `${a}>${b}`));
  const ap = articulationPointsAndBridges(graph);
  // one reverse adjacency for every candidate (transitiveDependents would rebuild it per call)
  const dependents = adjacency(normaliseGraph(graph), "IN");
  const exposures: Record<string, Exposure> = {};
  const expose = (id: string) => {
    if (!exposures[id]) {
      const reached = [...bfs(dependents, id, Infinity).depth.keys()].filter(n => n !== id);
      const labels = reached.map(labelOf);
      exposures[id] = {
        exposedConsumers: labels.filter(l => consumers.has(l)).length,
        exposedStartups: labels.filter(l => l === "Startup").length,
        exposedOrganizations: labels.filter(l => l !== "Startup" && consumers.has(l)).length,
      };
    }
  };
  const articulationPoints = ap.articulationPoints
    .filter(id => tools.has(labelOf(id)))
    .map(id => ({ id, componentsAfterRemoval: ap.componentsAfterRemoval[id] ?? 0 }));
  const bridges = ap.bridges.map(([a, b]): Edge => (directed.has(`${a}>${b}`) ? [a, b] : [b, a]));
  for (const { id } of articulationPoints) {
    expose(id);
  }
  for (const [from] of bridges) {
    expose(from);
  }
  for (const id of input.extraIds) {
    expose(id);
  }
  return { components: ap.components, articulationPoints, bridges, exposures };
}
