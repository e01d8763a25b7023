// beta.gouv.fr memberships (MEMBER_OF missions) of the start-ups behind a subject: the start-up
// itself, start-ups that PRODUCE the software (or one of its PART_OF parts), or hold the repository.
MATCH (root) WHERE elementId(root) = $rootId
CALL (root) {
  MATCH (root:Startup) RETURN root AS st
  UNION
  MATCH (st:Startup)-[:PRODUCES]->(:Software)-[:PART_OF]->{0,3}(root:Software) RETURN st
  UNION
  MATCH (st:Startup)-[:HAS_REPOSITORY]->(root:Repository) RETURN st
}
MATCH (p:Contributor)-[m:MEMBER_OF]->(st)
WHERE m.start IS NOT NULL
OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(o)
WITH p, m, st, a, o
ORDER BY CASE a.confidence WHEN 'high' THEN 0 WHEN 'exact-name' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, o.key
WITH p, m, st, collect(CASE WHEN o IS NULL THEN null ELSE {key: o.key, label: labels(o)[0], name: coalesce(o.name, o.acronym, o.key), sector: a.sector} END) AS affs
RETURN p.key AS contributor, coalesce(p.isBot, false) AS isBot, p.sector AS sector,
       m.start AS first, m.end AS last, st.key AS source,
       affs[0].label + ':' + affs[0].key AS organization, affs[0].sector AS affiliationSector, affs[0].name AS organizationName
ORDER BY contributor, source, first
