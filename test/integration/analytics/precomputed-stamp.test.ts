import type {
  Snapshot,
  SnapshotNode,
  SnapshotRelationship,
} from "../../../src/importers/snapshot-format";
import { loadSnapshot } from "../../../src/seed";
import { precomputeAnalytics } from "../../../src/services/analytics/precompute";
import { publishedSnapshotVersion } from "../../../src/services/analytics/precomputed-stamp";
import { setUpAnalytics, tearDownAnalytics, type AnalyticsTestEnv } from "./analytics-test-app";

const prov = [{ source: "public-repos", record: "x", date: "2026-08-20", licence: "MIT" }];
const node = (key: string): SnapshotNode => ({ key, props: { name: key }, prov });
const dependsOn = (from: string, to: string): SnapshotRelationship => ({
  id: `DEPENDS_ON:${from}:${to}`,
  type: "DEPENDS_ON",
  from: { label: "Software", key: from },
  to: { label: "Package", key: to },
  props: { kind: "RUNTIME" },
  prov,
});

/** Software a, b, c depending on packages; `extra` adds one more dependency (another snapshot). */
function snapshot(extra: boolean): Snapshot {
  const rels = [dependsOn("a", "p"), dependsOn("b", "p"), dependsOn("c", "q")];
  return {
    manifest: { formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } },
    nodes: new Map([
      ["Software", ["a", "b", "c"].map(node)],
      ["Package", ["p", "q"].map(node)],
    ]),
    relationships: new Map([["DEPENDS_ON", extra ? [...rels, dependsOn("c", "p")] : rels]]),
  };
}

const RANKING = `{ centralityRanking(sort: [{ inDegree: DESC }], first: 3) { entries { node { key } inDegree } } }`;
const COMMUNITIES = `{ communities { communities { size } } }`;

describe("precomputed values carry the snapshot version they were computed for", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(async testDb => {
      await loadSnapshot(testDb.db, snapshot(false));
    });
  });
  afterAll(() => tearDownAnalytics(env));

  test("served for the published snapshot, refused after a reload without precomputation", async () => {
    const db = env.testDb.db;
    const first = await precomputeAnalytics(db);
    expect(first.snapshotVersion).toBe(await publishedSnapshotVersion(db));
    expect(first.method.parameters.snapshotVersion).toBe(first.snapshotVersion);
    const served = await env.data<{
      centralityRanking: { entries: { node: { key: string }; inDegree: number }[] };
    }>(RANKING);
    expect(served.centralityRanking.entries[0]).toEqual({ node: { key: "p" }, inDegree: 2 });

    await loadSnapshot(db, snapshot(true)); // a different snapshot, published without precompute
    expect(await publishedSnapshotVersion(db)).not.toBe(first.snapshotVersion);
    for (const query of [RANKING, COMMUNITIES]) {
      const error = await env.error(query);
      expect(error.extensions?.code).toBe("NOT_FOUND");
      expect(error.extensions?.reason).toBe("STALE_PRECOMPUTATION");
      expect(error.message).toContain(first.snapshotVersion);
    }

    const second = await precomputeAnalytics(db);
    expect(second.snapshotVersion).not.toBe(first.snapshotVersion);
    const again = await env.data<{
      centralityRanking: { entries: { node: { key: string }; inDegree: number }[] };
    }>(RANKING);
    expect(again.centralityRanking.entries[0]).toEqual({ node: { key: "p" }, inDegree: 3 });
  });

  test("refused while a precomputation is writing its values", async () => {
    await env.testDb.db.write(
      "MATCH (s:AnalyticsState {key: 'centrality'}) SET s.complete = false",
    );
    const error = await env.error(RANKING);
    expect(error.extensions?.reason).toBe("PRECOMPUTATION_RUNNING");
    await precomputeAnalytics(env.testDb.db);
    await env.data(RANKING);
  });

  test("small batches over two writers store the same values and clear nodes left out", async () => {
    const db = env.testDb.db;
    const VALUES = `
      MATCH (n) WHERE n.pagerank IS NOT NULL
      RETURN labels(n)[0] + ':' + n.key AS node, n.pagerank AS pagerank, n.betweenness AS betweenness,
             n.inDegree AS inDegree, n.transitiveDependents AS transitiveDependents,
             n.communityId AS communityId
      ORDER BY node`;
    await precomputeAnalytics(db);
    const whole = await db.read(VALUES);
    // a node outside the projection holding values of an earlier run
    await db.write(
      "CREATE (:Software {key: 'orphan', pagerank: 0.5, betweenness: 1, inDegree: 2, transitiveDependents: 3, communityId: 4})",
    );
    await precomputeAnalytics(db, undefined, { batchSize: 1, writers: 2 });
    expect(await db.read(VALUES)).toEqual(whole);
    const [orphan] = await db.read(
      "MATCH (n:Software {key: 'orphan'}) RETURN [k IN keys(n) WHERE k <> 'key'] AS props",
    );
    expect(orphan?.props).toEqual([]);
    await db.write("MATCH (n:Software {key: 'orphan'}) DELETE n");
  });
});
