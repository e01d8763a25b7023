// Direct consumers of the impacted nodes ($targets: [{id: elementId, depth}]): start-ups that
// produce them or hold their repository, organisations / ministries / partners that use, deploy,
// fund, co-develop or integrate them, owners of impacted repositories.
UNWIND $targets AS t
MATCH (x) WHERE elementId(x) = t.id
CALL (x) {
  MATCH (c:Startup)-[r:PRODUCES|HAS_REPOSITORY]->(x)
  RETURN c, type(r) AS via, coalesce(r._provSource, []) AS sources
  UNION
  MATCH (c:Organization|Ministry|Partner)-[r:USES|DEPLOYS|FUNDS|CO_DEVELOPS|INTEGRATES]->(x)
  RETURN c, type(r) AS via, coalesce(r._provSource, []) AS sources
  UNION
  MATCH (x:Repository)-[r:OWNED_BY]->(c:Organization|Ministry)
  RETURN c, type(r) AS via, coalesce(r._provSource, []) AS sources
}
RETURN elementId(c) AS elementId, t.depth AS depth,
       {label: labels(c)[0], key: c.key, name: coalesce(c.name, c.title, c.acronym, c.key)} AS consumer,
       {label: labels(x)[0], key: x.key, name: coalesce(x.name, x.title, x.key)} AS target,
       via, sources
ORDER BY depth, consumer.label, consumer.key, target.key, via
