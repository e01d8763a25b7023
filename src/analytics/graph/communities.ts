/** Communities: Louvain with a seeded RNG (reproducible), and weakly connected components. */
import louvain from "graphology-communities-louvain";
import { buildMethod, type Method } from "../method";
import {
  compareIds,
  normaliseGraph,
  toUndirectedGraphology,
  type ProjectedGraph,
} from "./projected-graph";

/** Default seed of the Louvain random walk. */
export const DEFAULT_LOUVAIN_SEED = 42;

/**
 * Mulberry32 pseudo-random generator: a deterministic `() => number` in [0, 1) from a 32-bit seed.
 * Reference: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A community: id (0 = largest) and sorted members. */
export interface Community {
  id: number;
  members: string[];
}

/** Output of {@link louvainCommunities}. */
export interface CommunitiesResult {
  communities: Community[];
  membership: Record<string, number>;
  /** Modularity of the partition; null for a graph without edges. */
  modularity: number | null;
  method: Method;
}

/** Sorts groups (size desc, then smallest member) and numbers them from 0. */
function numbered(groups: string[][]): Community[] {
  return groups
    .map(g => [...g].sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0] ?? "", b[0] ?? ""))
    .map((members, id) => ({ id, members }));
}

/**
 * Louvain modularity communities (Blondel et al. 2008) on the undirected, unweighted view,
 * `Q = (1/2m)·Σ_ij [A_ij − γ·k_i·k_j/2m]·δ(c_i, c_j)`, with the graphology random walk driven by a
 * seeded {@link mulberry32} RNG so that the same input always gives the same partition.
 *
 * Reference: https://graphology.github.io/standard-library/communities-louvain.html
 */
export function louvainCommunities(
  graph: ProjectedGraph,
  options: { seed?: number; resolution?: number; computedAt?: string } = {},
): CommunitiesResult {
  const seed = options.seed ?? DEFAULT_LOUVAIN_SEED;
  const resolution = options.resolution ?? 1;
  const g = normaliseGraph(graph);
  const detailed = louvain.detailed(toUndirectedGraphology(g), {
    getEdgeWeight: null,
    resolution,
    rng: mulberry32(seed),
  });
  const groups = new Map<number, string[]>();
  for (const node of g.nodes) {
    const c = detailed.communities[node] ?? -1;
    const members = groups.get(c) ?? [];
    members.push(node);
    groups.set(c, members);
  }
  const communities = numbered([...groups.values()]);
  const membership: Record<string, number> = {};
  communities.forEach(c => c.members.forEach(m => (membership[m] = c.id)));
  return {
    communities,
    membership,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : null,
    method: buildMethod({
      name: "Louvain communities (graphology-communities-louvain)",
      formula: "maximise Q = (1/2m)Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j)",
      parameters: { seed, resolution, rng: "mulberry32", weighted: false, directed: false },
      references: [
        "https://graphology.github.io/standard-library/communities-louvain.html",
        "https://doi.org/10.1088/1742-5468/2008/10/P10008",
      ],
      coverageNotes: ["edge direction ignored; a→b and b→a count as one link"],
      computedAt: options.computedAt,
    }),
  };
}

/**
 * Weakly connected components (edge direction ignored), by union–find. Components sorted by size
 * desc then smallest member, members sorted; isolated nodes are singleton components.
 *
 * Reference: https://neo4j.com/docs/graph-data-science/current/algorithms/wcc/
 */
export function weaklyConnectedComponents(graph: ProjectedGraph): Community[] {
  const g = normaliseGraph(graph);
  const parent = new Map<string, string>(g.nodes.map(n => [n, n]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) {
      r = parent.get(r) ?? r;
    }
    for (let y = x; y !== r;) {
      const next = parent.get(y) ?? r;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const [a, b] of g.edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) {
      parent.set(compareIds(ra, rb) < 0 ? rb : ra, compareIds(ra, rb) < 0 ? ra : rb);
    }
  }
  const groups = new Map<string, string[]>();
  for (const n of g.nodes) {
    const root = find(n);
    const members = groups.get(root) ?? [];
    members.push(n);
    groups.set(root, members);
  }
  return numbered([...groups.values()]);
}
