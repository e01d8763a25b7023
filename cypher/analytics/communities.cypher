// Communities stored by the precomputation: size, label mix and the members with the highest PageRank.
MATCH (n) WHERE n.communityId IS NOT NULL AND coalesce(n._slot, $slot) = $slot
WITH n ORDER BY n.pagerank DESC, n.key
WITH n.communityId AS communityId, count(*) AS size, collect(labels(n)[0]) AS labels,
     collect({label: labels(n)[0], key: n.key, name: coalesce(n.name, n.title, n.acronym, n.key)})[0..toInteger($top)] AS members
RETURN communityId, size, labels, members
ORDER BY size DESC, communityId
LIMIT toInteger($limit)
