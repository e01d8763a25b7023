// Exposure of $rootId in one statement (one row): the BFS levels of its transitive dependents (as
// dependents.cypher: pruning breadth-first expand, each node once with its minimal depth ≤
// $maxDepth, in label, key order) and the direct consumers of every impacted node (the root at
// depth 0 and its dependents): start-ups that produce them or hold their repository,
// organisations / ministries / partners that use, deploy, fund, co-develop or integrate them,
// owners of impacted repositories. Each consumer comes once, with its smallest depth and every
// (target, relationship) that exposes it in (depth, target key, relationship) order. The
// traversal runs once and only the levels' ids and the consumers travel back.
MATCH (root) WHERE elementId(root) = $rootId
CALL (root) {
  MATCH p = (root)<-[rs:DEPENDS_ON*1..6]-(d)
  WHERE all(r IN rs WHERE ($kinds IS NULL OR r.kind IN $kinds) AND ($allManifests OR coalesce(r.manifestRole, 'MAIN') = 'MAIN'))
  WITH root, d, min(length(p)) AS depth
  WHERE d <> root AND depth <= $maxDepth
  WITH d, depth ORDER BY depth, labels(d)[0], d.key
  RETURN collect(d) AS dependents, collect(depth) AS depths
}
CALL (root, dependents, depths) {
  UNWIND range(0, size(dependents)) AS i
  WITH CASE i WHEN 0 THEN root ELSE dependents[i - 1] END AS x,
       CASE i WHEN 0 THEN 0 ELSE depths[i - 1] END AS depth
  // each relationship only where the data model puts it (docs/data-model.md), one read of x's
  // relationships per label: a package has no consumer, so its relationships are never read
  CALL (x) {
    MATCH (c)-[r:PRODUCES|USES|DEPLOYS|FUNDS|CO_DEVELOPS|INTEGRATES]->(x:Software)
    WHERE CASE type(r) WHEN 'PRODUCES' THEN c:Startup ELSE c:Organization OR c:Ministry OR c:Partner END
    RETURN c, type(r) AS via, coalesce(r._provSource, []) AS sources
    UNION
    MATCH (x:Repository)-[r:HAS_REPOSITORY|OWNED_BY]-(c)
    WHERE CASE type(r)
            WHEN 'HAS_REPOSITORY' THEN c:Startup AND startNode(r) = c
            ELSE (c:Organization OR c:Ministry) AND startNode(r) = x
          END
    RETURN c, type(r) AS via, coalesce(r._provSource, []) AS sources
  }
  WITH c, depth, x, via, sources ORDER BY depth, x.key, via
  WITH c, min(depth) AS depth,
       collect({via: via, sources: sources, target: {label: labels(x)[0], key: x.key, name: coalesce(x.name, x.title, x.key)}}) AS evidence
  WITH c, depth, evidence ORDER BY depth, labels(c)[0], c.key
  RETURN collect({elementId: elementId(c), depth: depth, evidence: evidence,
                  consumer: {label: labels(c)[0], key: c.key, name: coalesce(c.name, c.title, c.acronym, c.key)}}) AS consumers
}
RETURN [k IN range(1, $maxDepth) | {depth: k, ids: [i IN range(0, size(dependents) - 1) WHERE depths[i] = k | elementId(dependents[i])]}] AS levels,
       consumers
