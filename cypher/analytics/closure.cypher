// Dependency closure of several roots ($rootIds): one shortest DEPENDS_ON path per (root, node),
// over dependencies of main manifests only (test, example and docs manifests are not shipped).
UNWIND $rootIds AS rootId
MATCH (root) WHERE elementId(root) = rootId
MATCH p = ANY SHORTEST (root)(()-[r:DEPENDS_ON]->() WHERE coalesce(r.manifestRole, 'MAIN') = 'MAIN'){1,6}(dep)
WHERE dep <> root AND length(p) <= $maxDepth
RETURN elementId(dep) AS elementId,
       {label: labels(dep)[0], key: dep.key, name: coalesce(dep.name, dep.title, dep.key)} AS node,
       coalesce(dep.licence, dep.license) AS licence,
       length(p) AS depth,
       [n IN nodes(p) | {label: labels(n)[0], key: n.key, name: coalesce(n.name, n.title, n.key)}] AS path
ORDER BY depth, node.label, node.key
