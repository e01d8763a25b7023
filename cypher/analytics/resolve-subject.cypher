// One node by (label, natural key); every branch uses the label's key constraint index.
// $label is checked against the closed list of analytics labels before this runs.
CALL () {
  MATCH (n:Software {key: $key}) WHERE $label = 'Software' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Repository {key: $key}) WHERE $label = 'Repository' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Package {key: $key}) WHERE $label = 'Package' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Startup {key: $key}) WHERE $label = 'Startup' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Organization {key: $key}) WHERE $label = 'Organization' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Ministry {key: $key}) WHERE $label = 'Ministry' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:DigitalDirectorate {key: $key}) WHERE $label = 'DigitalDirectorate' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Incubator {key: $key}) WHERE $label = 'Incubator' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Partner {key: $key}) WHERE $label = 'Partner' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:Contributor {key: $key}) WHERE $label = 'Contributor' AND coalesce(n._slot, $slot) = $slot RETURN n
  UNION
  MATCH (n:ForgeAccount {key: $key}) WHERE $label = 'ForgeAccount' AND coalesce(n._slot, $slot) = $slot RETURN n
}
RETURN elementId(n) AS elementId, $label AS label, n.key AS key,
       coalesce(n.name, n.title, n.acronym, n.key) AS name
LIMIT 1
