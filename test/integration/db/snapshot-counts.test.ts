import type { Snapshot, SnapshotNode } from "../../../src/importers/snapshot-format";
import { CypherRegistry } from "../../../src/db";
import { createLogger } from "../../../src/logging/logger";
import { CYPHER_DIR } from "../../../src/paths";
import { loadSnapshot } from "../../../src/seed";
import { stepsBeforePublish } from "../../../src/seed/after-seed";
import { databaseInfo, scanCounts } from "../../../src/services/system.service";
import { readSnapshotCounts } from "../../../src/services/snapshot-counts";
import { openTestDb, type TestDb } from "../../setup/test-db";

const prov = [{ source: "betagouv", record: "x.md", date: "2026-08-20", licence: "CC-BY-4.0" }];

/** `count` start-ups, each INCUBATED_BY one of two incubators. */
function snapshot(count: number): Snapshot {
  const startups: SnapshotNode[] = Array.from({ length: count }, (_, i) => ({
    key: `s${i}`,
    props: { title: `S ${i}` },
    prov,
  }));
  const incubators = ["dinum", "mi"].map(key => ({ key, props: { title: key }, prov }));
  return {
    manifest: { formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } },
    nodes: new Map([
      ["Startup", startups],
      ["Incubator", incubators],
    ]),
    relationships: new Map([
      [
        "INCUBATED_BY",
        startups.map((s, i) => ({
          id: `INCUBATED_BY:${s.key}`,
          type: "INCUBATED_BY",
          from: { label: "Startup", key: s.key },
          to: { label: "Incubator", key: incubators[i % 2]!.key },
          props: {},
          prov,
        })),
      ],
    ]),
  };
}

describe("counts per label and type recorded at publish", () => {
  let testDb: TestDb;
  const cypher = CypherRegistry.load(CYPHER_DIR);
  const load = (count: number) =>
    loadSnapshot(testDb.db, snapshot(count), {
      beforePublish: stepsBeforePublish(createLogger("silent")),
    });
  const counted = async () => {
    const info = await databaseInfo(testDb.db, cypher);
    return { nodes: info.nodeCount, labels: info.labels, types: info.relationshipTypes };
  };
  const scanned = async () => {
    const scan = await scanCounts(testDb.db, cypher);
    return { nodes: scan.nodes, labels: scan.labels, types: scan.relationshipTypes };
  };

  beforeAll(async () => {
    testDb = await openTestDb();
    await testDb.wipe();
  });
  afterAll(() => testDb.close());

  test("a graph written by hand has none: the database info scans", async () => {
    await testDb.db.write("CREATE (:Startup {key: 'h'})-[:INCUBATED_BY]->(:Incubator {key: 'i'})");
    expect(await readSnapshotCounts(testDb.db)).toBeNull();
    expect(await counted()).toEqual({
      nodes: 2,
      labels: [
        { label: "Incubator", count: 1 },
        { label: "Startup", count: 1 },
      ],
      types: [{ type: "INCUBATED_BY", count: 1 }],
    });
    await testDb.wipe();
  });

  test("the recorded counts equal a scan of the published slot, across blue/green loads", async () => {
    await load(5);
    const first = await readSnapshotCounts(testDb.db);
    expect(first?.labels).toEqual([
      { label: "Startup", count: 5 },
      { label: "Incubator", count: 2 },
      { label: "SeedState", count: 1 },
      { label: "SnapshotCounts", count: 1 },
    ]);
    expect(first?.relationshipTypes).toEqual([{ type: "INCUBATED_BY", count: 5 }]);
    expect(await counted()).toEqual(await scanned());

    // the next snapshot goes to the other slot; its counts are those readers get after the switch
    await load(9);
    const second = await readSnapshotCounts(testDb.db);
    expect(second?.labels[0]).toEqual({ label: "Startup", count: 9 });
    expect(second?.relationshipTypes).toEqual([{ type: "INCUBATED_BY", count: 9 }]);
    expect(await counted()).toEqual(await scanned());

    // bookkeeping written after the publish (the precomputation's state) is counted live
    await testDb.db.write("MERGE (:AnalyticsState {key: 'centrality'})");
    const info = await counted();
    expect(info.labels).toContainEqual({ label: "AnalyticsState", count: 1 });
    expect(info).toEqual(await scanned());

    // and back to the first slot with a third snapshot
    await load(3);
    expect((await readSnapshotCounts(testDb.db))?.labels[0]).toEqual({
      label: "Startup",
      count: 3,
    });
    expect(await counted()).toEqual(await scanned());
  }, 120_000);
});
