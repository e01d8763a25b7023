/**
 * Node counts per label and relationship counts per type of a snapshot slot, recorded once when
 * the slot is about to be published (a post-load step run on the staged slot, src/seed/after-seed.ts)
 * so that the database info reads them instead of scanning the graph with the slot filter (a label
 * count no longer comes from Neo4j's count store once every node carries `_slot`, docs/loading.md).
 *
 * Blue/green: the counts are keyed by slot and written before the publish switches readers to it,
 * so a reader of the published slot always finds the counts of that slot's content; a failed load
 * only leaves counts for the slot nobody reads, rewritten by the next load before its publish.
 * Bookkeeping nodes outside the slots (seed state, analytics state, these counts) are counted live
 * from the count store, so the figures equal a scan of the published slot.
 */
import { inSlot, type Db } from "../db";

/** Labels of the bookkeeping nodes written outside the slots: counted live, never recorded. */
export const BOOKKEEPING_LABELS = ["SeedState", "AnalyticsState", "SnapshotCounts"] as const;

const notBookkeeping = (v: string): string =>
  `NOT (${BOOKKEEPING_LABELS.map(l => `${v}:${l}`).join(" OR ")})`;

const RECORD = `
CALL () {
  MATCH (n) WHERE ${inSlot("n")} AND ${notBookkeeping("n")}
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (n) WHERE ${inSlot("n")} AND ${notBookkeeping("n")}
  UNWIND labels(n) AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect(label) AS labels, collect(count) AS labelCounts
}
CALL () {
  MATCH (a)-[r]->() WHERE ${inSlot("a")}
  WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect(type) AS types, collect(count) AS typeCounts
}
MERGE (c:SnapshotCounts {slot: $slot})
SET c.nodes = nodes, c.labels = labels, c.labelCounts = labelCounts, c.types = types, c.typeCounts = typeCounts,
    c.countedAt = datetime()
RETURN size(labels) AS labels, size(types) AS types`;

// the recorded counts of the published slot, and the bookkeeping labels from the count store
const READ = `
OPTIONAL MATCH (c:SnapshotCounts {slot: $slot})
CALL () { MATCH (n:SeedState) RETURN count(n) AS seedState }
CALL () { MATCH (n:AnalyticsState) RETURN count(n) AS analyticsState }
CALL () { MATCH (n:SnapshotCounts) RETURN count(n) AS snapshotCounts }
RETURN c.nodes AS nodes, c.labels AS labels, c.labelCounts AS labelCounts, c.types AS types, c.typeCounts AS typeCounts,
       [seedState, analyticsState, snapshotCounts] AS bookkeeping`;

/** Counts of one slot, largest first (then by name). */
export interface SnapshotCounts {
  nodes: number;
  labels: Array<{ label: string; count: number }>;
  relationshipTypes: Array<{ type: string; count: number }>;
}

/**
 * Counts the slot `db` sees (the staged slot when run by the loader before its publish) and
 * records the figures for it. Returns the number of labels and types recorded.
 */
export async function recordSnapshotCounts(db: Db): Promise<{ labels: number; types: number }> {
  const [row] = await db.write(RECORD);
  return { labels: Number(row?.labels ?? 0), types: Number(row?.types ?? 0) };
}

const largestFirst =
  <T extends { count: number }>(name: (t: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);

const zip = (names: unknown, counts: unknown): Array<[string, number]> =>
  Array.isArray(names) && Array.isArray(counts)
    ? names.map((n, i) => [String(n), Number(counts[i] ?? 0)])
    : [];

/**
 * The recorded counts of the published slot plus the live bookkeeping labels, or null when none
 * were recorded for it (a graph loaded before they were, or written by hand): scan then.
 */
export async function readSnapshotCounts(db: Db): Promise<SnapshotCounts | null> {
  const [row] = await db.read(READ);
  if (!row || !Array.isArray(row.labels)) {
    return null;
  }
  const labels = new Map(zip(row.labels, row.labelCounts));
  const live = Array.isArray(row.bookkeeping) ? row.bookkeeping.map(Number) : [];
  BOOKKEEPING_LABELS.forEach((label, i) => {
    if ((live[i] ?? 0) > 0) {
      labels.set(label, (labels.get(label) ?? 0) + (live[i] ?? 0));
    }
  });
  return {
    nodes: Number(row.nodes ?? 0) + live.reduce((sum, n) => sum + n, 0),
    labels: [...labels]
      .map(([label, count]) => ({ label, count }))
      .sort(largestFirst(l => l.label)),
    relationshipTypes: zip(row.types, row.typeCounts)
      .map(([type, count]) => ({ type, count }))
      .sort(largestFirst(t => t.type)),
  };
}
