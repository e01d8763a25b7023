import type { Db, Params, Row } from "../db";
import type { Snapshot, SnapshotRelationship } from "../importers/snapshot-format";
import { assertLabel, assertRelationshipType, type NodeLabel } from "./graph-vocabulary";
import { type NodeRow, nodeRow, type RelationshipRow, relationshipRow, snapshotHash } from "./rows";
import * as S from "./statements";
import { nodesFile, relationshipsFile, snapshotFile } from "../model";

export interface Change {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface LoadSummary {
  hash: string;
  nodes: Record<string, Change>;
  relationships: Record<string, Change>;
  /** True when the database already held exactly this snapshot. */
  unchanged: boolean;
  durationMs: number;
}

export interface LoadProgress {
  start(total: number): void;
  advance(done: number, label: string): void;
  stop(): void;
}

export interface LoadOptions {
  batchSize?: number;
  progress?: LoadProgress;
  /** Called after each batch; throwing aborts and rolls the whole load back (used by tests). */
  afterBatch?: (batches: number) => void;
}

interface Plan {
  nodes: Array<{ label: NodeLabel; rows: NodeRow[] }>;
  relationships: Array<{ type: string; from: NodeLabel; to: NodeLabel; rows: RelationshipRow[] }>;
  hash: string;
}

/**
 * Loads a snapshot in ONE write transaction, in batches of `UNWIND … MERGE`: either every change is
 * applied or none. Idempotent: unchanged records are not written, and a second load reports zero
 * changes. Seeded records missing from the snapshot are deleted.
 */
export async function loadSnapshot(
  db: Db,
  snapshot: Snapshot,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const plan = planLoad(snapshot);
  const batchSize = options.batchSize ?? 1_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batch size must be a whole number of at least 1, got ${batchSize}`);
  }
  const total =
    plan.nodes.reduce((n, g) => n + g.rows.length, 0) +
    plan.relationships.reduce((n, g) => n + g.rows.length, 0);
  const nodes: Record<string, Change> = {};
  const relationships: Record<string, Change> = {};
  let batches = 0;
  let done = 0;
  options.progress?.start(total);
  try {
    await db.writeTransaction(async run => {
      const inBatches = async (rows: unknown[], cypher: string, change: Change, label: string) => {
        for (let i = 0; i < rows.length; i += batchSize) {
          const batch = rows.slice(i, i + batchSize);
          const [result] = await run(cypher, { rows: batch });
          change.created += Number(result?.created ?? 0);
          change.updated += Number(result?.updated ?? 0);
          batches += 1;
          done += batch.length;
          options.progress?.advance(done, label);
          options.afterBatch?.(batches);
        }
        change.unchanged = rows.length - change.created - change.updated;
      };
      for (const group of plan.nodes) {
        const change = (nodes[group.label] = emptyChange());
        await inBatches(group.rows, S.upsertNodes(group.label), change, group.label);
      }
      for (const group of plan.relationships) {
        const change = (relationships[group.type] ??= emptyChange());
        const partial = emptyChange();
        await inBatches(
          group.rows,
          S.upsertRelationships(group.from, group.type, group.to),
          partial,
          group.type,
        );
        change.created += partial.created;
        change.updated += partial.updated;
        change.unchanged += partial.unchanged;
      }
      await deleteStale(run, plan, nodes, relationships);
      await run(S.RECORD_SEED_STATE, {
        hash: plan.hash,
        manifest: JSON.stringify(snapshot.manifest),
      });
    }, 600_000);
  } finally {
    options.progress?.stop();
  }
  const all = [...Object.values(nodes), ...Object.values(relationships)];
  return {
    hash: plan.hash,
    nodes,
    relationships,
    unchanged: all.every(c => c.created === 0 && c.updated === 0 && c.deleted === 0),
    durationMs: Date.now() - started,
  };
}

type Run = (cypher: string, params?: Params) => Promise<Row[]>;

async function deleteStale(
  run: Run,
  plan: Plan,
  nodes: Record<string, Change>,
  rels: Record<string, Change>,
): Promise<void> {
  const idsByType = new Map<string, string[]>();
  for (const group of plan.relationships) {
    idsByType.set(group.type, [...(idsByType.get(group.type) ?? []), ...group.rows.map(r => r.id)]);
  }
  for (const [type, ids] of idsByType) {
    const [result] = await run(S.deleteStaleRelationships(type), { ids });
    rels[type].deleted = Number(result?.deleted ?? 0);
  }
  for (const group of plan.nodes) {
    const [result] = await run(S.deleteStaleNodes(group.label), {
      keys: group.rows.map(r => r.key),
    });
    nodes[group.label].deleted = Number(result?.deleted ?? 0);
  }
}

/** Validates names and references before touching the database, so bad input fails fast and clearly. */
export function planLoad(snapshot: Snapshot): Plan {
  const keys = new Map<string, Set<string>>();
  const nodes = [...snapshot.nodes.entries()].map(([label, list]) => {
    const checked = assertLabel(label, snapshotFile(snapshot, nodesFile(label)));
    keys.set(checked, new Set(list.map(n => n.key)));
    return { label: checked, rows: list.map(nodeRow) };
  });
  const groups = new Map<string, Plan["relationships"][number]>();
  for (const [type, list] of snapshot.relationships) {
    const file = snapshotFile(snapshot, relationshipsFile(type));
    assertRelationshipType(type, file);
    list.forEach((rel, index) => {
      checkEndpoints(rel, keys, `${file}:${index + 1} (${rel.id})`);
      const from = assertLabel(rel.from.label, file);
      const to = assertLabel(rel.to.label, file);
      const groupKey = `${from}|${type}|${to}`;
      const group = groups.get(groupKey) ?? { type, from, to, rows: [] };
      group.rows.push(relationshipRow(rel));
      groups.set(groupKey, group);
    });
  }
  const relationships = [...groups.values()];
  return {
    nodes,
    relationships,
    hash: snapshotHash({
      nodes: nodes.flatMap(g => g.rows),
      relationships: relationships.flatMap(g => g.rows),
    }),
  };
}

function checkEndpoints(
  rel: SnapshotRelationship,
  keys: Map<string, Set<string>>,
  where: string,
): void {
  for (const end of [rel.from, rel.to]) {
    if (!keys.get(end.label)?.has(end.key)) {
      throw new Error(`${where}: ${rel.type} refers to a missing node ${end.label} '${end.key}'`);
    }
  }
}

function emptyChange(): Change {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
}

export async function readSeedState(db: Db): Promise<{
  hash: string | null;
  manifest: string | null;
  loadedAt: string | null;
  /** Post-load steps completed since the last load; null for a graph loaded before they were recorded. */
  stepsDone: string[] | null;
}> {
  const [row] = await db.read(S.READ_SEED_STATE);
  return {
    hash: (row?.hash as string | null) ?? null,
    manifest: (row?.manifest as string | null) ?? null,
    loadedAt: (row?.loadedAt as string | null) ?? null,
    stepsDone: Array.isArray(row?.stepsDone) ? (row.stepsDone as string[]) : null,
  };
}
