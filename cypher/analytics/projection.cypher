// The dependency projection used by the whole-graph algorithms (consumer → what it needs):
// DEPENDS_ON; Software → Repository it is built from (reverse of IMPLEMENTS); suite → part
// (reverse of Software PART_OF); Startup PRODUCES / HAS_REPOSITORY; Organization / Ministry USES,
// DEPLOYS, FUNDS; Partner CO_DEVELOPS / INTEGRATES.
CALL () {
  MATCH (a:Software|Repository)-[:DEPENDS_ON]->(b:Software|Package) WHERE coalesce(a._slot, $slot) = $slot RETURN a, b
  UNION
  MATCH (b:Repository)-[:IMPLEMENTS]->(a:Software) WHERE coalesce(a._slot, $slot) = $slot RETURN a, b
  UNION
  MATCH (b:Software)-[:PART_OF]->(a:Software) WHERE coalesce(a._slot, $slot) = $slot RETURN a, b
  UNION
  MATCH (a:Startup)-[:PRODUCES|HAS_REPOSITORY]->(b:Software|Repository) WHERE coalesce(a._slot, $slot) = $slot RETURN a, b
  UNION
  MATCH (a:Organization|Ministry)-[:USES|DEPLOYS|FUNDS]->(b:Software) WHERE coalesce(a._slot, $slot) = $slot RETURN a, b
  UNION
  MATCH (a:Partner)-[:CO_DEVELOPS|INTEGRATES]->(b:Software) WHERE coalesce(a._slot, $slot) = $slot RETURN a, b
}
RETURN {label: labels(a)[0], key: a.key, name: coalesce(a.name, a.title, a.acronym, a.key), id: elementId(a)} AS from,
       {label: labels(b)[0], key: b.key, name: coalesce(b.name, b.title, b.acronym, b.key), id: elementId(b)} AS to
