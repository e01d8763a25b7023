// Ministry report: repositories of the ministry ($key): OWNED_BY the ministry or by an organisation
// that belongs to it (PART_OF or SAME_AS M); the owner is the forge account's public body.
// Keep in step with the project's one ministry-membership definition.
MATCH (m:Ministry {key: $key}) WHERE coalesce(m._slot, $slot) = $slot
CALL (m) {
  MATCH (r:Repository)-[:OWNED_BY]->(m)
  RETURN r, m.key AS owner
  UNION
  MATCH (r:Repository)-[:OWNED_BY]->(o:Organization)-[:PART_OF|SAME_AS]->(m)
  RETURN r, o.key AS owner
}
WITH r, collect(DISTINCT owner) AS owners
RETURN r.key AS key, r.license AS licence, r.language AS language, r.isArchived AS archived,
       toString(r.lastUpdate) AS lastUpdate, owners
ORDER BY key
