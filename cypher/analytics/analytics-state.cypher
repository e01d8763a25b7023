// Method and time of the last precomputation (null before the first one).
OPTIONAL MATCH (s:AnalyticsState {key: 'centrality'})
RETURN s.method AS method, s.computedAt AS computedAt
