// Transitive dependents of one node (reverse reachability, the blast radius), as BFS levels: one
// row per depth with the dependents first reached there, ordered by label then key. A pruning
// breadth-first expand keeps each node once with its minimal depth (no path per dependent), so
// the work is linear in the part of the graph reached; depth ≤ $maxDepth ≤ 6.
// $allManifests = false skips dependencies declared only by test, example or docs manifests.
MATCH (root) WHERE elementId(root) = $rootId
MATCH p = (root)<-[rs:DEPENDS_ON*1..6]-(d)
WHERE all(r IN rs WHERE ($kinds IS NULL OR r.kind IN $kinds) AND ($allManifests OR coalesce(r.manifestRole, 'MAIN') = 'MAIN'))
WITH root, d, min(length(p)) AS depth
WHERE d <> root AND depth <= $maxDepth
WITH depth, d ORDER BY depth, labels(d)[0], d.key
// (each licence wrapped in a list: collect() would drop the nulls)
RETURN depth, collect(elementId(d)) AS ids, collect([coalesce(d.licence, d.license)]) AS licences
ORDER BY depth
