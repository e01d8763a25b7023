import type { NodeLabel } from "./graph-vocabulary";

// Labels and types below come only from the allow-list in graph-vocabulary.ts (identifiers cannot
// be parameters); every value travels as a parameter.

/** Upserts a batch of nodes; rows whose content hash is unchanged are not written. */
export const upsertNodes = (label: NodeLabel): string => `
UNWIND $rows AS row
MERGE (n:${label} {key: row.key})
WITH n, row, n._hash AS old
WHERE old IS NULL OR old <> row.hash
SET n = row.props
RETURN count(CASE WHEN old IS NULL THEN 1 END) AS created, count(old) AS updated`;

/** Upserts a batch of relationships between existing nodes, keyed by their snapshot id. */
export const upsertRelationships = (from: NodeLabel, type: string, to: NodeLabel): string => `
UNWIND $rows AS row
MATCH (a:${from} {key: row.from})
MATCH (b:${to} {key: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
WITH r, row, r._hash AS old
WHERE old IS NULL OR old <> row.hash
SET r = row.props
RETURN count(CASE WHEN old IS NULL THEN 1 END) AS created, count(old) AS updated`;

/** Removes seeded nodes of a label that the snapshot no longer has. */
export const deleteStaleNodes = (label: NodeLabel): string => `
MATCH (n:${label})
WHERE n._hash IS NOT NULL AND NOT n.key IN $keys
DETACH DELETE n
RETURN count(*) AS deleted`;

/** Removes seeded relationships of a type that the snapshot no longer has. */
export const deleteStaleRelationships = (type: string): string => `
MATCH ()-[r:${type}]->()
WHERE r._hash IS NOT NULL AND NOT r.id IN $ids
DELETE r
RETURN count(*) AS deleted`;

/** In the load's transaction: the post-load steps start over (none completed yet). */
export const RECORD_SEED_STATE = `
MERGE (s:SeedState {key: 'snapshot'})
SET s.version = CASE WHEN s.hash = $hash THEN coalesce(s.version, 1) ELSE coalesce(s.version, 0) + 1 END
SET s.hash = $hash, s.manifest = $manifest, s.loadedAt = datetime(), s.stepsDone = []`;

export const READ_SEED_STATE = `
OPTIONAL MATCH (s:SeedState {key: 'snapshot'})
RETURN s.hash AS hash, s.manifest AS manifest, toString(s.loadedAt) AS loadedAt,
       s.stepsDone AS stepsDone, s.version AS version`;

/** Records that a post-load step completed (after the step's own writes committed). */
export const RECORD_STEP_DONE = `
MATCH (s:SeedState {key: 'snapshot'})
SET s.stepsDone = [x IN coalesce(s.stepsDone, []) WHERE x <> $step] + $step`;
