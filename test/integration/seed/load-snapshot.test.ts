import type {
  Snapshot,
  SnapshotNode,
  SnapshotRelationship,
} from "../../../src/importers/snapshot-format";
import { inSlot } from "../../../src/db";
import { createLogger } from "../../../src/logging/logger";
import { loadSnapshot, readSeedState } from "../../../src/seed";
import { POST_LOAD_STEPS } from "../../../src/seed/after-seed";
import { seedIfEmpty } from "../../../src/seed/seed-on-start";
import { openTestDb, type TestDb } from "../../setup/test-db";

const prov = [
  {
    source: "betagouv",
    record: "content/_startups/x.md",
    date: "2026-08-20",
    licence: "CC-BY-NC-SA-4.0",
  },
];

function node(key: string, props: SnapshotNode["props"] = {}): SnapshotNode {
  return { key, props, prov };
}

function rel(
  type: string,
  from: [string, string],
  to: [string, string],
  props = {},
): SnapshotRelationship {
  return {
    id: `${type}:${from[1]}:${to[1]}`,
    type,
    from: { label: from[0], key: from[1] },
    to: { label: to[0], key: to[1] },
    props,
    prov,
  };
}

function fixture(startups: SnapshotNode[], rels: SnapshotRelationship[]): Snapshot {
  return {
    manifest: { formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } },
    nodes: new Map([
      ["Startup", startups],
      ["Incubator", [node("dinum", { title: "Incubateur DINUM" })]],
    ]),
    relationships: new Map([["INCUBATED_BY", rels]]),
  };
}

describe("loadSnapshot", () => {
  let testDb: TestDb;
  const graphState = async () =>
    testDb.db.read(
      `MATCH (n) WHERE NOT n:SeedState AND ${inSlot("n")} OPTIONAL MATCH (n)-[r]->(m) RETURN labels(n)[0] AS label, n.key AS key, n.title AS title, type(r) AS rel, m.key AS to ORDER BY label, key, rel, to`,
    );

  beforeAll(async () => {
    testDb = await openTestDb();
  });
  beforeEach(() => testDb.wipe());
  afterAll(() => testDb.close());

  const base = () =>
    fixture(
      [node("a", { title: "A", phases: ["construction"] }), node("b", { title: "B" })],
      [
        rel("INCUBATED_BY", ["Startup", "a"], ["Incubator", "dinum"]),
        rel("INCUBATED_BY", ["Startup", "b"], ["Incubator", "dinum"]),
      ],
    );

  test("creates nodes and relationships with their provenance", async () => {
    const summary = await loadSnapshot(testDb.db, base(), { batchSize: 1 });
    expect(summary.nodes.Startup).toEqual({ created: 2, updated: 0, unchanged: 0, deleted: 0 });
    expect(summary.relationships.INCUBATED_BY).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      deleted: 0,
    });
    const [a] = await testDb.db.read(
      "MATCH (s:Startup {key: 'a'})-[r:INCUBATED_BY]->(i) RETURN s, r, i.key AS incubator",
    );
    expect(a.incubator).toBe("dinum");
    expect(a.s).toMatchObject({
      key: "a",
      title: "A",
      phases: ["construction"],
      _provSource: ["betagouv"],
      _provDate: ["2026-08-20"],
    });
    expect((a.r as Record<string, unknown>)._provLicence).toEqual(["CC-BY-NC-SA-4.0"]);
  });

  test("a second load changes nothing and says so", async () => {
    await loadSnapshot(testDb.db, base());
    const before = await graphState();
    const again = await loadSnapshot(testDb.db, base());
    expect(again.unchanged).toBe(true);
    expect(again.nodes.Startup).toEqual({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
    expect(await graphState()).toEqual(before);
  });

  test("updates changed records and deletes what the snapshot dropped", async () => {
    await loadSnapshot(testDb.db, base());
    const next = fixture(
      [node("a", { title: "A2" })],
      [rel("INCUBATED_BY", ["Startup", "a"], ["Incubator", "dinum"])],
    );
    const summary = await loadSnapshot(testDb.db, next);
    expect(summary.nodes.Startup).toEqual({ created: 0, updated: 1, unchanged: 0, deleted: 1 });
    expect(summary.relationships.INCUBATED_BY).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      deleted: 1,
    });
    expect((await graphState()).filter(r => r.label === "Startup")).toEqual([
      { label: "Startup", key: "a", title: "A2", rel: "INCUBATED_BY", to: "dinum" },
    ]);
  });

  test("a relationship to a missing node is refused before any write, naming the record", async () => {
    const bad = fixture(
      [node("a")],
      [rel("INCUBATED_BY", ["Startup", "a"], ["Incubator", "ghost"])],
    );
    await expect(loadSnapshot(testDb.db, bad)).rejects.toThrow(
      "seed/snapshot/relationships/INCUBATED_BY.jsonl:1 (INCUBATED_BY:a:ghost): INCUBATED_BY refers to a missing node Incubator 'ghost'",
    );
    expect(await graphState()).toEqual([]);
  });

  test("a batch size below 1 is refused before any write", async () => {
    await expect(loadSnapshot(testDb.db, base(), { batchSize: 0 })).rejects.toThrow(
      "batch size must be a whole number of at least 1, got 0",
    );
    expect(await graphState()).toEqual([]);
  });

  test("an unknown label is refused", async () => {
    const bad = fixture([node("a")], []);
    bad.nodes.set("Person", [node("p")]);
    await expect(loadSnapshot(testDb.db, bad)).rejects.toThrow(/unknown label 'Person'/);
  });

  test("a load that fails midway leaves the graph as it was", async () => {
    await loadSnapshot(testDb.db, base());
    const before = await graphState();
    const next = fixture([node("a", { title: "changed" }), node("c", { title: "C" })], []);
    await expect(
      loadSnapshot(testDb.db, next, {
        batchSize: 1,
        afterBatch: n => {
          if (n === 2) {
            throw new Error("disk full (simulated)");
          }
        },
      }),
    ).rejects.toThrow("disk full (simulated)");
    expect(await graphState()).toEqual(before);
  });

  test("a load killed right after its commit: the next start completes the post-load steps", async () => {
    // the state a kill just after the load's commit leaves: data and seed state, no step done
    await loadSnapshot(testDb.db, fixture([node("a", { title: "Élan" }), node("b")], []));
    expect((await readSeedState(testDb.db)).stepsDone).toEqual([]);
    const derived = () =>
      testDb.db.read("MATCH (s:Startup {key: 'a'}) RETURN s._search_title AS folded");
    expect(await derived()).toEqual([{ folded: null }]);

    // what `npm start` runs before listening (the database has data: no reload)
    await seedIfEmpty(testDb.db, "seed/does-not-matter", createLogger("silent"));
    expect((await readSeedState(testDb.db)).stepsDone).toEqual(POST_LOAD_STEPS.map(s => s.name));
    expect(await derived()).toEqual([{ folded: "elan" }]);
  }, 60_000);
});
