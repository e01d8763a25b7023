// For each consumer ($ids, element ids): its sponsoring organisations (start-ups) and the
// ministries it rolls up to (PART_OF / SAME_AS, directly or through a sponsor; a ministry is its own).
UNWIND $ids AS id
MATCH (c) WHERE elementId(c) = id
OPTIONAL MATCH (c:Startup)-[:SPONSORED_BY]->(sp:Organization)
WITH id, c, collect(DISTINCT sp) AS sponsors
CALL (c, sponsors) {
  UNWIND [c] + sponsors AS u
  OPTIONAL MATCH (u)-[:PART_OF|SAME_AS]->(m:Ministry)
  WITH u, collect(m) + CASE WHEN u:Ministry THEN [u] ELSE [] END AS ms
  UNWIND ms AS m
  RETURN collect(DISTINCT {label: 'Ministry', key: m.key, name: coalesce(m.name, m.key)}) AS ministries
}
RETURN id,
       [s IN sponsors | {label: 'Organization', key: s.key, name: coalesce(s.name, s.acronym, s.key), id: elementId(s)}] AS sponsors,
       ministries
