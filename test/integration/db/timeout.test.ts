import { Db } from "../../../src/db";
import { DatabaseTimeoutError, ErrorCode } from "../../../src/errors";
import { openTestDb, type TestDb } from "../../setup/test-db";

describe("per-transaction timeout", () => {
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await openTestDb();
  });

  afterAll(() => testDb.close());

  test("a read past NEO4J_QUERY_TIMEOUT_MS becomes DATABASE_TIMEOUT, without Cypher in the message", async () => {
    const db = new Db(testDb.driver, {
      database: testDb.db.settings.database,
      queryTimeoutMs: 200,
    });
    const slow = db.read(
      "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c",
    );
    await expect(slow).rejects.toBeInstanceOf(DatabaseTimeoutError);
    const error = (await slow.catch((e: unknown) => e)) as DatabaseTimeoutError;
    expect(error.extensions.code).toBe(ErrorCode.DATABASE_TIMEOUT);
    expect(error.message).not.toMatch(/UNWIND|range|Neo\./);
  }, 60_000);

  test("a read within the limit answers", async () => {
    const db = new Db(testDb.driver, {
      database: testDb.db.settings.database,
      queryTimeoutMs: 5_000,
    });
    expect(await db.read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
  });
});
