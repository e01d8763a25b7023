// Ministry report: software the ministry ($key) uses: the ministry or one of its bodies (Organization
// PART_OF or SAME_AS M) USES, DEPLOYS or FUNDS it, or one of its start-ups (SPONSORED_BY such a body)
// PRODUCES it. One row per software and relationship, with the bodies or start-ups that state it.
// Keep in step with the project's one ministry-membership definition.
MATCH (m:Ministry {key: $key}) WHERE coalesce(m._slot, $slot) = $slot
CALL (m) {
  MATCH (m)-[r:USES|DEPLOYS|FUNDS]->(sw:Software)
  RETURN sw, type(r) AS relationship, m.key AS by
  UNION
  MATCH (o:Organization)-[:PART_OF|SAME_AS]->(m)
  MATCH (o)-[r:USES|DEPLOYS|FUNDS]->(sw:Software)
  RETURN sw, type(r) AS relationship, o.key AS by
  UNION
  MATCH (s:Startup)-[:SPONSORED_BY]->(:Organization)-[:PART_OF|SAME_AS]->(m)
  MATCH (s)-[:PRODUCES]->(sw:Software)
  RETURN sw, 'PRODUCES' AS relationship, s.key AS by
}
WITH sw, relationship, collect(DISTINCT by) AS byKeys
RETURN sw.key AS key, coalesce(sw.name, sw.key) AS name, sw.licence AS licence, relationship,
       byKeys AS by
ORDER BY key, relationship
