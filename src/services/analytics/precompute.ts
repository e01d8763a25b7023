/**
 * Precomputed centrality and communities (metrics-anchors.md §6, §7.7), written on nodes after each
 * seed so lists can be sorted by them: `pagerank`, `betweenness`, `inDegree`, `transitiveDependents`,
 * `communityId`, plus `(:AnalyticsState {key: 'centrality'})` with the method and computedAt.
 * Engine: in process (graphology + src/analytics), because Neo4j Community has no GDS.
 */
import {
  betweenness,
  buildMethod,
  dependentsCounts,
  DEFAULT_LOUVAIN_SEED,
  louvainCommunities,
  pageRank,
  type Method,
} from "../../analytics";
import { CypherRegistry, type Db } from "../../db";
import { CYPHER_DIR } from "../../paths";
import { loadProjection, PROJECTION_DESCRIPTION } from "./projection";

/** Summary of a precomputation. */
export interface PrecomputeSummary {
  nodes: number;
  edges: number;
  communities: number;
  method: Method;
}

/** Computes and stores the centralities and communities of the projection. Call after each seed. */
export async function precomputeAnalytics(
  db: Db,
  cypher: CypherRegistry = CypherRegistry.load(CYPHER_DIR),
): Promise<PrecomputeSummary> {
  const computedAt = new Date().toISOString();
  const p = await loadProjection({ db, cypher });
  const graph = { nodes: p.nodes, edges: p.edges };
  const pr = new Map(pageRank(graph, computedAt).ranking.map(r => [r.node, r.score]));
  const bt = new Map(betweenness(graph, { computedAt }).ranking.map(r => [r.node, r.score]));
  const counts = new Map(dependentsCounts(graph, { maxDepth: 6 }).map(c => [c.node, c]));
  const louvain = louvainCommunities(graph, { computedAt });
  const rows = p.nodes.map(id => ({
    id: p.elementIds.get(id),
    pagerank: pr.get(id) ?? 0,
    betweenness: bt.get(id) ?? 0,
    inDegree: counts.get(id)?.directDependents ?? 0,
    transitiveDependents: counts.get(id)?.transitiveDependents ?? 0,
    communityId: louvain.membership[id] ?? -1,
  }));
  const method = buildMethod({
    name: "Precomputed centrality and communities",
    formula:
      "PageRank (α 0.85); betweenness (Brandes, directed, normalised); inDegree = direct dependents; " +
      "transitiveDependents = reverse reachability ≤ 6; communityId = Louvain (seeded, undirected)",
    parameters: {
      projection: PROJECTION_DESCRIPTION,
      louvainSeed: DEFAULT_LOUVAIN_SEED,
      transitiveDepth: 6,
      engine: "in-process (graphology); Neo4j Community has no GDS",
    },
    references: [
      ...pageRankRefs(),
      "https://graphology.github.io/standard-library/communities-louvain.html",
      "https://blog.deps.dev/enumerating-dependents/",
    ],
    coverageNotes: [
      `${p.nodes.length} nodes, ${p.edges.length} edges; nodes outside the projection carry no value`,
      `modularity ${louvain.modularity?.toFixed(3) ?? "n/a"}, ${louvain.communities.length} communities`,
    ],
    computedAt,
  });
  await db.writeTransaction(async run => {
    await run(
      "MATCH (n) WHERE n.pagerank IS NOT NULL REMOVE n.pagerank, n.betweenness, n.inDegree, n.transitiveDependents, n.communityId",
    );
    for (let i = 0; i < rows.length; i += 5000) {
      await run(
        "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.inDegree = row.inDegree, n.transitiveDependents = row.transitiveDependents, n.communityId = row.communityId",
        { rows: rows.slice(i, i + 5000) },
      );
    }
    await run(
      "MERGE (s:AnalyticsState {key: 'centrality'}) SET s.method = $method, s.computedAt = $computedAt, s.nodes = $nodes, s.edges = $edges",
      { method: JSON.stringify(method), computedAt, nodes: p.nodes.length, edges: p.edges.length },
    );
  }, 300_000);
  return {
    nodes: p.nodes.length,
    edges: p.edges.length,
    communities: louvain.communities.length,
    method,
  };
}

function pageRankRefs(): string[] {
  return [
    "https://graphology.github.io/standard-library/metrics.html#pagerank",
    "https://graphology.github.io/standard-library/metrics.html#betweenness-centrality",
  ];
}
