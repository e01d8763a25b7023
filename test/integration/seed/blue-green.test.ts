import type { App } from "../../../src/app";
import { inSlot } from "../../../src/db";
import type { Snapshot, SnapshotNode } from "../../../src/importers/snapshot-format";
import { loadSnapshot, readSeedState, type LoadProgress } from "../../../src/seed";
import { gql, startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";

const prov = [
  {
    source: "betagouv",
    record: "content/_startups/x.md",
    date: "2026-08-20",
    licence: "CC-BY-4.0",
  },
];

/** `count` start-ups titled `<edition> <i>`, each INCUBATED_BY one incubator. */
function snapshot(edition: string, count: number): Snapshot {
  const startups: SnapshotNode[] = Array.from({ length: count }, (_, i) => ({
    key: `s${String(i).padStart(3, "0")}`,
    props: { title: `${edition} ${i}` },
    prov,
  }));
  return {
    manifest: { formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } },
    nodes: new Map([
      ["Startup", startups],
      ["Incubator", [{ key: "dinum", props: { title: "Incubateur DINUM" }, prov }]],
    ]),
    relationships: new Map([
      [
        "INCUBATED_BY",
        startups.map(s => ({
          id: `INCUBATED_BY:${s.key}:dinum`,
          type: "INCUBATED_BY",
          from: { label: "Startup", key: s.key },
          to: { label: "Incubator", key: "dinum" },
          props: {},
          prov,
        })),
      ],
    ]),
  };
}

const STARTUPS = `{ startups(first: 100) { totalCount nodes { key title incubators(first: 5) { nodes { key } } } } }`;

interface StartupsData {
  startups: {
    totalCount: number;
    nodes: Array<{ key: string; title: string; incubators: { nodes: Array<{ key: string }> } }>;
  };
}

describe("blue/green snapshot loading in several transactions (real Neo4j)", () => {
  let testDb: TestDb;
  let app: App;

  /** What a client sees: the start-ups, their titles and incubators, through the API. */
  const served = async () => {
    const result = await gql<StartupsData>(app, STARTUPS);
    expect(result.errors).toBeUndefined();
    const list = result.data?.startups;
    return {
      totalCount: list?.totalCount,
      titles: new Set(list?.nodes.map(n => n.title.split(" ")[0])),
      incubated: list?.nodes.every(n => n.incubators.nodes.length === 1),
    };
  };
  /** Every node in the database, whatever its slot (the staged copy included). */
  const allNodes = async () =>
    Number((await testDb.db.read("MATCH (n) WHERE NOT n:SeedState RETURN count(n) AS c"))[0].c);

  beforeAll(async () => {
    testDb = await openTestDb();
    app = await startTestApp();
  }, 120_000);
  beforeEach(() => testDb.wipe());
  afterAll(async () => {
    await app?.stop();
    await testDb?.close();
  });

  test("a load that fails after some of its transactions committed leaves the previous graph served; the next load clears its leftovers", async () => {
    await loadSnapshot(testDb.db, snapshot("old", 40));
    const before = await served();
    expect(before).toEqual({ totalCount: 40, titles: new Set(["old"]), incubated: true });
    const version = (await readSeedState(testDb.db)).version;

    const next = snapshot("new", 30);
    let committed = 0;
    await expect(
      loadSnapshot(testDb.db, next, {
        batchSize: 4,
        recordsPerTransaction: 8,
        afterTransaction: n => {
          committed = n;
          if (n === 5) {
            throw new Error("Neo4j went away (simulated)");
          }
        },
      }),
    ).rejects.toThrow("Neo4j went away (simulated)");
    // five transactions of the staged copy were committed (30 start-ups in 4, the incubator in
    // 1, no relationship yet)…
    expect(committed).toBe(5);
    expect(await allNodes()).toBe(41 + 31); // …and are in the database,
    expect(await served()).toEqual(before); // but no reader sees them
    expect((await readSeedState(testDb.db)).version).toBe(version);

    const summary = await loadSnapshot(testDb.db, next, { batchSize: 4, recordsPerTransaction: 8 });
    expect(summary.nodes.Startup).toEqual({ created: 0, updated: 30, unchanged: 0, deleted: 10 });
    expect(await served()).toEqual({ totalCount: 30, titles: new Set(["new"]), incubated: true });
    expect(await allNodes()).toBe(31); // the failed load's leftovers and the old slot are gone
    expect((await readSeedState(testDb.db)).version).toBe(version + 1);
  }, 120_000);

  test("readers during a load see the previous snapshot, then the new one at once", async () => {
    await loadSnapshot(testDb.db, snapshot("old", 40));
    const seenDuringLoad: Array<Awaited<ReturnType<typeof served>>> = [];
    const loading = loadSnapshot(testDb.db, snapshot("new", 50), {
      batchSize: 5,
      recordsPerTransaction: 20,
      afterTransaction: async n => {
        if (n === 2 || n === 4) {
          seenDuringLoad.push(await served()); // the load waits here, between transactions
        }
      },
    });
    await loading;
    expect(seenDuringLoad).toEqual([
      { totalCount: 40, titles: new Set(["old"]), incubated: true },
      { totalCount: 40, titles: new Set(["old"]), incubated: true },
    ]);
    expect(await served()).toEqual({ totalCount: 50, titles: new Set(["new"]), incubated: true });
  }, 120_000);

  test("the same snapshot again writes nothing: same version, same nodes", async () => {
    await loadSnapshot(testDb.db, snapshot("same", 12), { recordsPerTransaction: 5 });
    const ids = async () =>
      (
        await testDb.db.read(
          "MATCH (n) WHERE NOT n:SeedState RETURN elementId(n) AS id ORDER BY id",
        )
      ).map(r => r.id);
    const state = await readSeedState(testDb.db);
    const before = await ids();
    const again = await loadSnapshot(testDb.db, snapshot("same", 12), { recordsPerTransaction: 5 });
    expect(again.unchanged).toBe(true);
    expect(again.nodes.Startup).toEqual({ created: 0, updated: 0, unchanged: 12, deleted: 0 });
    expect(await readSeedState(testDb.db)).toEqual(state);
    expect(await ids()).toEqual(before);
  }, 60_000);

  test("progress goes from 0 to the number of records, in order", async () => {
    const events: Array<[string, number]> = [];
    const progress: LoadProgress = {
      start: total => events.push(["start", total]),
      advance: done => events.push(["advance", done]),
      stop: () => events.push(["stop", 0]),
    };
    await loadSnapshot(testDb.db, snapshot("p", 9), { batchSize: 4, progress });
    const records = 9 + 1 + 9;
    expect(events[0]).toEqual(["start", records]);
    expect(events.at(-1)).toEqual(["stop", 0]);
    const done = events.filter(e => e[0] === "advance").map(e => e[1]);
    expect(done.at(-1)).toBe(records);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  }, 60_000);

  test("a graph written by the one-transaction loader (no slot) is replaced, not doubled", async () => {
    await loadSnapshot(testDb.db, snapshot("legacy", 6));
    // what the earlier loader left: seeded nodes without a slot, a seed state without one
    await testDb.db.write("MATCH (n) WHERE n._slot IS NOT NULL REMOVE n._slot");
    await testDb.db.write("MATCH (s:SeedState) REMOVE s.slot SET s.hash = 'earlier'");
    await loadSnapshot(testDb.db, snapshot("new", 4));
    expect(await served()).toEqual({ totalCount: 4, titles: new Set(["new"]), incubated: true });
    const [row] = await testDb.db.read(
      `MATCH (n:Startup) WHERE ${inSlot("n")} RETURN count(n) AS visible`,
    );
    expect(row.visible).toBe(4);
  }, 60_000);
});
