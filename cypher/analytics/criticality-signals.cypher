// Signals of the criticality score read from the graph, over the subject's repositories (itself
// or those that IMPLEMENT the software): human contributors, affiliated organisations, dates.
MATCH (root) WHERE elementId(root) = $rootId
OPTIONAL MATCH (root)<-[:IMPLEMENTS]-(impl:Repository)
WITH root, collect(impl) + CASE WHEN root:Repository THEN [root] ELSE [] END AS repos
CALL (repos) {
  UNWIND repos AS repo
  OPTIONAL MATCH (p:Contributor)-[c:CONTRIBUTES_TO]->(repo)
  WHERE NOT coalesce(p.isBot, false)
  OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o)
  RETURN count(DISTINCT p) AS contributors, count(DISTINCT o) AS organizations,
         max(c.lastCommit) AS lastCommit, min(c.firstCommit) AS firstCommit,
         max(repo.lastUpdate) AS lastUpdate, min(coalesce(repo.createdAt, repo.firstCommit)) AS createdAt,
         size(repos) AS repositories
}
RETURN repositories, contributors, organizations,
       coalesce(lastCommit, lastUpdate) AS lastActivity, coalesce(createdAt, firstCommit) AS created
