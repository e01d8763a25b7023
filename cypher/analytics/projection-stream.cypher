// The dependency projection of projection.cypher, streamed one consumer at a time for the
// precomputation: each node with out-edges, its `Label:key`, and the element ids and `Label:key`
// of what it needs (so nodes reached only as dependencies need no second look-up).
// One branch per consumer label, each expanding only its own relationship types, and anchored on
// each consumer, so rows flow without a whole-graph aggregation.
CALL () {
  MATCH (a:Software) WHERE coalesce(a._slot, $slot) = $slot
  RETURN a, COLLECT {
    MATCH (a)-[:DEPENDS_ON]->(b:Software|Package) RETURN b
    UNION
    MATCH (a)<-[:IMPLEMENTS]-(b:Repository) RETURN b
    UNION
    MATCH (a)<-[:PART_OF]-(b:Software) RETURN b
  } AS out
  UNION ALL
  MATCH (a:Repository) WHERE coalesce(a._slot, $slot) = $slot
  RETURN a, COLLECT { MATCH (a)-[:DEPENDS_ON]->(b:Software|Package) RETURN DISTINCT b } AS out
  UNION ALL
  MATCH (a:Startup) WHERE coalesce(a._slot, $slot) = $slot
  RETURN a, COLLECT {
    MATCH (a)-[:PRODUCES|HAS_REPOSITORY]->(b:Software|Repository) RETURN DISTINCT b
  } AS out
  UNION ALL
  MATCH (a:Organization|Ministry) WHERE coalesce(a._slot, $slot) = $slot
  RETURN a, COLLECT { MATCH (a)-[:USES|DEPLOYS|FUNDS]->(b:Software) RETURN DISTINCT b } AS out
  UNION ALL
  MATCH (a:Partner) WHERE coalesce(a._slot, $slot) = $slot
  RETURN a, COLLECT { MATCH (a)-[:CO_DEVELOPS|INTEGRATES]->(b:Software) RETURN DISTINCT b } AS out
}
WITH a, out WHERE size(out) > 0
RETURN elementId(a) AS id, labels(a)[0] + ':' + a.key AS ref,
       [b IN out | elementId(b)] AS out, [b IN out | labels(b)[0] + ':' + b.key] AS outRefs
