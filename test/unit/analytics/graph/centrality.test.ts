import { betweenness, pageRank, PAGERANK_PARAMETERS, type Edge } from "../../../../src/analytics";

describe("pageRank", () => {
  it("is empty on an empty graph", () => {
    expect(pageRank({ nodes: [], edges: [] }).ranking).toEqual([]);
  });

  it("gives 1/3 to each node of a cycle, ranked by id", () => {
    const r = pageRank({
      nodes: [],
      edges: [
        ["A", "B"],
        ["B", "C"],
        ["C", "A"],
      ],
    });
    expect(r.ranking.map(x => x.node)).toEqual(["A", "B", "C"]);
    r.ranking.forEach(x => expect(x.score).toBeCloseTo(1 / 3, 6));
  });

  it("star of consumers: hand-solved fixed point (A dangling)", () => {
    // x = 0.15/4 + 0.85·y/4 for B, C, D; 3x + y = 1 → y = 0.8875 / 1.6375 ≈ 0.541985, x ≈ 0.152672
    const r = pageRank(
      {
        nodes: [],
        edges: [
          ["B", "A"],
          ["C", "A"],
          ["D", "A"],
        ],
      },
      "t",
    );
    expect(r.ranking[0]).toMatchObject({ node: "A", rank: 1 });
    expect(r.ranking[0]?.score).toBeCloseTo(0.8875 / 1.6375, 5);
    expect(r.ranking[1]?.node).toBe("B");
    expect(r.ranking[1]?.score).toBeCloseTo((1 - 0.8875 / 1.6375) / 3, 5);
    expect(r.ranking.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 9);
    expect(r.method.parameters).toMatchObject({ ...PAGERANK_PARAMETERS, weighted: false });
  });

  it("does not depend on input order, self-loops or duplicate edges", () => {
    const edges: Edge[] = [
      ["A", "B"],
      ["B", "C"],
      ["A", "C"],
      ["D", "C"],
      ["C", "E"],
    ];
    const base = pageRank({ nodes: [], edges }).ranking;
    const noisy = pageRank({
      nodes: ["E", "D"],
      edges: [...edges].reverse().concat([
        ["A", "A"],
        ["A", "B"],
      ]),
    });
    expect(noisy.ranking).toEqual(base);
    expect(noisy.method.coverageNotes[0]).toBe(
      "1 self-loop(s) dropped, 1 duplicate edge(s) collapsed",
    );
  });
});

describe("betweenness", () => {
  it("directed path A→B→C: B = 1 raw, 1/((n−1)(n−2)) = 0.5 normalised", () => {
    const g = {
      nodes: [],
      edges: [
        ["A", "B"],
        ["B", "C"],
      ] as Edge[],
    };
    expect(betweenness(g, { normalized: false }).ranking).toEqual([
      { node: "B", score: 1, rank: 1 },
      { node: "A", score: 0, rank: 2 },
      { node: "C", score: 0, rank: 3 },
    ]);
    expect(betweenness(g).ranking[0]).toEqual({ node: "B", score: 0.5, rank: 1 });
  });

  it("diamond: B and C each carry half of the A→D paths", () => {
    const r = betweenness(
      {
        nodes: [],
        edges: [
          ["A", "B"],
          ["A", "C"],
          ["B", "D"],
          ["C", "D"],
        ],
      },
      { normalized: false },
    );
    expect(Object.fromEntries(r.ranking.map(x => [x.node, x.score]))).toEqual({
      A: 0,
      B: 0.5,
      C: 0.5,
      D: 0,
    });
  });

  it("undirected star: the centre lies on all 3 leaf pairs → normalised 1", () => {
    const g = {
      nodes: [],
      edges: [
        ["H", "a"],
        ["b", "H"],
        ["H", "c"],
      ] as Edge[],
    };
    expect(betweenness(g, { directed: false, normalized: false }).ranking[0]).toEqual({
      node: "H",
      score: 3,
      rank: 1,
    });
    expect(betweenness(g, { directed: false }).ranking[0]?.score).toBeCloseTo(1, 12);
  });

  it("is empty on an empty graph", () => {
    expect(betweenness({ nodes: [], edges: [] }).ranking).toEqual([]);
  });
});
