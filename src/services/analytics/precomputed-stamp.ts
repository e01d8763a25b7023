/**
 * The stamp that ties precomputed values (pagerank, betweenness, communityId, inDegree,
 * transitiveDependents and `(:AnalyticsState {key: 'centrality'})`) to the snapshot they were
 * computed for, and the check every reader of those values makes before serving them.
 */
import { NotFoundError } from "../../errors";

export { publishedSnapshotVersion, UNVERSIONED } from "./snapshot-version";

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
