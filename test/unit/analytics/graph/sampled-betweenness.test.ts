import { betweenness, sampledBetweenness, type Edge } from "../../../../src/analytics";
import { layeredGraph } from "./layered-graph";

const scoresOf = (ranking: { node: string; score: number }[]) =>
  new Map(ranking.map(r => [r.node, r.score]));

describe("sampledBetweenness", () => {
  it("equals the exact Brandes value when every node is a pivot", () => {
    const graph = { nodes: [], edges: layeredGraph(120) };
    const exact = scoresOf(betweenness(graph).ranking);
    const sampled = sampledBetweenness(graph, { pivots: 1_000 });
    expect(sampled.pivots).toBe(120);
    expect(sampled.errorBound).toBe(0);
    for (const { node, score } of sampled.ranking) {
      expect(score).toBeCloseTo(exact.get(node) ?? NaN, 12);
    }
    expect(sampled.method.coverageNotes[0]).toBe("every node is a pivot: exact value");
  });

  it("known values on a directed path A→B→C→D (raw: B = 2, C = 2)", () => {
    const edges: Edge[] = [
      ["A", "B"],
      ["B", "C"],
      ["C", "D"],
    ];
    const r = sampledBetweenness({ nodes: [], edges }, { normalized: false });
    expect(scoresOf(r.ranking)).toEqual(
      new Map([
        ["B", 2],
        ["C", 2],
        ["A", 0],
        ["D", 0],
      ]),
    );
  });

  it("stays within its stated (Hoeffding) error bound with a quarter of the pivots", () => {
    const graph = { nodes: [], edges: layeredGraph(600) };
    const exact = scoresOf(betweenness(graph).ranking);
    const sampled = sampledBetweenness(graph, { pivots: 150, seed: 7 });
    expect(sampled.pivots).toBe(150);
    expect(sampled.errorBound).toBeGreaterThan(0);
    let maxError = 0;
    for (const { node, score } of sampled.ranking) {
      maxError = Math.max(maxError, Math.abs(score - (exact.get(node) ?? NaN)));
    }
    expect(maxError).toBeLessThanOrEqual(sampled.errorBound);
    // the hub ranks first in both
    expect(sampled.ranking[0]?.node).toBe(betweenness(graph).ranking[0]?.node);
    expect(sampled.method.parameters).toMatchObject({ pivots: 150, nodes: 600, seed: 7 });
  });

  it("is deterministic for a seed and differs across seeds", () => {
    const graph = { nodes: [], edges: layeredGraph(300) };
    const a = sampledBetweenness(graph, { pivots: 30, seed: 3 }).ranking;
    const b = sampledBetweenness(graph, { pivots: 30, seed: 3 }).ranking;
    const c = sampledBetweenness(graph, { pivots: 30, seed: 4 }).ranking;
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it("handles an empty graph", () => {
    const r = sampledBetweenness({ nodes: [], edges: [] });
    expect(r.ranking).toEqual([]);
    expect(r.pivots).toBe(0);
  });
});
