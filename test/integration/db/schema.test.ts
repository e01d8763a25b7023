import path from "node:path";
import { applySchema } from "../../../src/db";
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
    expect(before).toContain("startup_key");
  });

  test("natural keys are unique", async () => {
    await testDb.wipe();
    await testDb.db.write("CREATE (:Startup {key: 'dup'})");
    await expect(testDb.db.write("CREATE (:Startup {key: 'dup'})")).rejects.toThrow(
      /already exists/,
    );
    await testDb.wipe();
  });
});
