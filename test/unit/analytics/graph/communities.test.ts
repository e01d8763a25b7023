import {
  louvainCommunities,
  mulberry32,
  weaklyConnectedComponents,
  type Edge,
} from "../../../../src/analytics";

const TWO_TRIANGLES: Edge[] = [
  ["A", "B"],
  ["B", "C"],
  ["C", "A"],
  ["D", "E"],
  ["E", "F"],
  ["F", "D"],
  ["C", "D"],
];

describe("louvainCommunities", () => {
  it("finds the two triangles, with modularity 2·(3/7 − (7/14)²) = 5/14", () => {
    const r = louvainCommunities({ nodes: [], edges: TWO_TRIANGLES });
    expect(r.communities).toEqual([
      { id: 0, members: ["A", "B", "C"] },
      { id: 1, members: ["D", "E", "F"] },
    ]);
    expect(r.membership).toEqual({ A: 0, B: 0, C: 0, D: 1, E: 1, F: 1 });
    expect(r.modularity).toBeCloseTo(5 / 14, 12);
    expect(r.method.parameters).toMatchObject({ seed: 42, resolution: 1, rng: "mulberry32" });
  });

  it("is reproducible across runs and input orders", () => {
    const edges: Edge[] = [];
    for (let i = 0; i < 30; i++) {
      edges.push([`n${i}`, `n${(i * 7 + 3) % 30}`], [`n${i}`, `n${(i + 1) % 30}`]);
    }
    const a = louvainCommunities({ nodes: [], edges });
    const b = louvainCommunities({ nodes: [], edges: [...edges].reverse() });
    expect(b.communities).toEqual(a.communities);
    expect(b.modularity).toBe(a.modularity);
  });

  it("puts every node of an edgeless graph in its own community", () => {
    const r = louvainCommunities({ nodes: ["b", "a"], edges: [] });
    expect(r.communities).toEqual([
      { id: 0, members: ["a"] },
      { id: 1, members: ["b"] },
    ]);
    expect(r.modularity).toBeNull();
  });

  it("handles an empty graph", () => {
    expect(louvainCommunities({ nodes: [], edges: [] }).communities).toEqual([]);
  });
});

describe("mulberry32", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    xs.forEach(x => expect(x >= 0 && x < 1).toBe(true));
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

describe("weaklyConnectedComponents", () => {
  it("ignores direction and keeps isolated nodes", () => {
    expect(
      weaklyConnectedComponents({
        nodes: ["F"],
        edges: [
          ["B", "A"],
          ["C", "B"],
          ["E", "D"],
          ["D", "D"],
        ],
      }),
    ).toEqual([
      { id: 0, members: ["A", "B", "C"] },
      { id: 1, members: ["D", "E"] },
      { id: 2, members: ["F"] },
    ]);
  });

  it("is empty on an empty graph", () => {
    expect(weaklyConnectedComponents({ nodes: [], edges: [] })).toEqual([]);
  });
});
