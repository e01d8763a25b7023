import { openTestDb, type TestDb } from "../../setup/test-db";

/**
 * Reads in READ sessions (followers and read replicas on neo4j://), writes in WRITE sessions (the
 * leader), and one bookmark manager per process so that a read follows this process's writes.
 */
describe("access modes and bookmarks", () => {
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await openTestDb();
    await testDb.wipe();
  });

  afterAll(() => testDb.close());

  test("a write leaves its bookmark in the driver's manager, which the next read carries", async () => {
    const manager = testDb.driver.executeQueryBookmarkManager;
    const before = [...(await manager.getBookmarks())];
    await testDb.db.write("CREATE (:BookmarkProbe {key: 'p', at: $at})", { at: 42 });
    const afterWrite = [...(await manager.getBookmarks())];
    expect(afterWrite.length).toBeGreaterThan(0);
    expect(afterWrite).not.toEqual(before);
    const [row] = await testDb.db.read("MATCH (p:BookmarkProbe {key: 'p'}) RETURN p.at AS at");
    expect(row?.at).toBe(42);
  });

  test("reads run in READ mode: a write through Db.read is refused by Neo4j", async () => {
    await expect(testDb.db.read("CREATE (:BookmarkProbe {key: 'q'})")).rejects.toThrow(
      /read access mode|not allowed|read only/i,
    );
    const [row] = await testDb.db.read("MATCH (p:BookmarkProbe {key: 'q'}) RETURN count(p) AS n");
    expect(row?.n).toBe(0);
  });

  test("the leader view (onLeader) is routed as a write: the statement READ mode refused runs", async () => {
    // only `/readyz` uses this view, and only to read the seed state on the leader
    await testDb.db.onLeader().read("CREATE (:BookmarkProbe {key: 'r'})");
    const [row] = await testDb.db.read("MATCH (p:BookmarkProbe {key: 'r'}) RETURN count(p) AS n");
    expect(row?.n).toBe(1);
  });
});
