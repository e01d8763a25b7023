// Ministry report: start-ups of the ministry ($key): SPONSORED_BY an organisation that belongs to it
// (Organization PART_OF or SAME_AS M), with their current phase (null when the source gives none).
// Keep in step with the project's one ministry-membership definition.
MATCH (m:Ministry {key: $key}) WHERE coalesce(m._slot, $slot) = $slot
MATCH (s:Startup)-[:SPONSORED_BY]->(o:Organization)-[:PART_OF|SAME_AS]->(m)
WITH s, collect(DISTINCT coalesce(o.acronym, o.name, o.key)) AS sponsors
RETURN s.key AS key, coalesce(s.title, s.key) AS name, s.currentPhase AS phase,
       s.currentPhaseStart AS phaseStart, sponsors
ORDER BY key
