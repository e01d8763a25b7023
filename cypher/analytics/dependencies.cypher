// Transitive dependencies of one node, as BFS levels: one row per depth with the dependencies
// first reached there (minimal depth), ordered by label then key. A pruning breadth-first expand
// keeps each node once (no path per dependency), so the work is linear in the part of the graph
// reached; depth ≤ $maxDepth ≤ 6; $kinds = null keeps every kind.
// $allManifests = false skips dependencies declared only by test, example or docs manifests.
MATCH (root) WHERE elementId(root) = $rootId
MATCH p = (root)-[rs:DEPENDS_ON*1..6]->(dep)
WHERE all(r IN rs WHERE ($kinds IS NULL OR r.kind IN $kinds) AND ($allManifests OR coalesce(r.manifestRole, 'MAIN') = 'MAIN'))
WITH root, dep, min(length(p)) AS depth
WHERE dep <> root AND depth <= $maxDepth
WITH depth, dep ORDER BY depth, labels(dep)[0], dep.key
// (each licence wrapped in a list: collect() would drop the nulls)
RETURN depth, collect(elementId(dep)) AS ids, collect([coalesce(dep.licence, dep.license)]) AS licences
ORDER BY depth
