/**
 * Graph data for the WebGL view, built from API results: nodes keyed by global id, coloured by
 * kind, and edges keyed by relationship. Pure functions (unit-tested); the view draws the result.
 */
import { kindStyle } from "./kinds";

export interface GraphNode {
  id: string;
  /** Entity kind (`SOFTWARE`) or label (`Software`). */
  kind: string;
  name: string;
  colour: string;
  /** Graph distance from the subject, when the view has one. */
  depth?: number;
  /** A marker the view shows beside the name (DIRECT, INDIRECT, licence…). */
  note?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  dashed?: boolean;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };

interface NodeLike {
  id: string;
  entityKind: string;
  displayName: string;
}

interface RefLike {
  id: string;
  /** Its EntityType value, e.g. `SOFTWARE`. */
  kind: string;
  name: string;
}

export interface NeighbourhoodLike {
  center: NodeLike;
  neighbours: Array<{
    outgoing: boolean;
    node: NodeLike;
    relationship: { id: string; type: string };
  }>;
}

const node = (n: NodeLike, depth?: number): GraphNode => ({
  id: n.id,
  kind: n.entityKind,
  name: n.displayName,
  colour: kindStyle(n.entityKind).colour,
  ...(depth === undefined ? {} : { depth }),
});

const refNode = (r: RefLike, extra: Partial<GraphNode> = {}): GraphNode => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  colour: kindStyle(r.kind).colour,
  ...extra,
});

/** Adds nodes and edges that are not there yet (first one wins), keeping the order of arrival. */
export function mergeGraphs(base: GraphData, extra: GraphData): GraphData {
  const nodes = new Map(base.nodes.map(n => [n.id, n]));
  for (const n of extra.nodes) {
    if (!nodes.has(n.id)) {
      nodes.set(n.id, n);
    }
  }
  const edges = new Map(base.edges.map(e => [e.id, e]));
  for (const e of extra.edges) {
    if (!edges.has(e.id)) {
      edges.set(e.id, e);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A neighbourhood as graph data; merged into `previous` when a node is expanded. */
export function neighbourhoodToGraph(
  hood: NeighbourhoodLike,
  previous: GraphData = EMPTY_GRAPH,
): GraphData {
  const centreDepth = previous.nodes.find(n => n.id === hood.center.id)?.depth ?? 0;
  const graph: GraphData = {
    nodes: [
      node(hood.center, centreDepth),
      ...hood.neighbours.map(x => node(x.node, centreDepth + 1)),
    ],
    edges: hood.neighbours.map(x => ({
      id: x.relationship.id || `${hood.center.id}-${x.relationship.type}-${x.node.id}`,
      source: x.outgoing ? hood.center.id : x.node.id,
      target: x.outgoing ? x.node.id : hood.center.id,
      type: x.relationship.type,
    })),
  };
  return mergeGraphs(previous, graph);
}

/**
 * Only the edges of the given relationship types, and the nodes they still reach from the
 * subject (the first node); every type when `types` is empty.
 */
export function filterByRelationshipTypes(graph: GraphData, types: ReadonlySet<string>): GraphData {
  if (types.size === 0 || graph.nodes.length === 0) {
    return graph;
  }
  const edges = graph.edges.filter(e => types.has(e.type));
  const root = graph.nodes[0]!.id;
  const reached = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of edges) {
      const a = reached.has(e.source);
      const b = reached.has(e.target);
      if (a !== b) {
        reached.add(a ? e.target : e.source);
        grew = true;
      }
    }
  }
  return {
    nodes: graph.nodes.filter(n => reached.has(n.id)),
    edges: edges.filter(e => reached.has(e.source) && reached.has(e.target)),
  };
}

/** Edges along a path of refs (subject first), typed `type`, one per consecutive pair. */
function pathEdges(path: readonly RefLike[], type: string, dashed = false): GraphEdge[] {
  const out: GraphEdge[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    out.push({
      id: `${a.id}>${type}>${b.id}`,
      source: a.id,
      target: b.id,
      type,
      ...(dashed ? { dashed } : {}),
    });
  }
  return out;
}

export interface DependencyLike {
  node: RefLike;
  depth: number;
  relation: string;
  licenceClass?: string | null;
  examplePath: RefLike[];
}

/**
 * A dependency tree: the subject, every dependency up to `maxDepth` with its DIRECT/INDIRECT
 * relation and licence class, linked along its example path (a DAG drawn as a tree).
 */
export function dependenciesToGraph(
  subject: RefLike,
  items: readonly DependencyLike[],
  maxDepth = Infinity,
): GraphData {
  let graph: GraphData = { nodes: [refNode(subject, { depth: 0 })], edges: [] };
  for (const item of items) {
    if (item.depth > maxDepth) {
      continue;
    }
    const path = item.examplePath.length > 0 ? item.examplePath : [subject, item.node];
    const nodes = path.map((r, i) =>
      r.id === item.node.id
        ? refNode(r, {
            depth: item.depth,
            note: `${item.relation === "DIRECT" ? "directe" : "indirecte"} · ${licenceNote(item.licenceClass)}`,
          })
        : refNode(r, { depth: i }),
    );
    graph = mergeGraphs(graph, {
      nodes,
      edges: pathEdges(path, "DEPENDS_ON", item.relation !== "DIRECT"),
    });
  }
  return graph;
}

function licenceNote(licenceClass: string | null | undefined): string {
  switch (licenceClass) {
    case "OPEN":
      return "libre";
    case "PROPRIETARY":
      return "propriétaire";
    case "DUAL_COMMERCIAL":
      return "double licence";
    case "NONE":
      return "sans licence";
    default:
      return "licence inconnue";
  }
}

export interface ExposureLike {
  subject: RefLike;
  dependents: Array<{ node: RefLike; depth: number; examplePath: RefLike[] }>;
  startups: Array<{
    entity: RefLike;
    depth: number;
    ministries: RefLike[];
    evidence: Array<{ relationship: string; target: RefLike }>;
  }>;
  organizations: Array<{
    entity: RefLike;
    depth: number;
    ministries: RefLike[];
    evidence: Array<{ relationship: string; target: RefLike }>;
  }>;
}

/**
 * Who depends on the subject: dependents along their paths (pointing at what they depend on),
 * then the start-ups and organisations that use them, and the ministries they roll up to.
 */
export function exposureToGraph(exposure: ExposureLike): GraphData {
  let graph: GraphData = { nodes: [refNode(exposure.subject, { depth: 0 })], edges: [] };
  for (const d of exposure.dependents) {
    const path = d.examplePath.length > 0 ? d.examplePath : [d.node, exposure.subject];
    graph = mergeGraphs(graph, {
      nodes: path.map(r => refNode(r)),
      edges: pathEdges(path, "DEPENDS_ON"),
    });
  }
  for (const user of [...exposure.startups, ...exposure.organizations]) {
    const nodes = [
      refNode(user.entity, { depth: user.depth }),
      ...user.ministries.map(m => refNode(m)),
    ];
    const edges: GraphEdge[] = user.evidence.map(e => ({
      id: `${user.entity.id}>${e.relationship}>${e.target.id}`,
      source: user.entity.id,
      target: e.target.id,
      type: e.relationship,
    }));
    for (const m of user.ministries) {
      edges.push({
        id: `${user.entity.id}>MINISTRY>${m.id}`,
        source: user.entity.id,
        target: m.id,
        type: "MINISTRY",
        dashed: true,
      });
    }
    graph = mergeGraphs(graph, {
      nodes: [...nodes, ...user.evidence.map(e => refNode(e.target))],
      edges,
    });
  }
  return graph;
}

/** A connection path: its nodes in order and one edge per step, in the step's direction. */
export function pathToGraph(
  nodes: readonly RefLike[],
  steps: ReadonlyArray<{ relationship: string; forward: boolean }>,
): GraphData {
  const edges: GraphEdge[] = [];
  steps.forEach((step, i) => {
    const a = nodes[i];
    const b = nodes[i + 1];
    if (a && b) {
      const [source, target] = step.forward ? [a.id, b.id] : [b.id, a.id];
      edges.push({
        id: `${i}:${source}>${step.relationship}>${target}`,
        source,
        target,
        type: step.relationship,
      });
    }
  });
  return { nodes: nodes.map((r, i) => refNode(r, { depth: i })), edges };
}

/** Relationship types of a graph with their edge counts, most frequent first. */
export function edgeTypeCounts(graph: GraphData): Array<{ type: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of graph.edges) {
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  }
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
