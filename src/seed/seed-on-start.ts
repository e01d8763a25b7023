import path from "node:path";
import { inSlot, type Db } from "../db";
import { openSnapshot } from "../importers/snapshot-source";
import type { Logger } from "../logging/logger";
import { REPO_ROOT } from "../paths";
import { completePostLoadSteps, stepsBeforePublish } from "./after-seed";
import { loadSnapshot, readSeedState } from "./load-snapshot";
import { createProgress, formatSummary } from "./progress";

/** Loads the committed snapshot when the database holds no data yet; otherwise leaves it alone. */
export async function seedIfEmpty(db: Db, seedDir: string, logger: Logger): Promise<void> {
  const [row] = await db.read(
    `RETURN EXISTS { MATCH (n) WHERE NOT n:SeedState AND ${inSlot("n")} } AS hasData`,
  );
  if (row?.hasData) {
    const state = await readSeedState(db);
    logger.info(
      { loadedAt: state.loadedAt },
      "database already has data: not seeding (run `npm run seed` to update it)",
    );
    await completePostLoadSteps(db, logger);
    return;
  }
  const dir = path.resolve(REPO_ROOT, seedDir);
  logger.info({ dir }, "empty database: loading the seed snapshot");
  const summary = await loadSnapshot(db, openSnapshot(dir), {
    progress: createProgress(logger),
    beforePublish: stepsBeforePublish(logger),
  });
  logger.info({ durationMs: summary.durationMs }, "seed snapshot loaded");
  await completePostLoadSteps(db, logger);
  process.stderr.write(`${formatSummary(summary)}\n`);
}
