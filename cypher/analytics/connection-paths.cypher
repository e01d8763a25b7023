// All shortest undirected paths between two nodes over the semantic relationship types (IN_PHASE
// left out: every start-up shares its phase), length ≤ $maxLength ≤ 8.
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = ALL SHORTEST (a)-[:PART_OF|SAME_AS|OWNED_BY|INCUBATED_BY|SPONSORED_BY|HAS_REPOSITORY|HAS_FORGE_ACCOUNT|HOSTED_BY|IMPLEMENTS|DEPENDS_ON|PUBLISHED_FROM|MEMBER_OF|CONTRIBUTES_TO|AFFILIATED_WITH|DEPLOYS|USES|FUNDS|CO_DEVELOPS|INTEGRATES|SIMILAR_TO|PRODUCES]-{1,8}(b)
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | {label: labels(n)[0], key: n.key, name: coalesce(n.name, n.title, n.acronym, n.key)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).key, fromLabel: labels(startNode(r))[0], sources: coalesce(r._provSource, [])}] AS edges
LIMIT 500
