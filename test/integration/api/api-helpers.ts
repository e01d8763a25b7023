import { readFileSync } from "node:fs";
import path from "node:path";
import { readSnapshot } from "../../../src/importers/snapshot-format";
import { REPO_ROOT } from "../../../src/paths";
import { loadSnapshot } from "../../../src/seed";
import { prepareSearch } from "../../../src/services/prepare-search";
import type { TestDb } from "../../setup/test-db";

/** Wipes the test Neo4j and loads the real snapshot, then the post-seed search step. */
export async function loadRealGraph(testDb: TestDb): Promise<void> {
  await testDb.wipe();
  await loadSnapshot(testDb.db, readSnapshot(path.join(REPO_ROOT, "seed/snapshot")));
  await prepareSearch(testDb.db);
  await testDb.db.write("CALL db.awaitIndexes(300)");
}

/** The text of a `.graphql` document of test/operations (typed by codegen). */
export function operation(name: string): string {
  return readFileSync(path.join(REPO_ROOT, "test/operations", `${name}.graphql`), "utf8");
}

export const MANIFEST_COUNTS = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, "seed/snapshot/manifest.json"), "utf8")) as {
    counts: { nodes: Record<string, number> };
  }
).counts.nodes;
