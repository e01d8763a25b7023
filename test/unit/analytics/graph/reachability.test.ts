import {
  dependentsCounts,
  kShortestPaths,
  transitiveDependencies,
  transitiveDependents,
  type Edge,
} from "../../../../src/analytics";

const DIAMOND = {
  nodes: [],
  edges: [
    ["A", "B"],
    ["A", "C"],
    ["B", "D"],
    ["C", "D"],
  ] as Edge[],
};
const CYCLE = {
  nodes: [],
  edges: [
    ["A", "B"],
    ["B", "C"],
    ["C", "A"],
  ] as Edge[],
};
const CHAIN = {
  nodes: [],
  edges: [
    ["A", "B"],
    ["B", "C"],
    ["C", "D"],
  ] as Edge[],
};

describe("transitiveDependencies", () => {
  it("diamond: D at minimal depth 2, INDIRECT, via B (BFS parent in id order)", () => {
    const r = transitiveDependencies(DIAMOND, "A");
    expect(r.nodes).toEqual([
      { node: "B", depth: 1, relation: "DIRECT", examplePath: ["A", "B"] },
      { node: "C", depth: 1, relation: "DIRECT", examplePath: ["A", "C"] },
      { node: "D", depth: 2, relation: "INDIRECT", examplePath: ["A", "B", "D"] },
    ]);
    expect(r).toMatchObject({ found: true, truncated: false, maxDepth: 6 });
  });

  it("direct wins over indirect", () => {
    const r = transitiveDependencies(
      {
        nodes: [],
        edges: [
          ["A", "B"],
          ["B", "C"],
          ["A", "C"],
        ],
      },
      "A",
    );
    expect(r.nodes.find(n => n.node === "C")).toMatchObject({ depth: 1, relation: "DIRECT" });
  });

  it("cycle A→B→C→A: B and C once, never the root", () => {
    expect(transitiveDependencies(CYCLE, "A").nodes.map(n => [n.node, n.depth])).toEqual([
      ["B", 1],
      ["C", 2],
    ]);
  });

  it("depth cap: truncated only when something lies beyond it", () => {
    const capped = transitiveDependencies(CHAIN, "A", { maxDepth: 2 });
    expect(capped.nodes.map(n => n.node)).toEqual(["B", "C"]);
    expect(capped.truncated).toBe(true);
    expect(transitiveDependencies(CHAIN, "A", { maxDepth: 3 }).truncated).toBe(false);
    expect(transitiveDependencies(CHAIN, "A", { maxDepth: Infinity }).nodes).toHaveLength(3);
    expect(() => transitiveDependencies(CHAIN, "A", { maxDepth: 0 })).toThrow(RangeError);
    expect(() => transitiveDependencies(CHAIN, "A", { maxDepth: 1.5 })).toThrow(RangeError);
  });

  it("stays in the root's part of a disconnected graph", () => {
    const r = transitiveDependencies(
      {
        nodes: ["Z"],
        edges: [
          ["A", "B"],
          ["X", "Y"],
        ],
      },
      "A",
    );
    expect(r.nodes.map(n => n.node)).toEqual(["B"]);
  });

  it("unknown root and empty graph", () => {
    expect(transitiveDependencies(DIAMOND, "nope")).toMatchObject({ found: false, nodes: [] });
    expect(transitiveDependencies({ nodes: [], edges: [] }, "A").found).toBe(false);
    expect(transitiveDependencies({ nodes: ["A"], edges: [] }, "A")).toMatchObject({
      found: true,
      nodes: [],
    });
  });
});

describe("transitiveDependents", () => {
  it("diamond: blast radius of D, paths read dependent → … → D", () => {
    expect(transitiveDependents(DIAMOND, "D").nodes).toEqual([
      { node: "B", depth: 1, relation: "DIRECT", examplePath: ["B", "D"] },
      { node: "C", depth: 1, relation: "DIRECT", examplePath: ["C", "D"] },
      { node: "A", depth: 2, relation: "INDIRECT", examplePath: ["A", "B", "D"] },
    ]);
  });

  it("cycle: everyone else depends on A", () => {
    expect(transitiveDependents(CYCLE, "A").nodes.map(n => [n.node, n.depth])).toEqual([
      ["C", 1],
      ["B", 2],
    ]);
  });
});

describe("dependentsCounts", () => {
  it("diamond: D has 2 direct and 3 transitive dependents", () => {
    expect(dependentsCounts(DIAMOND)).toEqual([
      { node: "D", directDependents: 2, transitiveDependents: 3 },
      { node: "B", directDependents: 1, transitiveDependents: 1 },
      { node: "C", directDependents: 1, transitiveDependents: 1 },
      { node: "A", directDependents: 0, transitiveDependents: 0 },
    ]);
  });

  it("cycle and depth cap", () => {
    expect(dependentsCounts(CYCLE).map(d => d.transitiveDependents)).toEqual([2, 2, 2]);
    expect(
      dependentsCounts(CHAIN, { maxDepth: 1 }).map(d => [d.node, d.transitiveDependents]),
    ).toEqual([
      ["B", 1],
      ["C", 1],
      ["D", 1],
      ["A", 0],
    ]);
  });

  it("empty graph", () => {
    expect(dependentsCounts({ nodes: [], edges: [] })).toEqual([]);
  });
});

describe("kShortestPaths", () => {
  const MIXED = {
    nodes: [],
    // listed out of order on purpose
    edges: [
      ["A", "C"],
      ["C", "D"],
      ["B", "C"],
      ["A", "B"],
      ["B", "D"],
      ["A", "D"],
    ] as Edge[],
  };

  it("ranks by length then lexicographically", () => {
    expect(kShortestPaths(MIXED, "A", "D", { k: 10 }).paths).toEqual([
      { length: 1, nodes: ["A", "D"] },
      { length: 2, nodes: ["A", "B", "D"] },
      { length: 2, nodes: ["A", "C", "D"] },
      { length: 3, nodes: ["A", "B", "C", "D"] },
    ]);
    expect(kShortestPaths(MIXED, "A", "D").paths).toHaveLength(3);
    expect(kShortestPaths(MIXED, "A", "D", { k: 10, maxDepth: 2 }).paths).toHaveLength(3);
  });

  it("diamond: both length-2 paths", () => {
    expect(kShortestPaths(DIAMOND, "A", "D").paths.map(p => p.nodes)).toEqual([
      ["A", "B", "D"],
      ["A", "C", "D"],
    ]);
  });

  it("cycle: only simple paths", () => {
    expect(kShortestPaths(CYCLE, "A", "C", { k: 5 }).paths).toEqual([
      { length: 2, nodes: ["A", "B", "C"] },
    ]);
  });

  it("direction matters unless undirected", () => {
    const g = {
      nodes: [],
      edges: [
        ["B", "A"],
        ["C", "B"],
      ] as Edge[],
    };
    expect(kShortestPaths(g, "A", "C").paths).toEqual([]);
    expect(kShortestPaths(g, "A", "C", { undirected: true }).paths).toEqual([
      { length: 2, nodes: ["A", "B", "C"] },
    ]);
  });

  it("same node, unknown nodes, bad k, expansion cap", () => {
    expect(kShortestPaths(DIAMOND, "A", "A").paths).toEqual([]);
    expect(kShortestPaths(DIAMOND, "A", "nope").paths).toEqual([]);
    expect(() => kShortestPaths(DIAMOND, "A", "D", { k: 0 })).toThrow(RangeError);
    const capped = kShortestPaths(MIXED, "A", "D", { k: 10, maxExpansions: 3 });
    expect(capped.truncated).toBe(true);
    expect(capped.paths.length).toBeLessThan(4);
  });
});
