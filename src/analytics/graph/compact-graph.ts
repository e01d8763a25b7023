/**
 * A compact directed graph for whole-graph algorithms at 100× today's size: node ids kept once,
 * edges in typed arrays, forward and reverse compressed sparse rows (CSR). Built incrementally
 * (one edge at a time, e.g. from a streamed projection), so no array of per-edge objects is held.
 */
import { compareIds } from "./projected-graph";

/** Compressed sparse rows: the neighbours of node i are `targets[offsets[i] .. offsets[i+1])`. */
export interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * A simple directed graph: nodes sorted by id (so results do not depend on input order), no
 * self-loops, no repeated edges; `out` follows the edges, `in` reverses them.
 */
export interface CompactGraph {
  ids: string[];
  /** The builder's ids in the same order (differ from `ids` when `build` renamed them). */
  sourceIds: string[];
  out: Csr;
  in: Csr;
  edgeCount: number;
  selfLoops: number;
  duplicateEdges: number;
}

/** Collects nodes and edges, then {@link CompactGraphBuilder.build}s a {@link CompactGraph}. */
export class CompactGraphBuilder {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private from: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private to: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private edges = 0;

  /** The builder index of a node (added on first sight); stable until `build`. */
  node(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }

  /** Adds the edge `from → to` by node id. */
  edge(from: string, to: string): void {
    this.edgeByIndex(this.node(from), this.node(to));
  }

  /** Adds the edge `from → to` by builder index (see {@link node}). */
  edgeByIndex(from: number, to: number): void {
    if (this.edges === this.from.length) {
      this.from = grow(this.from);
      this.to = grow(this.to);
    }
    this.from[this.edges] = from;
    this.to[this.edges] = to;
    this.edges += 1;
  }

  /** The node ids added so far, in builder index order. */
  nodeIds(): readonly string[] {
    return this.ids;
  }

  /**
   * Sorts nodes by id, drops self-loops, collapses repeated edges, builds both CSRs. `rename`
   * replaces builder ids by the ids to sort by (e.g. element ids → `Label:key`).
   */
  build(rename?: (id: string, index: number) => string): CompactGraph {
    const n = this.ids.length;
    const ids = rename ? this.ids.map(rename) : this.ids;
    const order = Array.from({ length: n }, (_v, i) => i).sort((a, b) =>
      compareIds(ids[a]!, ids[b]!),
    );
    const rank = new Int32Array(n);
    order.forEach((old, i) => (rank[old] = i));
    const codes = new Float64Array(this.edges);
    let kept = 0;
    let selfLoops = 0;
    for (let e = 0; e < this.edges; e += 1) {
      const a = rank[this.from[e]!]!;
      const b = rank[this.to[e]!]!;
      if (a === b) {
        selfLoops += 1;
      } else {
        codes[kept++] = a * n + b; // exact below 2^53: n ≤ 2^26 nodes
      }
    }
    const sorted = codes.subarray(0, kept).sort();
    let unique = 0;
    for (let e = 0; e < kept; e += 1) {
      if (e === 0 || sorted[e] !== sorted[e - 1]) {
        sorted[unique++] = sorted[e]!;
      }
    }
    const from = new Int32Array(unique);
    const to = new Int32Array(unique);
    for (let e = 0; e < unique; e += 1) {
      from[e] = Math.floor(sorted[e]! / n);
      to[e] = sorted[e]! - from[e]! * n;
    }
    return {
      ids: order.map(i => ids[i]!),
      sourceIds: order.map(i => this.ids[i]!),
      out: toCsr(n, from, to),
      in: toCsr(n, to, from),
      edgeCount: unique,
      selfLoops,
      duplicateEdges: kept - unique,
    };
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** CSR of `from[e] → to[e]`; neighbours sorted when the edges are sorted by `from` then `to`. */
export function toCsr(n: number, from: Int32Array, to: Int32Array): Csr {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e += 1) {
    offsets[from[e]! + 1] += 1;
  }
  for (let i = 0; i < n; i += 1) {
    offsets[i + 1] += offsets[i]!;
  }
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(from.length);
  for (let e = 0; e < from.length; e += 1) {
    targets[fill[from[e]!]!++] = to[e]!;
  }
  return { offsets, targets };
}

/** The compact form of a small projected graph (tests, and callers holding an edge list). */
export function compactGraph(graph: {
  nodes: readonly string[];
  edges: readonly (readonly [string, string])[];
}): CompactGraph {
  const builder = new CompactGraphBuilder();
  graph.nodes.forEach(id => builder.node(id));
  graph.edges.forEach(([a, b]) => builder.edge(a, b));
  return builder.build();
}
