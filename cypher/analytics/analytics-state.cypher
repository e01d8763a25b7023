// The last precomputation: method, time, the snapshot version it was computed for and whether
// its writes completed (null before the first one).
OPTIONAL MATCH (s:AnalyticsState {key: 'centrality'})
RETURN s.method AS method, s.computedAt AS computedAt, s.snapshotVersion AS snapshotVersion,
       coalesce(s.complete, false) AS complete
