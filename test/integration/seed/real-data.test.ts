/**
 * End to end on the real public data: raw files in ../shared/data → importers → snapshot →
 * Neo4j, then counts against the raw sources and a sample chain through the graph. Runs only
 * when ../shared/data exists (a fresh clone without it runs on the committed snapshot).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSnapshot } from "../../../src/importers/build";
import { readSnapshot } from "../../../src/importers/snapshot-format";
import { writeSnapshot } from "../../../src/importers/snapshot/writer";
import { REPO_ROOT } from "../../../src/paths";
import { loadSnapshot } from "../../../src/seed";
import { openTestDb, type TestDb } from "../../setup/test-db";

const DATA = path.resolve(REPO_ROOT, "..", "shared", "data");

if (!existsSync(DATA)) {
  test("shared data absent: the committed snapshot is used instead", () => {
    expect(existsSync(path.join(REPO_ROOT, "seed/snapshot/manifest.json"))).toBe(true);
  });
} else {
  describe("real data loaded into Neo4j", () => {
    let testDb: TestDb;
    const out = mkdtempSync(path.join(os.tmpdir(), "snapshot-"));
    const count = async (cypher: string): Promise<number> =>
      Number((await testDb.db.read(cypher))[0]?.c);

    beforeAll(async () => {
      testDb = await openTestDb();
      await testDb.wipe();
      const result = await buildSnapshot({ dataDir: DATA, seedDir: path.join(REPO_ROOT, "seed") });
      writeSnapshot(out, result.files);
      await loadSnapshot(testDb.db, readSnapshot(out));
    }, 180_000);

    afterAll(async () => {
      await testDb.close();
      rmSync(out, { recursive: true, force: true });
    });

    test("counts match the raw sources", async () => {
      expect(await count("MATCH (n:Startup) RETURN count(n) AS c")).toBe(662);
      expect(await count("MATCH (n:Incubator) RETURN count(n) AS c")).toBe(23);
      expect(
        await count("MATCH (n:Software) WHERE n.sillId IS NOT NULL RETURN count(n) AS c"),
      ).toBe(240);
      // 9,157 rows in the 2021 inventory, 91 URLs listed twice
      expect(
        await count(
          "MATCH (n:Repository) WHERE 'codes-sources-fr-2021' IN n._provSource RETURN count(n) AS c",
        ),
      ).toBe(9157 - 91);
      // 145 organisation files, minus 3 rejected and 2 merged through the alias table
      expect(
        await count(
          "MATCH (n:Organization) WHERE 'betagouv' IN n._provSource RETURN count(n) AS c",
        ),
      ).toBe(140);
    });

    test("a start-up → its incubator → the incubator's owner → its ministry", async () => {
      const rows = await testDb.db.read(
        `MATCH (s:Startup {key: $startup})-[:INCUBATED_BY]->(i:Incubator)-[:OWNED_BY]->(o:Organization)
         OPTIONAL MATCH (o)-[:PART_OF|SAME_AS]->(m:Ministry)
         RETURN i.key AS incubator, o.key AS owner, collect(DISTINCT m.key) AS ministries`,
        { startup: "mon-entreprise" },
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ incubator: expect.any(String), owner: expect.any(String) });
      expect((rows[0].ministries as string[]).length).toBeGreaterThan(0);
    });

    test("every node and relationship carries its provenance, and no contributor is named", async () => {
      expect(
        await count(
          "MATCH (n) WHERE NOT n:SeedState AND size(n._provSource) = 0 RETURN count(n) AS c",
        ),
      ).toBe(0);
      expect(await count("MATCH ()-[r]->() WHERE r._provSource IS NULL RETURN count(r) AS c")).toBe(
        0,
      );
      expect(
        await count(
          "MATCH (c:Contributor) WHERE c.fullname IS NOT NULL OR c.name IS NOT NULL OR c.github IS NOT NULL OR c.email IS NOT NULL RETURN count(c) AS c",
        ),
      ).toBe(0);
    });
  });
}
