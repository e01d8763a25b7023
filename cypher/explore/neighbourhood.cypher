// The relationships around one node (both directions), optionally of some types, at most $limit
// taken round robin over the types (ordered by key within a type), and the count per type of all
// of them. $label comes from the entity registry (checked before
// this runs); each branch uses the label's key constraint index.
CALL () {
  MATCH (n:Ministry {key: $key}) WHERE $label = 'Ministry' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:DigitalDirectorate {key: $key}) WHERE $label = 'DigitalDirectorate' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Organization {key: $key}) WHERE $label = 'Organization' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Incubator {key: $key}) WHERE $label = 'Incubator' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Startup {key: $key}) WHERE $label = 'Startup' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Phase {key: $key}) WHERE $label = 'Phase' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Software {key: $key}) WHERE $label = 'Software' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Repository {key: $key}) WHERE $label = 'Repository' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:ForgeAccount {key: $key}) WHERE $label = 'ForgeAccount' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Package {key: $key}) WHERE $label = 'Package' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Contributor {key: $key}) WHERE $label = 'Contributor' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Partner {key: $key}) WHERE $label = 'Partner' AND coalesce(n._slot, $slot) = $slot RETURN n
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE m.key IS NOT NULL
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS all
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE m.key IS NOT NULL AND ($types IS NULL OR type(r) IN $types)
  WITH type(r) AS type, r, m
  ORDER BY m.key
  WITH type, collect({
    rel: r {.*, _type: type(r), _elementId: elementId(r)},
    outgoing: startNode(r) = n,
    labels: labels(m),
    node: m {.*}
  }) AS items
  // round robin over the types: every type gets its first neighbours before any gets more
  UNWIND range(0, size(items) - 1) AS rank
  WITH items[rank] AS item, rank, type
  ORDER BY rank, type
  LIMIT toInteger($limit)
  RETURN collect(item) AS around
}
RETURN n {.*} AS node, all, around
