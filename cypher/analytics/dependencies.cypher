// Transitive dependencies of one node: one shortest DEPENDS_ON path per dependency (minimal depth),
// depth capped by the fixed {1,6} quantifier and $maxDepth (≤ 6); $kinds = null keeps every kind.
// $allManifests = false skips dependencies declared only by test, example or docs manifests.
MATCH (root) WHERE elementId(root) = $rootId
MATCH p = ANY SHORTEST (root)(()-[r:DEPENDS_ON]->() WHERE ($kinds IS NULL OR r.kind IN $kinds) AND ($allManifests OR coalesce(r.manifestRole, 'MAIN') = 'MAIN')){1,6}(dep)
WHERE dep <> root AND length(p) <= $maxDepth
WITH dep, p, last(relationships(p)) AS via
RETURN elementId(dep) AS elementId,
       {label: labels(dep)[0], key: dep.key, name: coalesce(dep.name, dep.title, dep.key)} AS node,
       coalesce(dep.licence, dep.license) AS licence,
       length(p) AS depth,
       via.requirement AS requirement,
       via.kind AS kind,
       coalesce(via._provSource, []) AS sources,
       [n IN nodes(p) | {label: labels(n)[0], key: n.key, name: coalesce(n.name, n.title, n.key)}] AS path
ORDER BY depth, node.label, node.key
