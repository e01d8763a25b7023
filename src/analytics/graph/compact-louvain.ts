/**
 * Louvain modularity communities (Blondel et al. 2008) on typed arrays, for the precomputation at
 * 100× today's graph (graphology's implementation needs ~1.3 GB and 85 s there; this one, O(V+E)
 * memory per level). Undirected, unweighted view of a {@link CompactGraph}; node order of each local
 * moving phase shuffled by a seeded mulberry32, so the same graph and seed give the same partition.
 */
import { mulberry32 } from "./communities";
import type { CompactGraph } from "./compact-graph";

/** Bound on the node evaluations of one local moving phase, per node (a guard against cycles). */
const MAX_VISITS = 50;

/** One level: undirected weighted graph, each edge stored in both directions; `loop` = A_ii. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loop: Float64Array;
}

/** Output of {@link louvainOfCompact}. */
export interface CompactCommunities {
  /** Community id by node index: 0 = largest, ties by smallest member index. */
  membership: Int32Array;
  count: number;
  /** Modularity Q of the partition; null for a graph without edges. */
  modularity: number | null;
  levels: number;
}

/** CSR of the (a, b, w) triples, weights of repeated (a, b) pairs summed: O(E), no sort. */
function toLevel(
  n: number,
  a: Int32Array,
  b: Int32Array,
  w: Float64Array,
  loop: Float64Array,
): Level {
  const rows = new Int32Array(n + 1);
  for (let e = 0; e < a.length; e += 1) {
    rows[a[e]! + 1] += 1;
  }
  for (let i = 0; i < n; i += 1) {
    rows[i + 1] += rows[i]!;
  }
  const fill = rows.slice(0, n);
  const byRowB = new Int32Array(a.length);
  const byRowW = new Float64Array(a.length);
  for (let e = 0; e < a.length; e += 1) {
    const p = fill[a[e]!]++;
    byRowB[p] = b[e]!;
    byRowW[p] = w[e]!;
  }
  const at = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(a.length);
  const weights = new Float64Array(a.length);
  let out = 0;
  for (let i = 0; i < n; i += 1) {
    const start = out;
    for (let p = rows[i]!; p < rows[i + 1]!; p += 1) {
      const j = byRowB[p]!;
      if (at[j]! >= start) {
        weights[at[j]!] += byRowW[p]!;
      } else {
        at[j] = out;
        targets[out] = j;
        weights[out++] = byRowW[p]!;
      }
    }
    offsets[i + 1] = out;
  }
  return { n, offsets, targets: targets.slice(0, out), weights: weights.slice(0, out), loop };
}

function firstLevel(g: CompactGraph): Level {
  const n = g.ids.length;
  const m = g.edgeCount;
  const a = new Int32Array(2 * m);
  const b = new Int32Array(2 * m);
  let e = 0;
  for (let i = 0; i < n; i += 1) {
    for (let k = g.out.offsets[i]!; k < g.out.offsets[i + 1]!; k += 1) {
      const j = g.out.targets[k]!;
      a[e] = i;
      b[e++] = j;
      a[e] = j;
      b[e++] = i;
    }
  }
  // a→b and b→a become one link of weight 1 (the undirected, unweighted view)
  const level = toLevel(n, a, b, new Float64Array(2 * m).fill(1), new Float64Array(n));
  level.weights.fill(1);
  return level;
}

/** One local moving phase; returns the community of each node (ids < n) and whether any moved. */
function moveNodes(
  l: Level,
  resolution: number,
  random: () => number,
): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, loop } = l;
  const k = new Float64Array(n);
  let twoM = 0;
  for (let i = 0; i < n; i += 1) {
    let s = loop[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      s += weights[e]!;
    }
    k[i] = s;
    twoM += s;
  }
  const community = Int32Array.from({ length: n }, (_v, i) => i);
  const tot = Float64Array.from(k);
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = Int32Array.from({ length: n }, (_v, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // fast local moving (Traag 2015): every node once in shuffled order, then only the neighbours
  // of moved nodes, until the queue is empty (bounded by MAX_VISITS·n evaluations)
  const queued = new Uint8Array(n).fill(1);
  const queue = new Int32Array(n);
  queue.set(order);
  let head = 0;
  let size = twoM > 0 ? n : 0;
  let moved = false;
  for (let visits = 0; size > 0 && visits < MAX_VISITS * n; visits += 1) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size -= 1;
    queued[i] = 0;
    const own = community[i]!;
    let count = 0;
    touched[count++] = own;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      const c = community[targets[e]!]!;
      if (toCommunity[c] === 0 && c !== own) {
        touched[count++] = c;
      }
      toCommunity[c] += weights[e]!;
    }
    tot[own] -= k[i]!;
    const factor = (resolution * k[i]!) / twoM;
    let best = own;
    let bestGain = toCommunity[own]! - tot[own]! * factor;
    for (let t = 1; t < count; t += 1) {
      const c = touched[t]!;
      const gain = toCommunity[c]! - tot[c]! * factor;
      if (gain > bestGain + 1e-12) {
        best = c;
        bestGain = gain;
      }
    }
    tot[best] += k[i]!;
    for (let t = 0; t < count; t += 1) {
      toCommunity[touched[t]!] = 0;
    }
    if (best !== own) {
      community[i] = best;
      moved = true;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
        const j = targets[e]!;
        if (queued[j] === 0 && community[j] !== best) {
          queued[j] = 1;
          queue[(head + size) % n] = j;
          size += 1;
        }
      }
    }
  }
  return { community, moved };
}

/** Renumbers communities 0..c−1 (first seen in node order) and builds the aggregated level. */
function aggregate(l: Level, community: Int32Array): { next: Level; renumbered: Int32Array } {
  const ids = new Int32Array(l.n).fill(-1);
  let c = 0;
  const renumbered = new Int32Array(l.n);
  for (let i = 0; i < l.n; i += 1) {
    const old = community[i]!;
    if (ids[old] === -1) {
      ids[old] = c++;
    }
    renumbered[i] = ids[old]!;
  }
  const loop = new Float64Array(c);
  const a = new Int32Array(l.targets.length);
  const b = new Int32Array(l.targets.length);
  const w = new Float64Array(l.targets.length);
  let count = 0;
  for (let i = 0; i < l.n; i += 1) {
    const ci = renumbered[i]!;
    loop[ci] += l.loop[i]!;
    for (let e = l.offsets[i]!; e < l.offsets[i + 1]!; e += 1) {
      const cj = renumbered[l.targets[e]!]!;
      if (ci === cj) {
        loop[ci] += l.weights[e]!;
      } else {
        a[count] = ci;
        b[count] = cj;
        w[count++] = l.weights[e]!;
      }
    }
  }
  const next = toLevel(c, a.subarray(0, count), b.subarray(0, count), w.subarray(0, count), loop);
  return { next, renumbered };
}

function modularity(l: Level, resolution: number): number | null {
  let twoM = 0;
  const k = new Float64Array(l.n);
  for (let i = 0; i < l.n; i += 1) {
    k[i] = l.loop[i]!;
    for (let e = l.offsets[i]!; e < l.offsets[i + 1]!; e += 1) {
      k[i] += l.weights[e]!;
    }
    twoM += k[i]!;
  }
  if (twoM === 0) {
    return null;
  }
  let q = 0;
  for (let i = 0; i < l.n; i += 1) {
    q += l.loop[i]! / twoM - resolution * (k[i]! / twoM) ** 2;
  }
  return q;
}

/**
 * Louvain: local moving (each node to the neighbouring community of best modularity gain
 * `k_i,C − γ·tot_C·k_i/2m`) until no node moves, then aggregation of communities into nodes, until
 * a level moves nothing. `Q = Σ_c [in_c/2m − γ (tot_c/2m)²]`.
 */
export function louvainOfCompact(
  g: CompactGraph,
  options: { seed: number; resolution?: number },
): CompactCommunities {
  const resolution = options.resolution ?? 1;
  const random = mulberry32(options.seed);
  let level = firstLevel(g);
  const membership = Int32Array.from({ length: g.ids.length }, (_v, i) => i);
  let levels = 0;
  for (;;) {
    const { community, moved } = moveNodes(level, resolution, random);
    if (!moved) {
      break;
    }
    const { next, renumbered } = aggregate(level, community);
    for (let i = 0; i < membership.length; i += 1) {
      membership[i] = renumbered[membership[i]!]!;
    }
    level = next;
    levels += 1;
  }
  const q = modularity(level, resolution);
  return { ...numberBySize(membership, level.n), modularity: q, levels };
}

/** Community ids by size desc, then smallest member index. */
function numberBySize(raw: Int32Array, count: number): { membership: Int32Array; count: number } {
  const size = new Int32Array(count);
  const first = new Int32Array(count).fill(-1);
  raw.forEach((c, i) => {
    size[c] += 1;
    if (first[c] === -1) {
      first[c] = i;
    }
  });
  const order = Array.from({ length: count }, (_v, c) => c).sort(
    (a, b) => size[b]! - size[a]! || first[a]! - first[b]!,
  );
  const id = new Int32Array(count);
  order.forEach((c, i) => (id[c] = i));
  return { membership: raw.map(c => id[c]!), count };
}
