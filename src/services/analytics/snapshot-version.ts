import type { Db } from "../../db";

const VERSION = `
OPTIONAL MATCH (s:SeedState {key: 'snapshot'})
RETURN s.hash + '@' + toString(s.loadedAt) AS version`;

/**
 * The version of the loaded snapshot (its hash and load time), which changes on every load: the
 * key of the heavy analytics' cache. Null when the graph was not loaded by the seed loader (e.g.
 * hand-built test graphs), and then nothing is cached.
 */
export async function snapshotVersion(db: Db): Promise<string | null> {
  const [row] = await db.read(VERSION);
  return typeof row?.version === "string" ? row.version : null;
}
