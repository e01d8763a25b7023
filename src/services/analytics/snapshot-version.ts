import type { Db } from "../../db";
import { readSeedState } from "../../seed/load-snapshot";

/** What one server says about the published snapshot (`(:SeedState {key: 'snapshot'})`). */
export interface SnapshotView {
  /** Bumped at each publish of a changed snapshot; null on a graph loaded before versions. */
  version: number | null;
  hash: string | null;
  loadedAt: string | null;
}

/** A view of the published snapshot from the seed state, as `readSeedState` returns it. */
export function snapshotView(state: {
  hash: string | null;
  loadedAt: string | null;
  version?: number | null;
}): SnapshotView {
  const version = typeof state.version === "number" ? state.version : null;
  return { version, hash: state.hash, loadedAt: state.loadedAt };
}

/** The published snapshot as the server behind `db` sees it (READ routing unless `onLeader`). */
export async function readSnapshotView(db: Db): Promise<SnapshotView> {
  return snapshotView(await readSeedState(db));
}

/**
 * The key of every in-process cache of derived data (heavy analytics, coverage): the published
 * snapshot's version, hash and load time, so that a cache never outlives the snapshot it was
 * computed from, and two processes reading the same snapshot compute the same values. Null when
 * the graph was not loaded by the seed loader (e.g. hand-built test graphs): nothing is cached.
 */
export async function snapshotVersion(db: Db): Promise<string | null> {
  const view = await readSnapshotView(db);
  return view.hash === null ? null : `${view.version ?? "-"}|${view.hash}|${view.loadedAt}`;
}

/** Stamp of a graph the seed loader did not load (hand-built graphs): no snapshot to compare. */
export const UNVERSIONED = "unversioned";

/**
 * The published snapshot's version as the stamp precomputed values carry (precomputed-stamp.ts):
 * `version:N` from `SeedState.version` (bumped at each publish of a changed snapshot), else
 * `hash:…` for a graph loaded before versions existed, else {@link UNVERSIONED}. The same read of
 * the seed state as {@link snapshotVersion}, the cache key of derived data.
 */
export async function publishedSnapshotVersion(db: Db): Promise<string> {
  const view = await readSnapshotView(db);
  if (view.version !== null) {
    return `version:${view.version}`;
  }
  return view.hash === null ? UNVERSIONED : `hash:${view.hash}`;
}
