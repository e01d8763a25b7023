import path from "node:path";
import type { Driver } from "neo4j-driver";
import { applySchema, createDriver, Db, invalidatePublishedSlot } from "../../src/db";
import { CYPHER_DIR } from "../../src/paths";

export interface TestDb {
  driver: Driver;
  db: Db;
  /** Deletes every node and relationship (test files run one at a time). */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

/** A connection to the Neo4j started by the global setup, with the schema applied. */
export async function openTestDb(): Promise<TestDb> {
  const uri = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD;
  if (!uri || !password) {
    throw new Error(
      "NEO4J_URI/NEO4J_PASSWORD not set: integration tests need the jest global setup",
    );
  }
  const driver = createDriver({
    uri,
    username: process.env.NEO4J_USERNAME ?? "neo4j",
    password,
    connectionTimeoutMs: 5_000,
  });
  const db = new Db(driver, {
    database: process.env.NEO4J_DATABASE ?? "neo4j",
    queryTimeoutMs: 60_000,
  });
  await applySchema(db, path.join(CYPHER_DIR, "schema"));
  return {
    driver,
    db,
    wipe: async () => {
      await db.write("MATCH (n) DETACH DELETE n");
      invalidatePublishedSlot(); // the seed state went with the rest
    },
    close: () => driver.close(),
  };
}
