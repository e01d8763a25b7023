/**
 * The dependency projection (projection.cypher's edges) streamed from Neo4j into a
 * {@link CompactGraph}: rows are consumed one at a time, so memory holds the compact arrays and one
 * id and one `Label:key` per node, never an array of per-edge maps. Each row carries the
 * `Label:key` of its targets too, so no second look-up is needed. Nodes are ordered by
 * `Label:key`, so results do not depend on the database's element ids.
 */
import { CompactGraphBuilder, type CompactGraph } from "../../analytics";
import type { CypherRegistry, Db } from "../../db";

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
  const refs: string[] = [];
  const rows = await db.stream(
    cypher.get("analytics/projection-stream"),
    {},
    row => {
      const from = builder.node(String(row.id));
      refs[from] = String(row.ref);
      const out = row.out as string[];
      const outRefs = row.outRefs as string[];
      out.forEach((id, j) => {
        const to = builder.node(id);
        refs[to] ??= String(outRefs[j]);
        builder.edgeByIndex(from, to);
      });
    },
    timeoutMs,
  );
  return { graph: builder.build((id, i) => refs[i] ?? id), rows };
}
