/**
 * The one place `bench:scale` loads a snapshot: the project's own loader, as `npm run seed` runs
 * it (stream the folder, load all or nothing with progress). When the loader changes, only this
 * file follows.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Db } from "../../src/db";
import { openSnapshot } from "../../src/importers/snapshot-source";
import type { Logger } from "../../src/logging/logger";
import { createProgress, loadSnapshot, type LoadSummary } from "../../src/seed";

export interface LoadFigures {
  records: number;
  ms: number;
  /** The bench process's peak resident memory at the end of the load (MiB). */
  peakRssMiB: number;
  /**
   * When the store already held the snapshot (BENCH_SCALE_KEEP_STORE=1): nothing was written,
   * and `records` / `ms` are those recorded by the run that loaded it, at `loadedAt`.
   */
  recordedAt?: string;
}

interface Recorded extends LoadFigures {
  hash: string;
  loadedAt: string;
}

/**
 * Loads `dir`; `recordFile` keeps the figures of a load that wrote the snapshot, and gives them
 * back when a later run on the same store finds the snapshot already loaded (it writes nothing).
 */
export async function loadSnapshotForBench(
  db: Db,
  dir: string,
  logger: Logger,
  recordFile: string,
): Promise<LoadFigures> {
  const started = Date.now();
  const summary = await loadSnapshot(db, openSnapshot(dir), {
    nodeConcurrency: 2,
    progress: createProgress(logger),
  });
  const figures = {
    records: loadedRecords(summary),
    ms: Date.now() - started,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (!summary.unchanged) {
    const recorded: Recorded = {
      ...figures,
      hash: summary.hash,
      loadedAt: new Date().toISOString(),
    };
    writeFileSync(recordFile, `${JSON.stringify(recorded, null, 2)}\n`);
    return figures;
  }
  const recorded = existsSync(recordFile)
    ? (JSON.parse(readFileSync(recordFile, "utf8")) as Recorded)
    : null;
  if (recorded?.hash !== summary.hash) {
    // loaded by something else than a recorded run: the time measured says nothing of a load
    return { ...figures, ms: NaN };
  }
  return { ...recorded, recordedAt: recorded.loadedAt };
}

/** The records of the snapshot (created, updated or unchanged: not the deleted ones). */
export function loadedRecords(summary: LoadSummary): number {
  return [...Object.values(summary.nodes), ...Object.values(summary.relationships)].reduce(
    (n, c) => n + c.created + c.updated + c.unchanged,
    0,
  );
}
