/**
 * The measuring functions of `bench:analytics`, shared with `bench:scale`: the median time of the
 * heavy analytics queries (transitive dependencies at depth 6, exposure of the most depended-on
 * tool, the reuse matrix) on whatever graph the Neo4j behind `deps` holds.
 */
import { dependenciesOf } from "../../src/services/analytics/dependencies.service";
import { exposureOf } from "../../src/services/analytics/exposure.service";
import { reuseMatrix } from "../../src/services/analytics/reuse.service";
import type { AnalyticsDeps } from "../../src/services/analytics/subject";

export const QUERIES = [
  "dependencies depth 6",
  "exposure of most depended-on",
  "reuse matrix",
] as const;
export type AnalyticsQuery = (typeof QUERIES)[number];

export interface SizeResult {
  size: string;
  nodes: number;
  relationships: number;
  medians: Record<AnalyticsQuery, number>;
  subjects: string;
}

/** Median of `runs` timed calls (ms), after one warm-up call (plan cache, page cache). */
export async function median(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Times the three queries on the graph behind `deps`, on its biggest consumer and target. */
export async function measureAnalytics(
  deps: AnalyticsDeps,
  size: string,
  runs: number,
): Promise<SizeResult> {
  const [counts] = await deps.db.read(
    "MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const [consumer] = await deps.db.read(
    "MATCH (s:Software)-[:DEPENDS_ON]->() RETURN s.key AS key, count(*) AS c ORDER BY c DESC, key LIMIT 1",
  );
  const [hub] = await deps.db.read(
    "MATCH (p)<-[:DEPENDS_ON]-() WHERE p:Software OR p:Package RETURN labels(p)[0] AS label, p.key AS key, count(*) AS c ORDER BY c DESC, key LIMIT 1",
  );
  const of = { label: "Software", key: String(consumer?.key) };
  const target = { label: String(hub?.label), key: String(hub?.key) };
  const medians = {
    "dependencies depth 6": await median(
      () => dependenciesOf(deps, of, { maxDepth: 6, first: 5000 }),
      runs,
    ),
    "exposure of most depended-on": await median(
      () => exposureOf(deps, target, { maxDepth: 6, first: 5000 }),
      runs,
    ),
    "reuse matrix": await median(() => reuseMatrix(deps, { first: 1000 }), runs),
  };
  return {
    size,
    nodes: Number(counts?.nodes ?? 0),
    relationships: Number(counts?.rels ?? 0),
    medians,
    subjects: `dependencies of ${of.key}; exposure of ${target.label}:${target.key}`,
  };
}
