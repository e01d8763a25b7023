// One BFS step back towards the root of a dependents traversal, for the example paths of the
// returned page only: for each node $ids[i], the DEPENDS_ON edges it declares towards a node of the
// previous level ($previous: element ids at depth - 1), with both ends' refs.
UNWIND $ids AS id
MATCH (x) WHERE elementId(x) = id
OPTIONAL MATCH (x)-[r:DEPENDS_ON]->(p)
  WHERE elementId(p) IN $previous AND ($kinds IS NULL OR r.kind IN $kinds) AND ($allManifests OR coalesce(r.manifestRole, 'MAIN') = 'MAIN')
RETURN id,
       {label: labels(x)[0], key: x.key, name: coalesce(x.name, x.title, x.key)} AS node,
       coalesce(x.licence, x.license) AS licence,
       elementId(p) AS parent,
       CASE WHEN p IS NULL THEN null ELSE {label: labels(p)[0], key: p.key, name: coalesce(p.name, p.title, p.key)} END AS parentNode,
       r.requirement AS requirement, r.kind AS kind, coalesce(r._provSource, []) AS sources
