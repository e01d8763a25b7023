// Components a subject stands on directly (depth 0 of the sovereignty closure): the node itself
// (software, repository, package), what a start-up produces or holds, what an organisation /
// ministry / partner uses, deploys, funds, co-develops or integrates, and what its start-ups produce.
MATCH (root) WHERE elementId(root) = $rootId
CALL (root) {
  MATCH (root:Software|Repository|Package) RETURN root AS r
  UNION
  MATCH (root:Startup)-[:PRODUCES|HAS_REPOSITORY]->(r) RETURN r
  UNION
  MATCH (root:Organization|Ministry|Partner)-[:USES|DEPLOYS|FUNDS|CO_DEVELOPS|INTEGRATES]->(r:Software) RETURN r
  UNION
  MATCH (root:Organization)<-[:SPONSORED_BY]-(:Startup)-[:PRODUCES|HAS_REPOSITORY]->(r) RETURN r
}
RETURN elementId(r) AS elementId,
       {label: labels(r)[0], key: r.key, name: coalesce(r.name, r.title, r.key)} AS node,
       coalesce(r.licence, r.license) AS licence
ORDER BY node.label, node.key
