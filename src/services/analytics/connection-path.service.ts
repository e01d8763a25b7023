/**
 * Path between two entities (e.g. a ministry and a tool): the shortest explanation of how they are
 * connected, for analysts. Cypher ALL SHORTEST (undirected, ≤ 8 hops); the lexicographically
 * smallest path (by `Label:key` sequence) is returned so the answer is stable.
 */
import { buildMethod, type Method } from "../../analytics";
import { BadUserInputError } from "../../errors";
import { refId, toRef, type EntityRefData } from "./entity-ref";
import { checkInt } from "./limits";
import { rowList, str, strList } from "./rows";
import { ANALYTICS_LABELS, resolveSubject, type AnalyticsDeps, type SubjectRef } from "./subject";

/** One hop of the explanation, in path order. */
export interface PathStep {
  relationship: string;
  /** True when the stored relationship points from the earlier node to the later one. */
  forward: boolean;
  sources: string[];
}

/** Output of {@link connectionPath}. */
export interface ConnectionPathResult {
  from: EntityRefData;
  to: EntityRefData;
  /** Null when no path of length ≤ maxLength exists. */
  length: number | null;
  nodes: EntityRefData[];
  steps: PathStep[];
  /** Number of shortest paths found (capped at 500). */
  shortestPaths: number;
  method: Method;
}

/** The shortest explanation of how two entities are connected. */
export async function connectionPath(
  deps: AnalyticsDeps,
  fromRef: SubjectRef,
  toRef_: SubjectRef,
  options: { maxLength?: number } = {},
): Promise<ConnectionPathResult> {
  const maxLength = checkInt(options.maxLength ?? 6, "maxLength", 1, 8);
  const from = await resolveSubject(deps, fromRef, ANALYTICS_LABELS, "from");
  const to = await resolveSubject(deps, toRef_, ANALYTICS_LABELS, "to");
  if (from.elementId === to.elementId) {
    throw new BadUserInputError("from and to are the same node", { argument: "to" });
  }
  const rows = await deps.db.read(deps.cypher.get("analytics/connection-paths"), {
    fromId: from.elementId,
    toId: to.elementId,
    maxLength,
  });
  const paths = rows.map(r => {
    const nodes = rowList(r, "nodes").map(toRef);
    const steps = rowList(r, "edges").map((e, i) => ({
      relationship: str(e, "type"),
      forward: str(e, "fromLabel") === nodes[i]?.label && str(e, "from") === nodes[i]?.key,
      sources: strList(e, "sources"),
    }));
    return { nodes, steps, id: nodes.map(refId).join(" ") };
  });
  paths.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const best = paths[0];
  return {
    from,
    to,
    length: best ? best.steps.length : null,
    nodes: best?.nodes ?? [],
    steps: best?.steps ?? [],
    shortestPaths: paths.length,
    method: buildMethod({
      name: "Shortest connection between two entities",
      formula:
        "ALL SHORTEST undirected paths over the semantic relationship types; smallest Label:key sequence kept",
      parameters: { maxLength, excluded: "IN_PHASE" },
      references: ["https://neo4j.com/docs/cypher-manual/current/patterns/shortest-paths/"],
      coverageNotes: [`${paths.length} shortest path(s) of that length (cap 500)`],
    }),
  };
}
