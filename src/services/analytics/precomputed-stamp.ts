/**
 * The stamp that ties precomputed values (pagerank, betweenness, communityId, inDegree,
 * transitiveDependents and `(:AnalyticsState {key: 'centrality'})`) to the snapshot they were
 * computed for, and the check every reader of those values makes before serving them.
 */
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import { readSeedState } from "../../seed/load-snapshot";

/** Stamp of a graph the seed loader did not load (hand-built graphs): no snapshot to compare. */
export const UNVERSIONED = "unversioned";

/**
 * The published snapshot's version, as a stamp: `SeedState.version` (bumped at each publish of a
 * changed snapshot), else its content hash for a graph loaded before versions existed.
 */
export async function publishedSnapshotVersion(db: Db): Promise<string> {
  const state = (await readSeedState(db)) as { hash: string | null; version?: unknown };
  if (typeof state.version === "number" || typeof state.version === "string") {
    return `version:${state.version}`;
  }
  return state.hash === null ? UNVERSIONED : `hash:${state.hash}`;
}

/** What `AnalyticsState` says about the last precomputation. */
export interface PrecomputedState {
  snapshotVersion: string | null;
  complete: boolean;
}

/**
 * Refuses precomputed values that are not those of the published snapshot: never computed, being
 * rewritten, or computed for another snapshot version (a reload without precomputation).
 */
export function assertFresh(state: PrecomputedState | null, published: string): void {
  if (!state || state.snapshotVersion === null) {
    throw new NotFoundError(
      "centralities have not been computed yet: run precomputeAnalytics after the seed",
      { reason: "NOT_PRECOMPUTED" },
    );
  }
  if (!state.complete) {
    throw new NotFoundError(
      "centralities are being recomputed for the published snapshot: try again when the precomputation has finished",
      { reason: "PRECOMPUTATION_RUNNING" },
    );
  }
  if (state.snapshotVersion !== published) {
    throw new NotFoundError(
      `the stored centralities were computed for snapshot ${state.snapshotVersion}, not for the published ` +
        `${published}: they are not served until the precomputation runs again (npm run seed runs it)`,
      { reason: "STALE_PRECOMPUTATION", computedFor: state.snapshotVersion, published },
    );
  }
}
