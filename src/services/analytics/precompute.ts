/**
 * Precomputed centrality and communities (metrics-anchors.md §6, §7.7), written on nodes after each
 * seed so lists can be sorted by them: `pagerank`, `betweenness`, `inDegree`, `transitiveDependents`,
 * `communityId`, plus `(:AnalyticsState {key: 'centrality'})` with the method, computedAt and the
 * snapshot version they were computed for (readers refuse them for any other version).
 * Engine: in process, on typed arrays (src/analytics/graph/compact-*), because Neo4j Community
 * has no GDS; built to hold at 100× today's graph: the projection is streamed, betweenness is
 * sampled (k pivots), and the values are written in batches of several transactions.
 */
import {
  buildMethod,
  dependentsOfCompact,
  DEFAULT_LOUVAIN_SEED,
  louvainOfCompact,
  pageRankOfCompact,
  sampledBetweennessOfCompact,
  type Method,
} from "../../analytics";
import { CypherRegistry, type Db } from "../../db";
import { CYPHER_DIR } from "../../paths";
import { PROJECTION_DESCRIPTION } from "./projection";
import { streamProjection } from "./projection-stream";
import { publishedSnapshotVersion } from "./precomputed-stamp";

/** Options of {@link precomputeAnalytics}. */
export interface PrecomputeOptions {
  /** Betweenness pivots (k); k ≥ nodes gives the exact value. Default 1024. */
  pivots?: number;
  /** Seed of the pivot draw. Default 1. */
  pivotSeed?: number;
  /** Nodes written per transaction. Default 10,000. */
  batchSize?: number;
  /** Write transactions run at once (on disjoint nodes, so they never wait on each other). Default 2. */
  writers?: number;
  /** Timeout of each statement (the projection stream is the longest). Default 10 minutes. */
  timeoutMs?: number;
}

/** Summary of a precomputation, with the time of each phase (ms). */
export interface PrecomputeSummary {
  nodes: number;
  edges: number;
  communities: number;
  snapshotVersion: string;
  method: Method;
  timings: Record<"projection" | "algorithms" | "writes", number>;
}

const DEPTH = 6;

const BEGIN = `
MERGE (s:AnalyticsState {key: 'centrality'})
SET s.complete = false, s.run = $run`;

// element ids and values in parallel lists (one small map per statement, not one per node)
const WRITE = `
UNWIND range(0, size($ids) - 1) AS i
MATCH (n) WHERE elementId(n) = $ids[i]
SET n.pagerank = $pagerank[i], n.betweenness = $betweenness[i], n.inDegree = $inDegree[i],
    n.transitiveDependents = $transitiveDependents[i], n.communityId = $communityId[i]`;

// nodes holding values of an earlier run, to find those that left the projection
const HOLDERS = `
MATCH (n) WHERE n.pagerank IS NOT NULL
RETURN elementId(n) AS id`;

// values of an earlier run on nodes that left the projection
const CLEAR_STALE = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
REMOVE n.pagerank, n.betweenness, n.inDegree, n.transitiveDependents, n.communityId,
       n._centralityRun`;

const PUBLISH = `
MATCH (s:AnalyticsState {key: 'centrality'}) WHERE s.run = $run
SET s.method = $method, s.computedAt = $computedAt, s.nodes = $nodes, s.edges = $edges,
    s.snapshotVersion = $snapshotVersion, s.complete = true`;

/**
 * Computes and stores the centralities and communities of the projection for the published
 * snapshot. Call after each seed. While it writes, readers are told it is running; at the end the
 * state is stamped with the snapshot version read at the start.
 */
export async function precomputeAnalytics(
  db: Db,
  cypher: CypherRegistry = CypherRegistry.load(CYPHER_DIR),
  options: PrecomputeOptions = {},
): Promise<PrecomputeSummary> {
  const computedAt = new Date().toISOString();
  const run = `${computedAt}#${Math.random().toString(36).slice(2)}`;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const batchSize = options.batchSize ?? 10_000;
  const snapshotVersion = await publishedSnapshotVersion(db);

  let t0 = Date.now();
  const { graph: g } = await streamProjection(db, cypher, timeoutMs);
  const projection = Date.now() - t0;

  t0 = Date.now();
  const pr = g.ids.length === 0 ? new Float64Array(0) : pageRankOfCompact(g);
  const bt = sampledBetweennessOfCompact(g, {
    pivots: options.pivots ?? 1024,
    seed: options.pivotSeed ?? 1,
    computedAt,
  });
  const counts = dependentsOfCompact(g, DEPTH);
  const louvain = louvainOfCompact(g, { seed: DEFAULT_LOUVAIN_SEED });
  const algorithms = Date.now() - t0;

  const method = buildMethod({
    name: "Precomputed centrality and communities",
    formula:
      "PageRank (α 0.85); betweenness (Brandes–Pich, k pivots, directed, normalised); inDegree = " +
      "direct dependents; transitiveDependents = reverse reachability ≤ 6; communityId = Louvain " +
      "(seeded, undirected)",
    parameters: {
      projection: PROJECTION_DESCRIPTION,
      betweennessPivots: bt.pivots,
      betweennessSeed: options.pivotSeed ?? 1,
      betweennessErrorBound: Number(bt.errorBound.toFixed(4)),
      betweennessConfidence: 0.99,
      louvainSeed: DEFAULT_LOUVAIN_SEED,
      transitiveDepth: DEPTH,
      snapshotVersion,
      engine: "in-process (typed arrays); Neo4j Community has no GDS",
    },
    references: [
      "https://graphology.github.io/standard-library/metrics.html#pagerank",
      "https://doi.org/10.1142/S0218127407018403",
      "https://doi.org/10.1088/1742-5468/2008/10/P10008",
      "https://blog.deps.dev/enumerating-dependents/",
    ],
    coverageNotes: [
      `${g.ids.length} nodes, ${g.edgeCount} edges; nodes outside the projection carry no value`,
      ...bt.method.coverageNotes,
      `modularity ${louvain.modularity?.toFixed(3) ?? "n/a"}, ${louvain.count} communities`,
    ],
    computedAt,
  });

  t0 = Date.now();
  await db.write(BEGIN, { run });
  const stale = await staleHolders(db, g.sourceIds, timeoutMs);
  const writers = options.writers ?? 2;
  await inBatches(g.ids.length, batchSize, writers, (start, end) =>
    db.writeTransaction(
      tx =>
        tx(WRITE, {
          ids: g.sourceIds.slice(start, end),
          pagerank: Array.from(pr.subarray(start, end)),
          betweenness: Array.from(bt.scores.subarray(start, end)),
          inDegree: Array.from(counts.direct.subarray(start, end)),
          transitiveDependents: Array.from(counts.transitive.subarray(start, end)),
          communityId: Array.from(louvain.membership.subarray(start, end)),
        }),
      timeoutMs,
    ),
  );
  await inBatches(stale.length, batchSize, writers, (start, end) =>
    db.writeTransaction(tx => tx(CLEAR_STALE, { ids: stale.slice(start, end) }), timeoutMs),
  );
  await db.write(PUBLISH, {
    run,
    method: JSON.stringify(method),
    computedAt,
    nodes: g.ids.length,
    edges: g.edgeCount,
    snapshotVersion,
  });
  const writes = Date.now() - t0;
  return {
    nodes: g.ids.length,
    edges: g.edgeCount,
    communities: louvain.count,
    snapshotVersion,
    method,
    timings: { projection, algorithms, writes },
  };
}

/** Element ids of the nodes holding values that are not in the projection (`ids`). */
async function staleHolders(db: Db, ids: readonly string[], timeoutMs: number): Promise<string[]> {
  const projected = new Set(ids);
  const stale: string[] = [];
  await db.stream(
    HOLDERS,
    {},
    row => {
      const id = String(row.id);
      if (!projected.has(id)) {
        stale.push(id);
      }
    },
    timeoutMs,
  );
  return stale;
}

/** Runs `work` on the batches `[start, end)` of `0 .. count`, at most `parallel` at a time. */
async function inBatches(
  count: number,
  size: number,
  parallel: number,
  work: (start: number, end: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const start = next;
      const end = Math.min(start + size, count);
      next = end;
      try {
        await work(start, end);
      } catch (error) {
        next = count; // the other writers stop after their current batch
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
}
