// Commit contributions to a subject's repositories: the repository itself, the repositories that
// IMPLEMENT a software (or one of its PART_OF parts), or those of a start-up (HAS_REPOSITORY,
// PRODUCES). One row per contributor × repository; the best-confidence affiliation, if any.
MATCH (root) WHERE elementId(root) = $rootId
CALL (root) {
  MATCH (root:Repository) RETURN root AS repo
  UNION
  MATCH (root:Software)<-[:PART_OF]-{0,3}(:Software)<-[:IMPLEMENTS]-(repo:Repository) RETURN repo
  UNION
  MATCH (root:Startup)-[:HAS_REPOSITORY]->(repo:Repository) RETURN repo
  UNION
  MATCH (root:Startup)-[:PRODUCES]->(:Software)<-[:IMPLEMENTS]-(repo:Repository) RETURN repo
}
MATCH (p:Contributor)-[c:CONTRIBUTES_TO]->(repo)
OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(o)
WITH p, c, repo, a, o
ORDER BY CASE a.confidence WHEN 'high' THEN 0 WHEN 'exact-name' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, o.key
WITH p, c, repo, collect(CASE WHEN o IS NULL THEN null ELSE {key: o.key, label: labels(o)[0], name: coalesce(o.name, o.acronym, o.key), sector: a.sector} END) AS affs
RETURN p.key AS contributor, coalesce(p.isBot, false) AS isBot, p.sector AS sector,
       c.commits AS units, c.firstCommit AS first, c.lastCommit AS last, repo.key AS source,
       affs[0].label + ':' + affs[0].key AS organization, affs[0].sector AS affiliationSector, affs[0].name AS organizationName
ORDER BY contributor, source
