import type { Db } from "../db";
import type { Logger } from "../logging/logger";
import { precomputeAnalytics } from "../services/analytics/precompute";
import { prepareSearch } from "../services/prepare-search";

/**
 * Derived data recomputed after every load of the snapshot: folded search keys for
 * case/accent-insensitive filters, then centrality and communities stored on nodes.
 */
export async function afterSeed(db: Db, logger: Logger): Promise<void> {
  let started = Date.now();
  await prepareSearch(db);
  logger.info({ durationMs: Date.now() - started }, "search keys prepared");
  started = Date.now();
  await precomputeAnalytics(db);
  logger.info({ durationMs: Date.now() - started }, "centrality and communities precomputed");
}
