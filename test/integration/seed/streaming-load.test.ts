import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inSlot } from "../../../src/db";
import { openSnapshot } from "../../../src/importers/snapshot-source";
import { loadSnapshot, readSeedState } from "../../../src/seed";
import { openTestDb, type TestDb } from "../../setup/test-db";

const prov = [
  { source: "betagouv", record: "content/_startups/x.md", date: "2026-08-20", licence: "MIT" },
];
const key = (i: number) => `s${String(i).padStart(5, "0")}`;

/**
 * A snapshot folder of `count` start-ups, each INCUBATED_BY one incubator; `bad` = [line, text]
 * replaces that (1-based) line of the relationships file.
 */
function writeFolder(dir: string, title: string, count: number, bad?: [number, string]): string {
  mkdirSync(path.join(dir, "nodes"), { recursive: true });
  mkdirSync(path.join(dir, "relationships"), { recursive: true });
  const jsonl = (lines: string[]) => `${lines.join("\n")}\n`;
  const startups = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ key: key(i), props: { title: `${title} ${i}` }, prov }),
  );
  const relationships = Array.from({ length: count }, (_, i) =>
    bad && i + 1 === bad[0]
      ? bad[1]
      : JSON.stringify({
          id: `INCUBATED_BY:${key(i)}:dinum`,
          type: "INCUBATED_BY",
          from: { label: "Startup", key: key(i) },
          to: { label: "Incubator", key: "dinum" },
          props: {},
          prov,
        }),
  );
  writeFileSync(path.join(dir, "nodes", "Startup.jsonl"), jsonl(startups));
  writeFileSync(
    path.join(dir, "nodes", "Incubator.jsonl"),
    jsonl([JSON.stringify({ key: "dinum", props: { title: "DINUM" }, prov })]),
  );
  writeFileSync(path.join(dir, "relationships", "INCUBATED_BY.jsonl"), jsonl(relationships));
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } }),
  );
  return dir;
}

describe("loading a snapshot folder streamed record by record (real Neo4j)", () => {
  let testDb: TestDb;
  let tmp: string;
  const COUNT = 6_000;

  /** What readers see: start-ups of the published slot, their titles' first word, incubated ones. */
  const published = async () => {
    const [row] = await testDb.db.read(
      `MATCH (s:Startup) WHERE ${inSlot("s")}
       OPTIONAL MATCH (s)-[r:INCUBATED_BY]->(:Incubator {key: 'dinum'})
       RETURN count(DISTINCT s) AS startups, collect(DISTINCT split(s.title, ' ')[0]) AS titles,
              count(r) AS incubated`,
    );
    return { startups: row.startups, titles: row.titles, incubated: row.incubated };
  };
  const allNodes = async () =>
    Number((await testDb.db.read("MATCH (n) WHERE NOT n:SeedState RETURN count(n) AS c"))[0].c);

  beforeAll(async () => {
    testDb = await openTestDb();
  });
  beforeEach(async () => {
    await testDb.wipe();
    tmp = mkdtempSync(path.join(tmpdir(), "streamed-"));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));
  afterAll(() => testDb.close());

  test("a folder of many records loads in many transactions, several at once, with the right counts", async () => {
    const dir = writeFolder(path.join(tmp, "a"), "first", COUNT);
    const summary = await loadSnapshot(testDb.db, openSnapshot(dir), {
      batchSize: 500,
      recordsPerTransaction: 1_000,
      nodeConcurrency: 3,
    });
    expect(summary.nodes.Startup).toEqual({ created: COUNT, updated: 0, unchanged: 0, deleted: 0 });
    expect(summary.relationships.INCUBATED_BY?.created).toBe(COUNT);
    expect(await published()).toEqual({ startups: COUNT, titles: ["first"], incubated: COUNT });
    // the same folder again: nothing written
    const again = await loadSnapshot(testDb.db, openSnapshot(dir));
    expect(again.unchanged).toBe(true);
    expect(again.nodes.Startup?.unchanged).toBe(COUNT);
  }, 180_000);

  test("a malformed line deep in a large file is reported with file and line; nothing is written or published", async () => {
    await loadSnapshot(testDb.db, openSnapshot(writeFolder(path.join(tmp, "a"), "first", 50)));
    const state = await readSeedState(testDb.db);
    const before = await allNodes();
    const dir = writeFolder(path.join(tmp, "b"), "second", COUNT, [COUNT - 3, '{"id": "x",']);
    await expect(loadSnapshot(testDb.db, openSnapshot(dir))).rejects.toThrow(
      `${path.join(dir, "relationships", "INCUBATED_BY.jsonl")}:${COUNT - 3}: invalid JSON`,
    );
    expect(await allNodes()).toBe(before); // refused by the first pass, before any write
    expect(await readSeedState(testDb.db)).toEqual(state);
    expect(await published()).toEqual({ startups: 50, titles: ["first"], incubated: 50 });
  }, 180_000);

  test("a relationship to a missing node deep in a file is refused before any write", async () => {
    const ghost = JSON.stringify({
      id: "INCUBATED_BY:ghost",
      type: "INCUBATED_BY",
      from: { label: "Startup", key: key(1) },
      to: { label: "Incubator", key: "ghost" },
      props: {},
      prov,
    });
    const dir = writeFolder(path.join(tmp, "c"), "third", COUNT, [COUNT - 1, ghost]);
    await expect(loadSnapshot(testDb.db, openSnapshot(dir))).rejects.toThrow(
      `${path.join(dir, "relationships", "INCUBATED_BY.jsonl")}:${COUNT - 1} (INCUBATED_BY:ghost): INCUBATED_BY refers to a missing node Incubator 'ghost'`,
    );
    expect(await allNodes()).toBe(0);
    expect((await readSeedState(testDb.db)).version).toBe(0);
  }, 180_000);
});
