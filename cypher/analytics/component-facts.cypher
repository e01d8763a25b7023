// Facts the sovereignty rules read, per component ($ids, element ids): vendor country when the
// node carries one, last activity (last commit, else repository last update / snapshot date) and
// commits per human contributor, over the node's repositories (itself, IMPLEMENTS, PUBLISHED_FROM).
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
OPTIONAL MATCH (n)-[:IMPLEMENTS|PUBLISHED_FROM]-(linked:Repository)
WITH id, n, collect(DISTINCT linked) + CASE WHEN n:Repository THEN [n] ELSE [] END AS repos
CALL (repos) {
  UNWIND repos AS repo
  OPTIONAL MATCH (p:Contributor)-[c:CONTRIBUTES_TO]->(repo)
  WHERE NOT coalesce(p.isBot, false)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {contributor: p.key, commits: c.commits} END) AS commits,
         max(c.lastCommit) AS lastCommit,
         max(coalesce(repo.lastUpdate, repo.snapshotDate)) AS lastUpdate
}
RETURN id, n.country AS country, commits, coalesce(lastCommit, lastUpdate) AS lastActivity
