// Nodes carrying precomputed centrality, sorted by $property (one of a closed list, checked before).
MATCH (n)
WHERE n.pagerank IS NOT NULL AND coalesce(n._slot, $slot) = $slot AND ($labels IS NULL OR labels(n)[0] IN $labels)
  AND ($communityId IS NULL OR n.communityId = $communityId)
RETURN {label: labels(n)[0], key: n.key, name: coalesce(n.name, n.title, n.acronym, n.key)} AS node,
       n.pagerank AS pagerank, n.betweenness AS betweenness, n.inDegree AS inDegree,
       n.transitiveDependents AS transitiveDependents, n.communityId AS communityId
ORDER BY n[$property] DESC, node.label, node.key
LIMIT toInteger($limit)
