// The parts of suites (Software -PART_OF-> Software), for expandParts on reuse analytics.
MATCH (part:Software)-[:PART_OF]->(suite:Software)
WHERE suite.key IN $keys AND coalesce(suite._slot, $slot) = $slot
RETURN DISTINCT part.key AS key
ORDER BY key
