import { inSlot, type CypherRegistry, type Db } from "../db";
import { readSnapshotCounts, type SnapshotCounts } from "./snapshot-counts";

export interface DatabaseInfoData {
  version: string;
  edition: string;
  database: string;
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ label: string; count: number }>;
  relationshipTypes: Array<{ type: string; count: number }>;
}

/**
 * Facts about the database itself: version, edition, counts per label and type. The counts are
 * those the loader recorded for the published slot (snapshot-counts.ts); a graph without them
 * (loaded before they were recorded, or written by hand) is counted by a scan of the slot.
 */
export async function databaseInfo(db: Db, cypher: CypherRegistry): Promise<DatabaseInfoData> {
  const [server, counts] = await Promise.all([
    db.serverInfo(),
    readSnapshotCounts(db).then(recorded => recorded ?? scanCounts(db, cypher)),
  ]);
  return {
    version: server.version,
    edition: server.edition,
    database: db.settings.database,
    nodeCount: counts.nodes,
    relationshipCount: counts.relationshipTypes.reduce((sum, t) => sum + t.count, 0),
    labels: counts.labels,
    relationshipTypes: counts.relationshipTypes,
  };
}

/** The counts of the published slot by a scan (what the recorded counts stand for). */
export async function scanCounts(db: Db, cypher: CypherRegistry): Promise<SnapshotCounts> {
  const [labels, types, nodes] = await Promise.all([
    db.read(cypher.get("system/count-by-label")),
    db.read(cypher.get("system/count-by-type")),
    db.read(`MATCH (n) WHERE ${inSlot("n")} RETURN count(n) AS count`),
  ]);
  return {
    nodes: Number(nodes[0]?.count ?? 0),
    labels: labels.map(r => ({ label: String(r.label), count: Number(r.count) })),
    relationshipTypes: types.map(r => ({ type: String(r.type), count: Number(r.count) })),
  };
}
