/** Loads the stated dependency projection (cypher/analytics/projection.cypher) for in-process algorithms. */
import type { Edge } from "../../analytics";
import { refId, toRef, type EntityRefData } from "./entity-ref";
import { str } from "./rows";
import type { AnalyticsDeps } from "./subject";

/** The projection, described for `method.parameters`. */
export const PROJECTION_DESCRIPTION =
  "directed consumer→dependency: DEPENDS_ON; Software→Repository (reverse IMPLEMENTS); suite→part " +
  "(reverse Software PART_OF); Startup PRODUCES/HAS_REPOSITORY; Organization/Ministry USES/DEPLOYS/FUNDS; " +
  "Partner CO_DEVELOPS/INTEGRATES";

/** Labels counted as consumers when ranking single points of failure. */
export const CONSUMER_LABELS = new Set(["Startup", "Organization", "Ministry", "Partner"]);

/** A loaded projection: `Label:key` node ids, edges, refs and element ids. */
export interface LoadedProjection {
  nodes: string[];
  edges: Edge[];
  refs: Map<string, EntityRefData>;
  elementIds: Map<string, string>;
}

/** Reads the projection edges; node ids are `Label:key` so results do not depend on the database. */
export async function loadProjection(deps: AnalyticsDeps): Promise<LoadedProjection> {
  const rows = await deps.db.read(deps.cypher.get("analytics/projection"));
  const refs = new Map<string, EntityRefData>();
  const elementIds = new Map<string, string>();
  const edges: Edge[] = rows.map(row => {
    const ends = [row.from, row.to].map(x => {
      const m = x as Record<string, unknown>;
      const ref = toRef(m);
      refs.set(refId(ref), ref);
      elementIds.set(refId(ref), str(m, "id"));
      return refId(ref);
    });
    return [ends[0]!, ends[1]!] as const;
  });
  return { nodes: [...refs.keys()].sort(), edges, refs, elementIds };
}
