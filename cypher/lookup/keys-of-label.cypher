// Every natural key of one label, for "did you mean" suggestions after a NOT_FOUND.
// $label is a registry label checked by the caller; the label scan is bounded by the graph size.
MATCH (n)
WHERE $label IN labels(n) AND coalesce(n._slot, $slot) = $slot
RETURN n.key AS key
