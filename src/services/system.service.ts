import { inSlot, type CypherRegistry, type Db } from "../db";

export interface DatabaseInfoData {
  version: string;
  edition: string;
  database: string;
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ label: string; count: number }>;
  relationshipTypes: Array<{ type: string; count: number }>;
}

/** Facts about the database itself: version, edition, counts per label and type. */
export async function databaseInfo(db: Db, cypher: CypherRegistry): Promise<DatabaseInfoData> {
  const [server, labels, types] = await Promise.all([
    db.serverInfo(),
    db.read(cypher.get("system/count-by-label")),
    db.read(cypher.get("system/count-by-type")),
  ]);
  const labelCounts = labels.map(r => ({ label: String(r.label), count: Number(r.count) }));
  const typeCounts = types.map(r => ({ type: String(r.type), count: Number(r.count) }));
  const nodeCount = await db.read(`MATCH (n) WHERE ${inSlot("n")} RETURN count(n) AS count`);
  return {
    version: server.version,
    edition: server.edition,
    database: db.settings.database,
    nodeCount: Number(nodeCount[0]?.count ?? 0),
    relationshipCount: typeCounts.reduce((sum, t) => sum + t.count, 0),
    labels: labelCounts,
    relationshipTypes: typeCounts,
  };
}
