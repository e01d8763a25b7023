import modularity from "graphology-metrics/graph/modularity";
import {
  compactGraph,
  dependentsCounts,
  dependentsOfCompact,
  louvainCommunities,
  louvainOfCompact,
  mulberry32,
  normaliseGraph,
  pageRank,
  pageRankOfCompact,
  toUndirectedGraphology,
  type Edge,
} from "../../../../src/analytics";
import { layeredGraph } from "./layered-graph";

/** The layered test graph plus a duplicate edge and a self-loop. */
const layered = (n: number): Edge[] => [...layeredGraph(n), ["n0004", "n0001"], ["n0009", "n0009"]];

describe("compactGraph", () => {
  it("sorts nodes by id, drops self-loops, collapses repeated edges, builds both CSRs", () => {
    const g = compactGraph({
      nodes: ["d"],
      edges: [
        ["c", "a"],
        ["b", "a"],
        ["c", "a"],
        ["b", "b"],
        ["a", "c"],
      ],
    });
    expect(g.ids).toEqual(["a", "b", "c", "d"]);
    expect([g.edgeCount, g.selfLoops, g.duplicateEdges]).toEqual([3, 1, 1]);
    const out = (i: number) => [...g.out.targets.subarray(g.out.offsets[i], g.out.offsets[i + 1])];
    const inn = (i: number) => [...g.in.targets.subarray(g.in.offsets[i], g.in.offsets[i + 1])];
    expect([0, 1, 2, 3].map(out)).toEqual([[2], [0], [0], []]);
    expect([0, 1, 2, 3].map(inn)).toEqual([[1, 2], [], [0], []]);
  });

  it("orders nodes by the renamed ids and keeps the builder's ids beside them", () => {
    const g = compactGraph({ nodes: [], edges: [["x", "y"]] });
    expect(g.sourceIds).toEqual(g.ids);
  });
});

describe("pageRankOfCompact", () => {
  it("gives graphology-metrics' PageRank", () => {
    const graph = { nodes: [], edges: layered(300) };
    const g = compactGraph(graph);
    const scores = pageRankOfCompact(g);
    const expected = new Map(pageRank(graph).ranking.map(r => [r.node, r.score]));
    g.ids.forEach((id, i) => expect(scores[i]).toBeCloseTo(expected.get(id) ?? NaN, 10));
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe("dependentsOfCompact", () => {
  it.each([1, 2, 6])("gives dependentsCounts' direct and transitive counts (depth %i)", depth => {
    const graph = { nodes: [], edges: layered(300) };
    const g = compactGraph(graph);
    const { direct, transitive } = dependentsOfCompact(g, depth);
    const expected = new Map(dependentsCounts(graph, { maxDepth: depth }).map(c => [c.node, c]));
    g.ids.forEach((id, i) => {
      expect([direct[i], transitive[i]]).toEqual([
        expected.get(id)?.directDependents,
        expected.get(id)?.transitiveDependents,
      ]);
    });
  });
});

describe("louvainOfCompact", () => {
  const clique = (prefix: string, size: number): Edge[] =>
    Array.from({ length: size }, (_a, i) =>
      Array.from(
        { length: size - i - 1 },
        (_b, j) => [`${prefix}${i}`, `${prefix}${i + j + 1}`] as Edge,
      ),
    ).flat();

  it("finds two cliques joined by one edge, largest first", () => {
    const g = compactGraph({
      nodes: [],
      edges: [...clique("a", 6), ...clique("b", 5), ["a0", "b0"]],
    });
    const r = louvainOfCompact(g, { seed: 42 });
    expect(r.count).toBe(2);
    const of = (id: string) => r.membership[g.ids.indexOf(id)];
    expect(new Set(["a0", "a1", "a5"].map(of))).toEqual(new Set([0]));
    expect(new Set(["b0", "b1", "b4"].map(of))).toEqual(new Set([1]));
  });

  it("reports the modularity of its partition, as good as graphology's Louvain", () => {
    const random = mulberry32(3);
    const edges: Edge[] = Array.from({ length: 3000 }, () => [
      `n${Math.floor(random() * 1000)}`,
      `n${Math.floor(1000 * random() ** 3)}`,
    ]);
    const g = compactGraph({ nodes: [], edges });
    const r = louvainOfCompact(g, { seed: 42 });
    const undirected = toUndirectedGraphology(normaliseGraph({ nodes: [], edges }));
    const partition = Object.fromEntries(g.ids.map((id, i) => [id, r.membership[i]!]));
    expect(r.modularity).toBeCloseTo(
      modularity(undirected, { getNodeCommunity: n => partition[n]! }),
      9,
    );
    const reference = louvainCommunities({ nodes: [], edges }, { seed: 42 }).modularity ?? 1;
    expect(r.modularity).toBeGreaterThan(reference - 0.03);
    expect(louvainOfCompact(g, { seed: 42 }).membership).toEqual(r.membership);
  });

  it("gives every node its own community in a graph without edges", () => {
    const r = louvainOfCompact(compactGraph({ nodes: ["a", "b"], edges: [] }), { seed: 1 });
    expect([r.count, r.modularity]).toEqual([2, null]);
  });
});
