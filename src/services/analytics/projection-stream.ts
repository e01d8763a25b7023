/**
 * The dependency projection (projection.cypher's edges) streamed from Neo4j into a
 * {@link CompactGraph}: rows are consumed one at a time, so memory holds the compact arrays and one
 * id per node, never an array of per-edge maps. Nodes are ordered by `Label:key`, so results do not
 * depend on the database's element ids.
 */
import { CompactGraphBuilder, type CompactGraph } from "../../analytics";
import type { CypherRegistry, Db } from "../../db";

/** Element ids resolved to `Label:key` per statement. */
const REF_BATCH = 10_000;

/** A streamed projection: the graph (ids = `Label:key`, sourceIds = element ids). */
export interface StreamedProjection {
  graph: CompactGraph;
  rows: number;
}

export async function streamProjection(
  db: Db,
  cypher: CypherRegistry,
  timeoutMs: number,
): Promise<StreamedProjection> {
  const builder = new CompactGraphBuilder();
  const refs = new Map<number, string>();
  const rows = await db.stream(
    cypher.get("analytics/projection-stream"),
    {},
    row => {
      const from = builder.node(String(row.id));
      refs.set(from, String(row.ref));
      for (const to of row.out as string[]) {
        builder.edgeByIndex(from, builder.node(to));
      }
    },
    timeoutMs,
  );
  const ids = builder.nodeIds();
  const missing = ids.filter((_id, i) => !refs.has(i));
  for (let i = 0; i < missing.length; i += REF_BATCH) {
    const found = await db.read(cypher.get("analytics/projection-refs"), {
      ids: missing.slice(i, i + REF_BATCH),
    });
    for (const r of found) {
      refs.set(builder.node(String(r.id)), String(r.ref));
    }
  }
  return { graph: builder.build((id, i) => refs.get(i) ?? id), rows };
}
