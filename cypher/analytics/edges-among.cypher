// DEPENDS_ON edges whose two ends are in $ids (element ids), with what the edge declares.
UNWIND $ids AS id
MATCH (u) WHERE elementId(u) = id
MATCH (u)-[r:DEPENDS_ON]->(v)
WHERE elementId(v) IN $ids AND ($kinds IS NULL OR r.kind IN $kinds)
RETURN {label: labels(u)[0], key: u.key, name: coalesce(u.name, u.title, u.key)} AS from,
       {label: labels(v)[0], key: v.key, name: coalesce(v.name, v.title, v.key)} AS to,
       r.requirement AS requirement, r.kind AS kind, coalesce(r._provSource, []) AS sources
