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
    }, 600_000); // the real snapshot (≈ 80,000 records since public-repos) on a busy machine

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
      // 145 organisation files, minus 2 rejected and 2 merged through the alias table (the
      // redacted one is kept without a name)
      expect(
        await count(
          "MATCH (n:Organization) WHERE 'betagouv' IN n._provSource RETURN count(n) AS c",
        ),
      ).toBe(141);
    });

    test("public-repos: 277 repositories with git facts, 5,570 contributions, scoped dependencies", async () => {
      expect(await count("MATCH (r:Repository) WHERE r.hasGitFacts RETURN count(r) AS c")).toBe(
        277,
      );
      expect(
        await count(
          "MATCH ()-[c:CONTRIBUTES_TO]->() WHERE 'public-repos' IN c._provSource RETURN count(c) AS c",
        ),
      ).toBe(5570);
      // 233 repositories referenced by 237 start-ups
      expect(
        await count(
          `MATCH (s:Startup)-[:HAS_REPOSITORY]->(r:Repository) WHERE r.hasGitFacts
           RETURN count(DISTINCT s) AS c`,
        ),
      ).toBeGreaterThanOrEqual(237);
      // dev and peer of one package in one manifest are two facts
      expect(
        await count(
          `MATCH (r:Repository)-[a:DEPENDS_ON]->(p:Package)<-[b:DEPENDS_ON]-(r)
           WHERE a.manifest = b.manifest AND a.scope = 'dev' AND b.scope = 'peer'
           RETURN count(*) AS c`,
        ),
      ).toBeGreaterThan(0);
    });

    test("a cross-repository chain of depth 3: aides.jeunes → openfisca-france-local → openfisca-france → openfisca-core", async () => {
      const rows = await testDb.db.read(
        `MATCH (s:Startup {key: $startup})-[:HAS_REPOSITORY]->(r:Repository)
         MATCH (r)-[:DEPENDS_ON]->(p1:Package)-[:DEPENDS_ON]->(p2:Package)-[:DEPENDS_ON]->(p3:Package)
         MATCH (p1)-[:PUBLISHED_FROM]->(r1:Repository), (p2)-[:PUBLISHED_FROM]->(r2:Repository),
               (p3)-[:PUBLISHED_FROM]->(r3:Repository)
         WHERE r1 <> r AND r2 <> r AND r3 <> r AND r1 <> r2 AND r1 <> r3 AND r2 <> r3
         RETURN p1.key AS p1, p2.key AS p2, p3.key AS p3, r3.key AS r3`,
        { startup: "aides.jeunes" },
      );
      expect(rows).toContainEqual({
        p1: "pypi:openfisca-france-local",
        p2: "pypi:openfisca-france",
        p3: "pypi:openfisca-core",
        r3: "github.com/openfisca/openfisca-core",
      });
    });

    test("one person across several repositories and both contributor folders", async () => {
      const rows = await testDb.db.read(
        `MATCH (c:Contributor)-[k:CONTRIBUTES_TO]->(r:Repository)
         WITH c, count(DISTINCT r) AS repos, collect(k._provSource) AS sources
         WHERE any(s IN sources WHERE 'public-repos' IN s)
           AND any(s IN sources WHERE 'suitenumerique' IN s)
         RETURN count(c) AS people, max(repos) AS maxRepos`,
      );
      expect(Number(rows[0]?.people)).toBe(76);
      expect(Number(rows[0]?.maxRepos)).toBeGreaterThanOrEqual(3);
      expect(
        await count(
          `MATCH (c:Contributor)-[k:CONTRIBUTES_TO]->(r:Repository)
           WHERE 'public-repos' IN k._provSource AND NOT c.isBot
           WITH c, count(r) AS n WHERE n >= 2 RETURN count(c) AS c`,
        ),
      ).toBe(702);
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
