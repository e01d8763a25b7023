import type { Db } from "../db";
import type { Logger } from "../logging/logger";
import { precomputeAnalytics } from "../services/analytics/precompute";
import { prepareSearch } from "../services/prepare-search";
import { recordSnapshotCounts } from "../services/snapshot-counts";
import { readSeedState } from "./load-snapshot";
import { RECORD_STEP_DONE } from "./statements";

/**
 * The post-load steps, in order: derived data recomputed after every load of the snapshot.
 * `beforePublish` steps run on the staged slot, so that readers get the snapshot with them; the
 * others run on the published graph (centrality stamps its values with the published version).
 */
export const POST_LOAD_STEPS = [
  {
    name: "search-keys",
    what: "search keys prepared",
    beforePublish: true,
    run: (db: Db) => prepareSearch(db),
  },
  {
    name: "snapshot-counts",
    what: "counts per label and relationship type recorded",
    beforePublish: true,
    run: (db: Db) => recordSnapshotCounts(db),
  },
  {
    name: "centrality",
    what: "centrality and communities precomputed",
    beforePublish: false,
    run: (db: Db) => precomputeAnalytics(db),
  },
] as const;

/**
 * The loader's `beforePublish` hook: runs the steps that must be complete when a snapshot is
 * published, on the staged slot (`slotDb`), and returns their names (recorded by the publish).
 */
export function stepsBeforePublish(logger: Logger): (slotDb: Db) => Promise<string[]> {
  return async slotDb => {
    const done: string[] = [];
    for (const step of POST_LOAD_STEPS.filter(s => s.beforePublish)) {
      const started = Date.now();
      await step.run(slotDb);
      logger.info({ step: step.name, durationMs: Date.now() - started }, step.what);
      done.push(step.name);
    }
    return done;
  };
}

/**
 * Runs the post-load steps (folded search keys for case/accent-insensitive filters, then
 * centrality and communities stored on nodes) and records each one in the seed state once it
 * completed. `only` restricts them to the missing ones (see {@link completePostLoadSteps}).
 */
export async function afterSeed(db: Db, logger: Logger, only?: ReadonlySet<string>): Promise<void> {
  for (const step of POST_LOAD_STEPS) {
    if (only && !only.has(step.name)) {
      continue;
    }
    const started = Date.now();
    await step.run(db);
    await db.write(RECORD_STEP_DONE, { step: step.name });
    logger.info({ step: step.name, durationMs: Date.now() - started }, step.what);
  }
}

/**
 * Completes the post-load steps a load left undone (the loader was killed after its commit):
 * the seed state lists the completed ones. A graph loaded before steps were recorded runs them all.
 * Returns the names of the steps run.
 */
export async function completePostLoadSteps(db: Db, logger: Logger): Promise<string[]> {
  const state = await readSeedState(db);
  if (!state.hash) {
    return []; // not loaded by the seed loader: nothing to complete
  }
  const done = new Set(state.stepsDone ?? []);
  const missing = POST_LOAD_STEPS.map(s => s.name).filter(name => !done.has(name));
  if (missing.length > 0) {
    logger.warn({ missing }, "the last load's post-load steps are incomplete: completing them");
    await afterSeed(db, logger, new Set(missing));
  }
  return missing;
}
