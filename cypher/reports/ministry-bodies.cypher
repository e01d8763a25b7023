// Ministry report: the ministry ($key) and the bodies that belong to it. "Belongs to ministry M"
// (docs/data-model.md): an Organization PART_OF or SAME_AS M, a DigitalDirectorate PART_OF M.
// Keep in step with the project's one ministry-membership definition.
MATCH (m:Ministry {key: $key}) WHERE coalesce(m._slot, $slot) = $slot
CALL (m) {
  MATCH (b:Organization|DigitalDirectorate)-[r:PART_OF|SAME_AS]->(m)
  WHERE NOT (b:DigitalDirectorate AND type(r) = 'SAME_AS')
  RETURN b, collect(DISTINCT type(r)) AS relationships
}
RETURN labels(b)[0] AS label, b.key AS key, coalesce(b.name, b.acronym, b.key) AS name,
       b.acronym AS acronym, b.kind AS kind, relationships
ORDER BY label, key
