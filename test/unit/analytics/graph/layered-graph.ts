import type { Edge } from "../../../../src/analytics";

/** A deterministic dependency-like graph: a hub most nodes use, chains, and cross links. */
export function layeredGraph(n: number): Edge[] {
  const edges: Edge[] = [];
  const id = (i: number) => `n${String(i).padStart(4, "0")}`;
  for (let i = 1; i < n; i += 1) {
    edges.push([id(i), id(Math.floor(i / 3))]);
    if (i % 5 === 0) {
      edges.push([id(i), id(1)]);
    }
    if (i % 7 === 0 && i + 11 < n) {
      edges.push([id(i), id(i + 11)]);
    }
  }
  return edges;
}
