// Software with contribution data of the given kind: commits of an implementing repository, or
// beta.gouv.fr members of a start-up that produces it.
CALL () {
  MATCH (s:Software)<-[:IMPLEMENTS]-(:Repository)<-[:CONTRIBUTES_TO]-(:Contributor)
  WHERE $kind = 'COMMITS' AND coalesce(s._slot, $slot) = $slot
  RETURN s
  UNION
  MATCH (s:Software)<-[:PRODUCES]-(:Startup)<-[:MEMBER_OF]-(:Contributor)
  WHERE $kind = 'MEMBERSHIPS' AND coalesce(s._slot, $slot) = $slot
  RETURN s
}
RETURN elementId(s) AS elementId, s.key AS key, coalesce(s.name, s.key) AS name
ORDER BY key
