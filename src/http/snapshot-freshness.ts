import type { Db } from "../db";
import { readSnapshotView, type SnapshotView } from "../services/analytics/snapshot-version";

export type Freshness =
  { status: "current" } | { status: "behind"; reader: SnapshotView; leader: SnapshotView };

/**
 * Whether the server this process reads from (READ routing: a follower or read replica) holds the
 * snapshot that the leader (WRITE routing) has published. Pure: the two views are read by the
 * caller, the leader's FIRST, so that a snapshot published between the two reads makes the reader
 * look ahead (current), never behind.
 *
 * - Both views carry a `version`: the reader is behind when its version is lower.
 * - The leader has a version and the reader none: the reader has not received the load that
 *   introduced versions, it is behind.
 * - Neither has one (a graph loaded before versions): the reader is behind when it holds another
 *   snapshot loaded earlier than the leader's (followers only ever lag; they never lead).
 * - Nothing published on the leader: current (there is nothing to be behind of).
 */
export function compareSnapshots(reader: SnapshotView, leader: SnapshotView): Freshness {
  const behind: Freshness = { status: "behind", reader, leader };
  if (leader.version !== null) {
    return reader.version !== null && reader.version >= leader.version
      ? { status: "current" }
      : behind;
  }
  if (leader.hash === null || reader.version !== null) {
    return { status: "current" };
  }
  if (reader.hash === leader.hash && reader.loadedAt === leader.loadedAt) {
    return { status: "current" };
  }
  const readerAt = instant(reader.loadedAt);
  const leaderAt = instant(leader.loadedAt);
  return readerAt !== null && leaderAt !== null && readerAt >= leaderAt
    ? { status: "current" }
    : behind;
}

/**
 * Reads the leader's view (a read routed as a write), then the reader's (READ routing, as every
 * request's reads), and compares them. On a single server both are the same database: current.
 */
export async function snapshotFreshness(
  reader: Db,
  leader: Db = reader.onLeader(),
): Promise<Freshness> {
  const leaderView = await readSnapshotView(leader);
  return compareSnapshots(await readSnapshotView(reader), leaderView);
}

/**
 * Epoch milliseconds of a Neo4j `toString(datetime)` (nanoseconds cut to milliseconds, which
 * `Date.parse` reads); null when absent or unreadable.
 */
function instant(text: string | null): number | null {
  if (text === null) {
    return null;
  }
  const ms = Date.parse(text.replace(/(\.\d{3})\d+/, "$1").replace(/\[.*\]$/, ""));
  return Number.isNaN(ms) ? null : ms;
}
