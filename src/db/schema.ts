import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitStatements } from "./cypher-registry";
import type { Db } from "./db";

/**
 * Applies every statement of `cypher/schema/*.cypher` (constraints and indexes, all `IF NOT EXISTS`),
 * then waits for the indexes to come online. Safe to run at every start.
 */
export async function applySchema(db: Db, schemaDir: string): Promise<number> {
  const files = readdirSync(schemaDir)
    .filter(f => f.endsWith(".cypher"))
    .sort();
  let count = 0;
  for (const file of files) {
    for (const statement of splitStatements(readFileSync(path.join(schemaDir, file), "utf8"))) {
      await db.write(statement);
      count += 1;
    }
  }
  await db.write("CALL db.awaitIndexes(300)");
  return count;
}
