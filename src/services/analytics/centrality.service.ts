/** Reads the centralities and communities stored by `precomputeAnalytics` (sortable lists). */
import { buildMethod, type Method } from "../../analytics";
import { toRef, type EntityRefData } from "./entity-ref";
import { checkInt } from "./limits";
import { assertFresh, publishedSnapshotVersion } from "./precomputed-stamp";
import { num, rowList, strList, strOrNull } from "./rows";
import type { AnalyticsDeps, AnalyticsLabel } from "./subject";

/** Stored measures a ranking can be sorted by (closed list: also the GraphQL enum). */
export const CENTRALITY_MEASURES = [
  "pagerank",
  "betweenness",
  "inDegree",
  "transitiveDependents",
] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

/** One ranked node with every stored measure. */
export interface CentralityRow {
  node: EntityRefData;
  pagerank: number;
  betweenness: number;
  inDegree: number;
  transitiveDependents: number;
  communityId: number;
}

/**
 * The stored method, once the stored values are checked to be those of the published snapshot
 * (see precomputed-stamp.ts): stale or partly written values are refused with the reason.
 */
async function storedMethod(deps: AnalyticsDeps): Promise<Method> {
  const [row = {}] = await deps.db.read(deps.cypher.get("analytics/analytics-state"));
  const text = strOrNull(row, "method");
  assertFresh(
    { snapshotVersion: strOrNull(row, "snapshotVersion"), complete: row.complete === true },
    await publishedSnapshotVersion(deps.db),
  );
  return JSON.parse(text ?? "{}") as Method;
}

/** Nodes sorted by one stored measure (descending, then label and key). */
export async function centralityRanking(
  deps: AnalyticsDeps,
  options: {
    measure?: CentralityMeasure;
    labels?: readonly AnalyticsLabel[] | null;
    communityId?: number | null;
    limit?: number;
  } = {},
): Promise<{ rows: CentralityRow[]; method: Method }> {
  const limit = checkInt(options.limit ?? 50, "first", 1, 1000);
  const measure = options.measure ?? "pagerank";
  const method = await storedMethod(deps);
  const rows = await deps.db.read(deps.cypher.get("analytics/centrality-ranking"), {
    property: measure,
    labels: options.labels && options.labels.length > 0 ? [...options.labels] : null,
    communityId: options.communityId ?? null,
    limit,
  });
  method.parameters = { ...method.parameters, sort: measure, first: limit };
  return {
    rows: rows.map(r => ({
      node: toRef(r.node as Record<string, unknown>),
      pagerank: num(r, "pagerank"),
      betweenness: num(r, "betweenness"),
      inDegree: num(r, "inDegree"),
      transitiveDependents: num(r, "transitiveDependents"),
      communityId: num(r, "communityId"),
    })),
    method,
  };
}

/** One community. */
export interface CommunityRow {
  communityId: number;
  size: number;
  labels: { label: string; count: number }[];
  topMembers: EntityRefData[];
}

/** Stored communities, largest first, with the label mix and top members by PageRank. */
export async function communities(
  deps: AnalyticsDeps,
  options: { limit?: number; top?: number } = {},
): Promise<{ communities: CommunityRow[]; method: Method }> {
  const limit = checkInt(options.limit ?? 50, "first", 1, 1000);
  const top = checkInt(options.top ?? 10, "top", 1, 100);
  const method = await storedMethod(deps);
  const rows = await deps.db.read(deps.cypher.get("analytics/communities"), { limit, top });
  return {
    communities: rows.map(r => {
      const counts = new Map<string, number>();
      strList(r, "labels").forEach(l => counts.set(l, (counts.get(l) ?? 0) + 1));
      return {
        communityId: num(r, "communityId"),
        size: num(r, "size"),
        labels: [...counts]
          .map(([label, count]) => ({ label, count }))
          .sort((a, b) => b.count - a.count),
        topMembers: rowList(r, "members").map(toRef),
      };
    }),
    method: buildMethod({ ...method, parameters: { ...method.parameters, first: limit, top } }),
  };
}
