// The dependency projection of projection.cypher, streamed one consumer at a time for the
// precomputation: each node with out-edges, its `Label:key` and the element ids of what it needs.
// Anchored on each candidate consumer, so rows flow without a whole-graph aggregation.
MATCH (a)
WHERE (a:Software OR a:Repository OR a:Startup OR a:Organization OR a:Ministry OR a:Partner)
  AND coalesce(a._slot, $slot) = $slot
CALL (a) {
  CALL (a) {
    MATCH (a:Software|Repository)-[:DEPENDS_ON]->(b:Software|Package) RETURN b
    UNION
    MATCH (a:Software)<-[:IMPLEMENTS]-(b:Repository) RETURN b
    UNION
    MATCH (a:Software)<-[:PART_OF]-(b:Software) RETURN b
    UNION
    MATCH (a:Startup)-[:PRODUCES|HAS_REPOSITORY]->(b:Software|Repository) RETURN b
    UNION
    MATCH (a:Organization|Ministry)-[:USES|DEPLOYS|FUNDS]->(b:Software) RETURN b
    UNION
    MATCH (a:Partner)-[:CO_DEVELOPS|INTEGRATES]->(b:Software) RETURN b
  }
  RETURN collect(elementId(b)) AS out
}
WITH a, out WHERE size(out) > 0
RETURN elementId(a) AS id, labels(a)[0] + ':' + a.key AS ref, out
