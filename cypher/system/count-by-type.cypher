// Relationship counts per type, largest first. No params.
MATCH (a)-[r]->() WHERE coalesce(a._slot, $slot) = $slot
RETURN type(r) AS type, count(*) AS count
ORDER BY count DESC, type
