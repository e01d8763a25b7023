import { articulationPointsAndBridges, type Edge } from "../../../../src/analytics";

describe("articulationPointsAndBridges", () => {
  it("path graph: internal nodes are articulation points, every edge is a bridge", () => {
    const r = articulationPointsAndBridges({
      nodes: ["A", "B", "C", "D"],
      edges: [
        ["A", "B"],
        ["B", "C"],
        ["C", "D"],
      ],
    });
    expect(r.articulationPoints).toEqual(["B", "C"]);
    expect(r.bridges).toEqual([
      ["A", "B"],
      ["B", "C"],
      ["C", "D"],
    ]);
    expect(r.componentsAfterRemoval).toEqual({ B: 2, C: 2 });
    expect(r.components).toBe(1);
  });

  it("two triangles joined by one edge: that edge and its endpoints", () => {
    const edges: Edge[] = [
      ["A", "B"],
      ["B", "C"],
      ["C", "A"],
      ["D", "E"],
      ["E", "F"],
      ["F", "D"],
      ["C", "D"],
    ];
    const r = articulationPointsAndBridges({ nodes: [], edges });
    expect(r.articulationPoints).toEqual(["C", "D"]);
    expect(r.bridges).toEqual([["C", "D"]]);
  });

  it("cycle A→B→C→A: none", () => {
    const r = articulationPointsAndBridges({
      nodes: ["A", "B", "C"],
      edges: [
        ["A", "B"],
        ["B", "C"],
        ["C", "A"],
      ],
    });
    expect(r.articulationPoints).toEqual([]);
    expect(r.bridges).toEqual([]);
  });

  it("star: the centre splits the graph into its leaves, whether DFS starts at it or not", () => {
    const centreFirst = articulationPointsAndBridges({
      nodes: [],
      edges: [
        ["A", "B"],
        ["A", "C"],
        ["A", "D"],
      ],
    });
    expect(centreFirst.componentsAfterRemoval).toEqual({ A: 3 });
    const centreLast = articulationPointsAndBridges({
      nodes: [],
      edges: [
        ["Z", "A"],
        ["Z", "B"],
        ["Z", "C"],
      ],
    });
    expect(centreLast.componentsAfterRemoval).toEqual({ Z: 3 });
    expect(centreLast.bridges).toEqual([
      ["A", "Z"],
      ["B", "Z"],
      ["C", "Z"],
    ]);
  });

  it("disconnected graph with an isolated node", () => {
    const r = articulationPointsAndBridges({
      nodes: ["W"],
      edges: [
        ["X", "Y"],
        ["Y", "Z"],
        ["P", "Q"],
        ["Q", "R"],
        ["R", "P"],
      ],
    });
    expect(r.components).toBe(3);
    expect(r.articulationPoints).toEqual(["Y"]);
    expect(r.componentsAfterRemoval).toEqual({ Y: 4 }); // {X}, {Z}, {W}, {P,Q,R}
    expect(r.bridges).toEqual([
      ["X", "Y"],
      ["Y", "Z"],
    ]);
  });

  it("ignores self-loops", () => {
    const r = articulationPointsAndBridges({
      nodes: [],
      edges: [
        ["A", "B"],
        ["B", "B"],
        ["A", "A"],
      ],
    });
    expect(r.articulationPoints).toEqual([]);
    expect(r.bridges).toEqual([["A", "B"]]);
  });

  it("parallel edges: collapsed by default, kept in MULTIGRAPH mode", () => {
    const graph = {
      nodes: [],
      edges: [
        ["A", "B"],
        ["B", "A"],
        ["B", "C"],
      ] as Edge[],
    };
    expect(articulationPointsAndBridges(graph).bridges).toEqual([
      ["A", "B"],
      ["B", "C"],
    ]);
    const multi = articulationPointsAndBridges(graph, { parallelEdges: "MULTIGRAPH" });
    expect(multi.bridges).toEqual([["B", "C"]]);
    expect(multi.articulationPoints).toEqual(["B"]);
  });

  it("numeric-looking ids stay sorted as strings", () => {
    const r = articulationPointsAndBridges({
      nodes: [],
      edges: [
        ["1", "10"],
        ["10", "2"],
        ["2", "3"],
      ],
    });
    expect(r.articulationPoints).toEqual(["10", "2"]);
  });

  it("empty graph", () => {
    expect(articulationPointsAndBridges({ nodes: [], edges: [] })).toEqual({
      articulationPoints: [],
      componentsAfterRemoval: {},
      bridges: [],
      components: 0,
    });
  });

  it("does not overflow the stack on a 200,000-node path", () => {
    const n = 200_000;
    const id = (i: number) => `n${String(i).padStart(6, "0")}`;
    const edges: Edge[] = [];
    for (let i = 0; i + 1 < n; i++) {
      edges.push([id(i), id(i + 1)]);
    }
    const r = articulationPointsAndBridges({ nodes: [], edges });
    expect(r.articulationPoints).toHaveLength(n - 2);
    expect(r.bridges).toHaveLength(n - 1);
  });
});
