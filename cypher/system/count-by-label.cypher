// Node counts per label, one row per label, largest first. No params.
MATCH (n) WHERE coalesce(n._slot, $slot) = $slot
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY count DESC, label
