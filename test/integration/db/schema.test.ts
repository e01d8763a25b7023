import path from "node:path";
import { applySchema, inSlot } from "../../../src/db";
import { CYPHER_DIR } from "../../../src/paths";
import { openTestDb, type TestDb } from "../../setup/test-db";

describe("applySchema", () => {
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await openTestDb();
  });

  afterAll(async () => {
    await testDb.close();
  });

  const schemaObjects = async () =>
    (await testDb.db.read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")).map(
      r => r.name,
    );

  test("is idempotent: a second run creates nothing and fails on nothing", async () => {
    await applySchema(testDb.db, path.join(CYPHER_DIR, "schema"));
    const before = await schemaObjects();
    const statements = await applySchema(testDb.db, path.join(CYPHER_DIR, "schema"));
    expect(statements).toBeGreaterThan(0);
    expect(await schemaObjects()).toEqual(before);
    expect(before).toContain("startup_key_slot");
  });

  test("natural keys are unique within a snapshot slot (docs/loading.md)", async () => {
    await testDb.wipe();
    await testDb.db.write("CREATE (:Startup {key: 'dup', _slot: 0})");
    await expect(testDb.db.write("CREATE (:Startup {key: 'dup', _slot: 0})")).rejects.toThrow(
      /already exists/,
    );
    // the same key in the other slot: the staged copy of the next snapshot
    await expect(testDb.db.write("CREATE (:Startup {key: 'dup', _slot: 1})")).resolves.toEqual([]);
    await testDb.wipe();
  });

  test("a key lookup in the published slot is index-backed", async () => {
    const session = testDb.driver.session();
    try {
      const result = await session.run(
        `EXPLAIN MATCH (n:Startup {key: $key}) WHERE ${inSlot("n")} RETURN n`,
        { key: "x", slot: 0 },
      );
      expect(JSON.stringify(result.summary.plan)).toContain("NodeIndexSeek");
    } finally {
      await session.close();
    }
  });
});
