/**
 * Statements of the analytics that roll consumers up to ministries. They splice the project's one
 * "belongs to ministry M" definition (src/read/model/ministry-membership.ts) instead of
 * restating it; every value travels as a parameter.
 */
import { ministriesOf } from "../../read/model";
import { inSlot } from "../../db/published-slot";

const MINISTRY_REFS = (alias: string): string =>
  `[m IN ${ministriesOf(alias)} | {label: 'Ministry', key: m.key, name: coalesce(m.name, m.key)}]`;

/**
 * For each consumer ($ids, element ids): its sponsoring organisations (start-ups) and the
 * ministries it belongs to (a ministry is its own).
 */
export const ROLLUP = `
UNWIND $ids AS id
MATCH (c) WHERE elementId(c) = id
OPTIONAL MATCH (c:Startup)-[:SPONSORED_BY]->(sp:Organization)
WITH id, c, collect(DISTINCT sp) AS sponsors
RETURN id,
       [s IN sponsors | {label: 'Organization', key: s.key, name: coalesce(s.name, s.acronym, s.key), id: elementId(s)}] AS sponsors,
       ${MINISTRY_REFS("c")} AS ministries`;

/**
 * Reuse evidence of software ($keys = null: every software with evidence): organisations,
 * ministries and partners that USE, DEPLOY, FUND, CO_DEVELOP or INTEGRATE it, and sponsors of the
 * start-ups that PRODUCE it; each user with the ministries it belongs to.
 */
export const REUSE_EVIDENCE = `
MATCH (s:Software)
WHERE ($keys IS NULL OR s.key IN $keys) AND ${inSlot("s")}
CALL (s) {
  MATCH (u:Organization|Ministry|Partner)-[r:USES|DEPLOYS|FUNDS|CO_DEVELOPS|INTEGRATES]->(s)
  RETURN u, type(r) AS relationship, coalesce(r._provSource, []) AS sources, null AS via
  UNION
  MATCH (st:Startup)-[r:PRODUCES]->(s)
  MATCH (st)-[:SPONSORED_BY]->(u:Organization)
  RETURN u, 'PRODUCES<-SPONSORED_BY' AS relationship, coalesce(r._provSource, []) AS sources,
         {label: 'Startup', key: st.key, name: coalesce(st.title, st.key)} AS via
}
RETURN {label: 'Software', key: s.key, name: coalesce(s.name, s.key)} AS software,
       {label: labels(u)[0], key: u.key, name: coalesce(u.name, u.acronym, u.key)} AS user,
       relationship, sources, via,
       ${MINISTRY_REFS("u")} AS ministries
ORDER BY software.key, user.label, user.key, relationship`;
