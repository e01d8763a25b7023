/**
 * The one place `bench:scale` loads a snapshot: the project's own loader, as `npm run seed` runs
 * it (read the folder, load all or nothing with progress). When the loader changes, only this
 * function follows.
 */
import type { Db } from "../../src/db";
import { readSnapshot } from "../../src/importers/snapshot-format";
import type { Logger } from "../../src/logging/logger";
import { createProgress, loadSnapshot } from "../../src/seed";

export interface LoadFigures {
  records: number;
  ms: number;
}

export async function loadSnapshotForBench(
  db: Db,
  dir: string,
  logger: Logger,
): Promise<LoadFigures> {
  const started = Date.now();
  const snapshot = readSnapshot(dir);
  const summary = await loadSnapshot(db, snapshot, { progress: createProgress(logger) });
  const records = [...Object.values(summary.nodes), ...Object.values(summary.relationships)].reduce(
    (n, c) => n + c.created + c.updated + c.unchanged,
    0,
  );
  return { records, ms: Date.now() - started };
}
