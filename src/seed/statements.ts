import type { NodeLabel } from "./graph-vocabulary";

// Labels and types below come only from the allow-list in graph-vocabulary.ts (identifiers cannot
// be parameters); every value travels as a parameter.
//
/** Rows per inner transaction of the bulk deletes and updates (CALL … IN TRANSACTIONS). */
const ROWS_PER_INNER_TRANSACTION = 10_000;

// Blue/green (docs/loading.md): a changed snapshot is written in full into the slot readers do not
// see ($staged), compared record by record with the published slot ($published) for the summary,
// then published by switching `SeedState.slot`.

/**
 * Creates a batch of nodes in the staged slot (cleared beforehand). With `compare`, also says how
 * each compares with the published slot: absent (created), different content (updated) or the
 * same (unchanged); without (the published slot is empty), every one is created.
 */
export const createNodes = (label: NodeLabel, compare: boolean): string =>
  compare
    ? `
UNWIND $rows AS row
CREATE (n:${label})
SET n = row.props, n._slot = $staged
WITH row
OPTIONAL MATCH (old:${label} {key: row.key, _slot: $published})
RETURN count(*) AS written,
       count(CASE WHEN old IS NULL THEN 1 END) AS created,
       count(CASE WHEN old._hash <> row.hash THEN 1 END) AS updated`
    : `
UNWIND $rows AS row
CREATE (n:${label})
SET n = row.props, n._slot = $staged
RETURN count(*) AS written, count(*) AS created, 0 AS updated`;

/**
 * Creates a batch of relationships between nodes of the staged slot (each end found through the
 * label's (key, _slot) unique index), compared like nodes with `compare`.
 */
export const createRelationships = (
  from: NodeLabel,
  type: string,
  to: NodeLabel,
  compare: boolean,
): string => `
UNWIND $rows AS row
MATCH (a:${from} {key: row.from, _slot: $staged})
MATCH (b:${to} {key: row.to, _slot: $staged})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
${
  compare
    ? `WITH row
OPTIONAL MATCH (:${from} {key: row.from, _slot: $published})-[old:${type} {id: row.id}]->(:${to} {key: row.to, _slot: $published})
RETURN count(*) AS written,
       count(CASE WHEN old IS NULL THEN 1 END) AS created,
       count(CASE WHEN old._hash <> row.hash THEN 1 END) AS updated`
    : "RETURN count(*) AS written, count(*) AS created, 0 AS updated"
}`;

/** Seeded nodes of a label in a slot (to count what the new snapshot dropped). */
export const countNodesInSlot = (label: NodeLabel): string => `
MATCH (n:${label}) WHERE n._slot = $slotToCount
RETURN count(n) AS count`;

/** Seeded relationships of a type in a slot (a relationship joins two nodes of one slot). */
export const countRelationshipsInSlot = (type: string): string => `
MATCH (a)-[r:${type}]->() WHERE a._slot = $slotToCount
RETURN count(r) AS count`;

/**
 * Deletes every node of a slot, with its relationships, in transactions of bounded size (an
 * auto-commit statement: CALL … IN TRANSACTIONS).
 */
export const deleteSlot = (label: NodeLabel): string => `
MATCH (n:${label}) WHERE n._slot = $slotToDelete
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF ${ROWS_PER_INNER_TRANSACTION} ROWS
RETURN count(*) AS deleted`;

/** Whether any node of a slot is left (a crashed load's leftovers, or the previous snapshot). */
export const SLOT_HAS_NODES = `
RETURN EXISTS { MATCH (n) WHERE n._slot = $slotToCheck } AS hasNodes`;

/**
 * Nodes written by the one-transaction loader of earlier versions (no slot) join the published
 * slot, in bounded batches, so that the next publish hides them.
 */
export const ADOPT_UNSLOTTED = `
MATCH (n) WHERE n._hash IS NOT NULL AND n._slot IS NULL AND NOT n:SeedState
CALL { WITH n SET n._slot = $published } IN TRANSACTIONS OF ${ROWS_PER_INNER_TRANSACTION} ROWS
RETURN count(*) AS adopted`;

/**
 * The publish, in one small transaction: readers switch to the staged slot; the version goes up
 * by one; the post-load steps already run on the staged slot are recorded.
 */
export const PUBLISH = `
MERGE (s:SeedState {key: 'snapshot'})
SET s.slot = $staged, s.version = coalesce(s.version, 0) + 1, s.hash = $hash,
    s.manifest = $manifest, s.loadedAt = datetime(), s.stepsDone = $stepsDone
RETURN s.version AS version`;

export const READ_SEED_STATE = `
OPTIONAL MATCH (s:SeedState {key: 'snapshot'})
RETURN s.hash AS hash, s.manifest AS manifest, toString(s.loadedAt) AS loadedAt,
       s.stepsDone AS stepsDone, s.version AS version, s.slot AS slot`;

/** Records that a post-load step completed (after the step's own writes committed). */
export const RECORD_STEP_DONE = `
MATCH (s:SeedState {key: 'snapshot'})
SET s.stepsDone = [x IN coalesce(s.stepsDone, []) WHERE x <> $step] + $step`;
