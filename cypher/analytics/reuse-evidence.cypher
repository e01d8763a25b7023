// Reuse evidence of software ($keys = null: every software with evidence): organisations,
// ministries and partners that USE, DEPLOY, FUND, CO_DEVELOP or INTEGRATE it, and sponsors of the
// start-ups that PRODUCE it; each user with the ministries it rolls up to (PART_OF / SAME_AS).
MATCH (s:Software)
WHERE $keys IS NULL OR s.key IN $keys
CALL (s) {
  MATCH (u:Organization|Ministry|Partner)-[r:USES|DEPLOYS|FUNDS|CO_DEVELOPS|INTEGRATES]->(s)
  RETURN u, type(r) AS relationship, coalesce(r._provSource, []) AS sources, null AS via
  UNION
  MATCH (st:Startup)-[r:PRODUCES]->(s)
  MATCH (st)-[:SPONSORED_BY]->(u:Organization)
  RETURN u, 'PRODUCES<-SPONSORED_BY' AS relationship, coalesce(r._provSource, []) AS sources,
         {label: 'Startup', key: st.key, name: coalesce(st.title, st.key)} AS via
}
OPTIONAL MATCH (u)-[:PART_OF|SAME_AS]->(m:Ministry)
WITH s, u, relationship, sources, via,
     collect(DISTINCT {label: 'Ministry', key: m.key, name: coalesce(m.name, m.key)}) + CASE WHEN u:Ministry THEN [{label: 'Ministry', key: u.key, name: coalesce(u.name, u.key)}] ELSE [] END AS ms
RETURN {label: 'Software', key: s.key, name: coalesce(s.name, s.key)} AS software,
       {label: labels(u)[0], key: u.key, name: coalesce(u.name, u.acronym, u.key)} AS user,
       relationship, sources, via,
       [m IN ms WHERE m.key IS NOT NULL] AS ministries
ORDER BY software.key, user.label, user.key, relationship
