// Transitive dependents of one node (reverse reachability, the blast radius): one shortest
// DEPENDS_ON path per dependent, read dependent → … → root; depth ≤ $maxDepth ≤ 6.
// $allManifests = false skips dependencies declared only by test, example or docs manifests.
MATCH (root) WHERE elementId(root) = $rootId
MATCH p = ANY SHORTEST (d)(()-[r:DEPENDS_ON]->() WHERE ($kinds IS NULL OR r.kind IN $kinds) AND ($allManifests OR coalesce(r.manifestRole, 'MAIN') = 'MAIN')){1,6}(root)
WHERE d <> root AND length(p) <= $maxDepth
WITH d, p, head(relationships(p)) AS via
RETURN elementId(d) AS elementId,
       {label: labels(d)[0], key: d.key, name: coalesce(d.name, d.title, d.key)} AS node,
       coalesce(d.licence, d.license) AS licence,
       length(p) AS depth,
       via.requirement AS requirement,
       via.kind AS kind,
       coalesce(via._provSource, []) AS sources,
       [n IN nodes(p) | {label: labels(n)[0], key: n.key, name: coalesce(n.name, n.title, n.key)}] AS path
ORDER BY depth, node.label, node.key
