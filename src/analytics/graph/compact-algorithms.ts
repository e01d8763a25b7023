/**
 * Whole-graph measures on a {@link CompactGraph} (typed arrays, O(V+E) memory), for the
 * precomputation at 100× today's graph: PageRank, direct and depth-bounded transitive dependents
 * (Louvain: compact-louvain.ts). Same definitions as pagerank.ts and dependents-counts.ts.
 */
import type { CompactGraph } from "./compact-graph";
import { PAGERANK_PARAMETERS } from "./pagerank";

/**
 * PageRank by power iteration, as graphology-metrics computes it (scores sum to 1, dangling mass
 * spread uniformly, stop when the L1 change < N·tolerance); throws when it does not converge.
 */
export function pageRankOfCompact(g: CompactGraph): Float64Array {
  const { alpha, tolerance, maxIterations } = PAGERANK_PARAMETERS;
  const n = g.ids.length;
  const { offsets, targets } = g.out;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let dangling = 0;
    for (let i = 0; i < n; i += 1) {
      if (offsets[i + 1] === offsets[i]) {
        dangling += x[i]!;
      }
    }
    const base = (alpha * dangling + (1 - alpha)) / n;
    next.fill(0);
    for (let i = 0; i < n; i += 1) {
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      const share = (alpha * x[i]!) / (end - start);
      for (let e = start; e < end; e += 1) {
        next[targets[e]!] += share;
      }
      next[i] += base;
    }
    let error = 0;
    for (let i = 0; i < n; i += 1) {
      error += Math.abs(next[i]! - x[i]!);
    }
    [x, next] = [next, x];
    if (error < n * tolerance) {
      return x;
    }
  }
  throw new Error(`PageRank did not converge in ${maxIterations} iterations`);
}

/** Direct and transitive dependents of every node, by node index. */
export interface CompactDependents {
  direct: Int32Array;
  transitive: Int32Array;
}

/**
 * Direct dependents (in-degree) and transitive dependents within `maxDepth` (nodes reaching v by
 * a path of at most `maxDepth` edges, v excluded) of every node: one depth-bounded forward BFS per
 * node, each reached node counting the source once. O(Σ reach) time, O(V) extra memory.
 */
export function dependentsOfCompact(g: CompactGraph, maxDepth: number): CompactDependents {
  const n = g.ids.length;
  const { offsets, targets } = g.out;
  const direct = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    direct[v] = g.in.offsets[v + 1]! - g.in.offsets[v]!;
  }
  const transitive = new Int32Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const depth = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    if (offsets[s] === offsets[s + 1]) {
      continue;
    }
    let head = 0;
    let tail = 0;
    seenBy[s] = s;
    depth[s] = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      if (depth[v] === maxDepth) {
        continue;
      }
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = targets[e]!;
        if (seenBy[w] !== s) {
          seenBy[w] = s;
          depth[w] = depth[v]! + 1;
          transitive[w] += 1;
          queue[tail++] = w;
        }
      }
    }
  }
  return { direct, transitive };
}
