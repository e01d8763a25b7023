// Software with the capability it serves (SILL "function"), for functional single points of failure.
MATCH (s:Software) WHERE coalesce(s._slot, $slot) = $slot
RETURN {label: 'Software', key: s.key, name: coalesce(s.name, s.key)} AS software, s.function AS capability
ORDER BY software.key
