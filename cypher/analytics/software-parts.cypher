// The parts of suites (Software -PART_OF-> Software), for expandParts on reuse analytics.
MATCH (part:Software)-[:PART_OF]->(suite:Software)
WHERE suite.key IN $keys
RETURN DISTINCT part.key AS key
ORDER BY key
