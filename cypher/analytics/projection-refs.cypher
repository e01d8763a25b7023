// `Label:key` of projection nodes reached only as dependencies ($ids: element ids).
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN id, labels(n)[0] + ':' + n.key AS ref
